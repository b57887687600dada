import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { AmendmentsTab } from '../features/convening/components/AmendmentsTab';
import { ExtensionsTab } from '../features/convening/components/ExtensionsTab';
import { LoadState } from '../features/convening/components/ProcList';
import { ReviewTab } from '../features/convening/components/ReviewTab';
import { SpecialMeetingsTab } from '../features/convening/components/SpecialMeetingsTab';
import { useConveningLive, type LiveStatus } from '../features/convening/hooks/useConveningLive';
import { useReference } from '../features/convening/hooks/useReference';
import '../features/convening/procedures.css';
import { formatLongDate } from '../lib/dates';

const TABS = [
  { id: 'special', label: 'Special Meetings', article: 'Art. 8' },
  { id: 'amendments', label: 'Amendments', article: 'Art. 13' },
  { id: 'extensions', label: 'Extension requests', article: 'Art. 5' },
  { id: 'review', label: 'Review Conferences', article: 'Art. 12' },
] as const;
type Tab = (typeof TABS)[number]['id'];
const isTab = (v: string | null): v is Tab => TABS.some((t) => t.id === v);

const LIVE_TEXT: Record<LiveStatus, string> = {
  live: 'Live counts',
  connecting: 'Connecting…',
  offline: 'Counts refresh every 5 s',
};

/** Articles 5, 8, 12 and 13: the procedures that convene meetings and count States Parties. */
export function ProceduresPage() {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const canWrite = session.principal?.role === 'secretariat';
  const reference = useReference();
  const live = useConveningLive();
  const raw = params.get('tab');
  const tab: Tab = isTab(raw) ? raw : 'special';
  const selection = params.get('item');

  const go = useCallback(
    (next: Tab, item: string | null = null) =>
      setParams((p) => {
        const q = new URLSearchParams(p);
        q.set('tab', next);
        if (item) q.set('item', item);
        else q.delete('item');
        return q;
      }),
    [setParams],
  );
  const select = useCallback((item: string | null) => go(tab, item), [go, tab]);
  const ref = reference.ref;

  return (
    <div className="page procedures">
      <title>Procedures · Plenary</title>
      <header className="page__header">
        <div>
          <h1>Procedures</h1>
          <p className="lede">
            Counts over all States Parties and the periods of the Convention
            {ref && (
              <>
                {' '}
                · today <time dateTime={ref.today}>{formatLongDate(ref.today)}</time> · {ref.parties} States
                Parties
              </>
            )}
          </p>
        </div>
        <div className="page__tools">
          {!canWrite && session.status !== 'checking' && (
            <span className="muted">Read only: the secretariat records these.</span>
          )}
          <span
            className={`conn conn--${live.status === 'live' ? 'live' : 'connecting'}`}
            data-testid="procedures-live"
          >
            <span className="conn__dot" aria-hidden="true" />
            {LIVE_TEXT[live.status]}
          </span>
        </div>
      </header>
      <nav className="tabs" aria-label="Procedures">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            className="tabs__tab"
            aria-current={t.id === tab ? 'page' : undefined}
            data-testid={`proc-tab-${t.id}`}
            onClick={() => go(t.id)}
          >
            {t.label} <span className="muted">({t.article})</span>
          </button>
        ))}
      </nav>
      {!ref ? (
        <LoadState
          status={reference.status === 'error' ? 'error' : 'loading'}
          error={reference.error ?? null}
          what="the register"
          onRetry={reference.reload}
        />
      ) : tab === 'special' ? (
        <SpecialMeetingsTab
          reference={ref}
          canWrite={canWrite}
          selection={selection}
          select={select}
          rejoined={live.rejoined}
          live={live.status}
        />
      ) : tab === 'amendments' ? (
        <AmendmentsTab
          reference={ref}
          canWrite={canWrite}
          selection={selection}
          select={select}
          rejoined={live.rejoined}
          live={live.status}
        />
      ) : tab === 'extensions' ? (
        <ExtensionsTab reference={ref} canWrite={canWrite} selection={selection} select={select} />
      ) : (
        <ReviewTab reference={ref} canWrite={canWrite} />
      )}
    </div>
  );
}
