import type { AmendmentView, ConveningCounted } from '@plenary/shared';
import { useEffect } from 'react';
import { formatDate } from '../../../lib/dates';
import { useQuery } from '../../../lib/useQuery';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { fetchAllMeetings, fetchAmendments } from '../api';
import { phaseLabel } from '../figures';
import { useCollection } from '../hooks/useCollection';
import { useFallbackRefresh } from '../hooks/useConveningLive';
import { AmendmentDetail } from './AmendmentDetail';
import { AmendmentForm } from './AmendmentForm';
import { PhasePill } from './PhasePill';
import { LoadState, ProcList } from './ProcList';
import type { TabProps } from './tabProps';

/** A live count patched into an amendment (acceptances are re-read: they change who is bound). */
export function applyAmendmentCount(a: AmendmentView, c: ConveningCounted): AmendmentView {
  if (c.id !== a.id) return a;
  if (c.procedure === 'amendment-support')
    return { ...a, support: c.progress, phase: a.phase === 'collecting' && c.progress.met ? 'met' : a.phase };
  if (c.procedure === 'amendment-earlier') return { ...a, earlierRequest: c.progress };
  return a;
}

type Props = TabProps;

export function AmendmentsTab({ reference, canWrite, selection, select, rejoined, live }: Props) {
  const amendments = useCollection(fetchAmendments);
  const meetings = useQuery(
    `meetings:${amendments.items.filter((a) => a.conferenceMeetingId).length}`,
    (signal) => fetchAllMeetings(signal),
  );
  const { refresh } = amendments;
  useEffect(() => {
    if (rejoined > 0) refresh();
  }, [rejoined, refresh]);
  useFallbackRefresh(live, refresh);
  useSocketEvent('convening.counted', (c) => {
    if (c.procedure === 'special-meeting') return;
    if (c.procedure === 'amendment-acceptance' || !amendments.items.some((a) => a.id === c.id))
      amendments.refresh();
    else amendments.patch(c.id, (a) => applyAmendmentCount(a, c));
  });

  if (amendments.status !== 'success') {
    return (
      <LoadState
        status={amendments.status}
        error={amendments.error}
        what="the amendments"
        onRetry={amendments.refresh}
      />
    );
  }
  const chosen = amendments.items.find((a) => a.id === selection);

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title="Proposed amendments"
          testId="amendment-list"
          items={amendments.items.map((a) => ({
            key: a.id,
            title: `By ${reference.nameOf(a.proposedBy)}`,
            meta: `circulated ${formatDate(a.circulatedOn)} · support ${a.support.count} of ${a.support.required} needed`,
            badge: (
              <PhasePill
                phase={a.phase}
                label={a.adoption ? 'Adopted' : phaseLabel(a.phase, a.support.metOn)}
              />
            ),
          }))}
          selected={selection}
          onSelect={select}
          empty="No amendment has been proposed."
          newLabel={canWrite ? 'New amendment' : undefined}
          onNew={() => select('new')}
        />
      </div>
      <div className="proc-layout__main">
        {selection === 'new' && canWrite ? (
          <AmendmentForm
            reference={reference}
            onCreated={(a) => {
              amendments.upsert(a);
              select(a.id);
            }}
            onCancel={() => select(null)}
          />
        ) : chosen ? (
          <AmendmentDetail
            key={chosen.id}
            amendment={chosen}
            meetings={meetings.status === 'success' ? meetings.data : []}
            reference={reference}
            canWrite={canWrite}
            onChanged={amendments.upsert}
          />
        ) : (
          <div className="empty proc-empty proc-placeholder">
            <p>
              <strong>Choose an amendment from the list.</strong>
            </p>
            <p className="muted">
              Art. 13: an Amendment Conference is convened if a majority of all States Parties support it
              within 30 days of circulation. It is held right after the next Meeting of the States Parties or
              Review Conference, unless a majority request it earlier.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
