import type { ExtensionRequestView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormat } from '../../../lib/locale/context';
import { keys, upsertById } from '../../../lib/query/keys';
import { meetingsQuery } from '../../meetings/api';
import { extensionsQuery } from '../api';
import { ExtensionDetail } from './ExtensionDetail';
import { ExtensionForm } from './ExtensionForm';
import { LoadState, ProcList } from './ProcList';
import type { TabProps } from './tabProps';

type Props = Pick<TabProps, 'reference' | 'canWrite' | 'selection' | 'select'>;

export function ExtensionsTab({ reference, canWrite, selection, select }: Props) {
  const fmt = useFormat();
  const qc = useQueryClient();
  const requests = useQuery(extensionsQuery());
  const meetings = useQuery(meetingsQuery());
  if (!requests.data) {
    return (
      <LoadState
        status={requests.isError ? 'error' : 'loading'}
        error={requests.error}
        what="the extension requests"
        onRetry={() => void requests.refetch()}
      />
    );
  }
  const items = requests.data;
  const chosen = items.find((r) => r.id === selection);
  const meetingOf = (id: string) => meetings.data?.find((m) => m.id === id) ?? null;
  const onChanged = (r: ExtensionRequestView) => {
    qc.setQueryData(keys.convening.extensions(), upsertById(r));
    // A request goes on a meeting's agenda; a decision sets the State's clearance deadline.
    void qc.invalidateQueries({ queryKey: keys.meetings.list() });
    void qc.invalidateQueries({ queryKey: keys.convening.clearance(r.stateIso3) });
  };

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title="Extension requests"
          testId="extension-list"
          items={items.map((r) => ({
            key: r.id,
            title: r.stateName,
            meta: `${fmt.plural(r.years, { one: '# year', other: '# years' })} to ${fmt.dateShort(r.requestedDeadline)} · ${r.status}`,
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
              onChanged(r);
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
            onChanged={onChanged}
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
