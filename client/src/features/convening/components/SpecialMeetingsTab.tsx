import { conveningPhase, type ConveningCounted, type SpecialMeetingProposalView } from '@plenary/shared';
import { useEffect } from 'react';
import { formatDate } from '../../../lib/dates';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { fetchClarifications, fetchProposals } from '../api';
import { daysRemainingText, phaseLabel, todayFrom } from '../figures';
import { useCollection } from '../hooks/useCollection';
import { useFallbackRefresh } from '../hooks/useConveningLive';
import { ClarificationDetail, ClarificationForm } from './Clarification';
import { PhasePill } from './PhasePill';
import { LoadState, ProcList } from './ProcList';
import { ProposalDetail } from './ProposalDetail';
import { ProposalForm } from './ProposalForm';
import type { TabProps } from './tabProps';

/** A live count patched into a proposal; the phase follows from the shared rule. */
export function applyCounted(p: SpecialMeetingProposalView, c: ConveningCounted): SpecialMeetingProposalView {
  if (c.procedure !== 'special-meeting' || c.id !== p.id) return p;
  const phase = conveningPhase(c.progress, p.favourBy.lastDay, todayFrom(p.favourBy), p.meetingId !== null);
  return { ...p, progress: c.progress, phase: p.lapsed ? p.phase : phase };
}

type Props = TabProps;

export function SpecialMeetingsTab({ reference, canWrite, selection, select, rejoined, live }: Props) {
  const proposals = useCollection(fetchProposals);
  const clarifications = useCollection(fetchClarifications);
  const { refresh: refreshProposals } = proposals;
  const { refresh: refreshClarifications } = clarifications;

  useEffect(() => {
    if (rejoined > 0) {
      refreshProposals();
      refreshClarifications();
    }
  }, [rejoined, refreshProposals, refreshClarifications]);

  useFallbackRefresh(live, refreshProposals);
  useSocketEvent('convening.counted', (c) => {
    if (c.procedure !== 'special-meeting') return;
    if (proposals.items.some((p) => p.id === c.id)) proposals.patch(c.id, (p) => applyCounted(p, c));
    else proposals.refresh();
  });

  const [kind, id] = (selection ?? '').split(':');
  const proposal = kind === 'p' ? proposals.items.find((p) => p.id === id) : undefined;
  const clarification = kind === 'c' ? clarifications.items.find((c) => c.id === id) : undefined;
  const status =
    proposals.status === 'error' || clarifications.status === 'error'
      ? 'error'
      : proposals.status === 'loading' || clarifications.status === 'loading'
        ? 'loading'
        : 'success';

  if (status !== 'success') {
    return (
      <LoadState
        status={status}
        error={proposals.error ?? clarifications.error}
        what="the Special Meeting procedures"
        onRetry={() => {
          proposals.refresh();
          clarifications.refresh();
        }}
      />
    );
  }

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title="Proposals to convene"
          testId="proposal-list"
          items={proposals.items.map((p) => ({
            key: `p:${p.id}`,
            title: p.requestingStates.map(reference.nameOf).join(', '),
            meta: (
              <>
                {p.progress.count} of {p.progress.required} needed ·{' '}
                {p.phase === 'collecting'
                  ? `favour by ${formatDate(p.favourBy.lastDay)}, ${daysRemainingText(p.favourBy.daysRemaining)}`
                  : `communicated ${formatDate(p.communicatedOn)}`}
              </>
            ),
            badge: <PhasePill phase={p.phase} label={phaseLabel(p.phase, p.progress.metOn)} />,
          }))}
          selected={selection}
          onSelect={select}
          empty="No proposal to convene a Special Meeting has been recorded."
          newLabel={canWrite ? 'New proposal' : undefined}
          onNew={() => select('new-proposal')}
        />
        <ProcList
          title="Requests for Clarification"
          testId="clarification-list"
          items={clarifications.items.map((c) => ({
            key: `c:${c.id}`,
            title: `To ${reference.nameOf(c.requestedState)}`,
            meta: c.response
              ? `answered ${formatDate(c.response.receivedOn)}${c.response.inTime ? '' : ' (late)'}`
              : `answer due ${formatDate(c.responseDue.lastDay)}, ${daysRemainingText(c.responseDue.daysRemaining)}`,
          }))}
          selected={selection}
          onSelect={select}
          empty="No Request for Clarification has been recorded."
          newLabel={canWrite ? 'New request' : undefined}
          onNew={() => select('new-clarification')}
        />
      </div>
      <div className="proc-layout__main">
        {selection === 'new-proposal' && canWrite ? (
          <ProposalForm
            reference={reference}
            clarifications={clarifications.items}
            onCreated={(p) => {
              proposals.upsert(p);
              select(`p:${p.id}`);
            }}
            onCancel={() => select(null)}
          />
        ) : selection === 'new-clarification' && canWrite ? (
          <ClarificationForm
            reference={reference}
            onCreated={(c) => {
              clarifications.upsert(c);
              select(`c:${c.id}`);
            }}
            onCancel={() => select(null)}
          />
        ) : proposal ? (
          <ProposalDetail
            key={proposal.id}
            proposal={proposal}
            clarification={clarifications.items.find((c) => c.id === proposal.clarificationId) ?? null}
            reference={reference}
            canWrite={canWrite}
            onChanged={proposals.upsert}
          />
        ) : clarification ? (
          <ClarificationDetail
            key={clarification.id}
            c={clarification}
            reference={reference}
            canWrite={canWrite}
            onChanged={clarifications.upsert}
          />
        ) : (
          <div className="empty proc-empty proc-placeholder">
            <p>
              <strong>Choose a proposal or a request from the list.</strong>
            </p>
            <p className="muted">
              Art. 8: a Request for Clarification is answered within 28 days; a Special Meeting is convened
              when at least one-third of all States Parties favour it within 14 days of the
              Secretary-General’s communication, and held within a further 14 days.
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
