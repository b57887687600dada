import { formatDate } from '../../../lib/dates';
import { useQuery } from '../../../lib/useQuery';
import { fetchAllMeetings, fetchExtensions } from '../api';
import { useCollection } from '../hooks/useCollection';
import { ExtensionDetail } from './ExtensionDetail';
import { ExtensionForm } from './ExtensionForm';
import { LoadState, ProcList } from './ProcList';
import type { TabProps } from './tabProps';

type Props = Pick<TabProps, 'reference' | 'canWrite' | 'selection' | 'select'>;

export function ExtensionsTab({ reference, canWrite, selection, select }: Props) {
  const requests = useCollection(fetchExtensions);
  const meetings = useQuery(`meetings:${requests.items.length}`, (signal) => fetchAllMeetings(signal));
  if (requests.status !== 'success') {
    return (
      <LoadState
        status={requests.status}
        error={requests.error}
        what="the extension requests"
        onRetry={requests.refresh}
      />
    );
  }
  const chosen = requests.items.find((r) => r.id === selection);
  const meetingOf = (id: string) =>
    meetings.status === 'success' ? (meetings.data.find((m) => m.id === id) ?? null) : null;

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title="Extension requests"
          testId="extension-list"
          items={requests.items.map((r) => ({
            key: r.id,
            title: r.stateName,
            meta: `${r.years} year${r.years === 1 ? '' : 's'} to ${formatDate(r.requestedDeadline)} · ${r.status}`,
          }))}
          selected={selection}
          onSelect={select}
          empty="No extension request has been recorded."
          newLabel={canWrite ? 'New request' : undefined}
          onNew={() => select('new')}
        />
      </div>
      <div className="proc-layout__main">
        {selection === 'new' && canWrite ? (
          <ExtensionForm
            reference={reference}
            onCreated={(r) => {
              requests.upsert(r);
              select(r.id);
            }}
            onCancel={() => select(null)}
          />
        ) : chosen ? (
          <ExtensionDetail
            key={chosen.id}
            request={chosen}
            meeting={meetingOf(chosen.meetingId)}
            canWrite={canWrite}
            onChanged={requests.upsert}
          />
        ) : (
          <div className="empty proc-empty proc-placeholder">
            <p>
              <strong>Choose a request from the list.</strong>
            </p>
            <p className="muted">
              Art. 5.3: a State that cannot destroy all anti-personnel mines in mined areas by its deadline
              may ask a Meeting of the States Parties or a Review Conference for an extension of up to ten
              years; the meeting decides by a majority of those present and voting (Art. 5.5).
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
