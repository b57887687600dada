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
import '../features/live/live.css';
import { useFormat, useT } from '../lib/locale/context';
import { SLOT, Sentence } from '../lib/components/Sentence';

const TABS = ['special', 'amendments', 'extensions', 'review'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => TABS.some((t) => t === v);

const LIVE_STATUSES: Record<LiveStatus, LiveStatus> = {
  live: 'live',
  connecting: 'connecting',
  offline: 'offline',
};

/** Articles 5, 8, 12 and 13: the procedures that convene meetings and count States Parties. */
export function ProceduresPage() {
  const fmt = useFormat();
  const t = useT();
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
      <title>{`${t('procedures.title')} · Plenary`}</title>
      <header className="page__header">
        <div>
          <h1>{t('procedures.title')}</h1>
          <p className="lede">
            {ref ? (
              <Sentence text={t('procedures.ledeToday', { date: SLOT, count: ref.parties })}>
                <time dateTime={ref.today}>{fmt.date(ref.today)}</time>
              </Sentence>
            ) : (
              t('procedures.lede')
            )}
          </p>
        </div>
        <div className="page__tools">
          {!canWrite && session.status !== 'checking' && (
            <span className="muted">{t('procedures.readOnly')}</span>
          )}
          <span
            className={`conn conn--${live.status === 'live' ? 'live' : 'connecting'}`}
            data-testid="procedures-live"
          >
            <span className="conn__dot" aria-hidden="true" />
            {t('procedures.live', { status: LIVE_STATUSES[live.status] })}
          </span>
        </div>
      </header>
      <nav className="tabs" aria-label={t('procedures.title')}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            className="tabs__tab"
            aria-current={id === tab ? 'page' : undefined}
            data-testid={`proc-tab-${id}`}
            onClick={() => go(id)}
          >
            {t('procedures.tab', { tab: id })}{' '}
            <span className="muted">({t('procedures.tab.article', { tab: id })})</span>
          </button>
        ))}
      </nav>
      {!ref ? (
        <LoadState
          status={reference.status === 'error' ? 'error' : 'loading'}
          error={reference.error ?? null}
          what={t('procedures.loadError', { what: 'register' })}
          whatCode="register"
          onRetry={reference.reload}
        />
      ) : tab === 'special' ? (
        <SpecialMeetingsTab
          reference={ref}
          canWrite={canWrite}
          selection={selection}
          select={select}
          live={live.status}
        />
      ) : tab === 'amendments' ? (
        <AmendmentsTab
          reference={ref}
          canWrite={canWrite}
          selection={selection}
          select={select}
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
