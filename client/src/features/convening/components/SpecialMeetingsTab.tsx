import { applyCountToProposal, type SpecialMeetingProposalView } from '@plenary/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormat, useT } from '../../../lib/locale/context';
import { keys, upsertById } from '../../../lib/query/keys';
import { useSocketEvent } from '../../../lib/useSocketEvent';
import { clarificationsQuery, proposalsQuery } from '../api';
import { daysRemainingText, phaseLabel } from '../figures';
import { fallbackInterval } from '../hooks/useConveningLive';
import { ClarificationDetail, ClarificationForm } from './Clarification';
import { PhasePill } from './PhasePill';
import { LoadState, ProcList } from './ProcList';
import { ProposalDetail } from './ProposalDetail';
import { ProposalForm } from './ProposalForm';
import type { TabProps } from './tabProps';

type Props = TabProps;

export function SpecialMeetingsTab({ reference, canWrite, selection, select, live }: Props) {
  const fmt = useFormat();
  const t = useT();
  const qc = useQueryClient();
  const proposals = useQuery({ ...proposalsQuery(), refetchInterval: fallbackInterval(live) });
  const clarifications = useQuery(clarificationsQuery());

  // A live count is written into the cached list; a proposal the list does not know yet is re-read.
  useSocketEvent('convening.counted', (c) => {
    if (c.procedure !== 'special-meeting') return;
    const list = qc.getQueryData<SpecialMeetingProposalView[]>(keys.convening.proposals());
    if (list?.some((p) => p.id === c.id))
      qc.setQueryData(
        keys.convening.proposals(),
        list.map((p) => applyCountToProposal(p, c, reference.today)),
      );
    else void qc.invalidateQueries({ queryKey: keys.convening.proposals() });
  });

  const [kind, id] = (selection ?? '').split(':');
  const proposalItems = proposals.data ?? [];
  const clarificationItems = clarifications.data ?? [];
  const proposal = kind === 'p' ? proposalItems.find((p) => p.id === id) : undefined;
  const clarification = kind === 'c' ? clarificationItems.find((c) => c.id === id) : undefined;

  if (!proposals.data || !clarifications.data) {
    return (
      <LoadState
        status={proposals.isError || clarifications.isError ? 'error' : 'loading'}
        error={proposals.error ?? clarifications.error}
        what={t('procedures.loadError', { what: 'special' })}
        whatCode="special"
        onRetry={() => {
          void proposals.refetch();
          void clarifications.refetch();
        }}
      />
    );
  }
  const onProposal = (p: SpecialMeetingProposalView) =>
    qc.setQueryData(keys.convening.proposals(), upsertById(p));

  return (
    <div className={`proc-layout${selection ? ' proc-layout--chosen' : ''}`}>
      <div className="proc-layout__side">
        <ProcList
          title={t('procedures.special.proposals')}
          testId="proposal-list"
          items={proposalItems.map((p) => ({
            key: `p:${p.id}`,
            title: fmt.list(p.requestingStates.map(reference.nameOf)),
            meta: (
              <>
                {p.phase === 'collecting'
                  ? t('procedures.special.proposalMetaOpen', {
                      count: p.progress.count,
                      required: p.progress.required,
                      date: fmt.dateShort(p.favourBy.lastDay),
                      days: daysRemainingText(p.favourBy.daysRemaining, t),
                    })
                  : t('procedures.special.proposalMeta', {
                      count: p.progress.count,
                      required: p.progress.required,
                      date: fmt.dateShort(p.communicatedOn),
                    })}
              </>
            ),
            badge: <PhasePill phase={p.phase} label={phaseLabel(p.phase, p.progress.metOn, fmt, t)} />,
          }))}
          selected={selection}
          onSelect={select}
          empty={t('procedures.special.noProposal')}
          newLabel={canWrite ? t('procedures.special.newProposal') : undefined}
          onNew={() => select('new-proposal')}
        />
        <ProcList
          title={t('procedures.special.clarifications')}
          testId="clarification-list"
          items={clarificationItems.map((c) => ({
            key: `c:${c.id}`,
            title: t('procedures.special.to', { name: reference.nameOf(c.requestedState) }),
            meta: c.response
              ? t('procedures.special.answered', {
                  date: fmt.dateShort(c.response.receivedOn),
                  late: c.response.inTime ? 'no' : 'yes',
                })
              : t('procedures.special.answerDue', {
                  date: fmt.dateShort(c.responseDue.lastDay),
                  days: daysRemainingText(c.responseDue.daysRemaining, t),
                }),
          }))}
          selected={selection}
          onSelect={select}
          empty={t('procedures.special.noClarification')}
          newLabel={canWrite ? t('procedures.newRequest') : undefined}
          onNew={() => select('new-clarification')}
        />
      </div>
      <div className="proc-layout__main">
        {selection === 'new-proposal' && canWrite ? (
          <ProposalForm
            reference={reference}
            clarifications={clarificationItems}
            onCreated={(p) => {
              onProposal(p);
              select(`p:${p.id}`);
            }}
            onCancel={() => select(null)}
          />
        ) : selection === 'new-clarification' && canWrite ? (
          <ClarificationForm
            reference={reference}
            onCreated={(c) => {
              qc.setQueryData(keys.convening.clarifications(), upsertById(c));
              select(`c:${c.id}`);
            }}
            onCancel={() => select(null)}
          />
        ) : proposal ? (
          <ProposalDetail
            key={proposal.id}
            proposal={proposal}
            clarification={clarificationItems.find((c) => c.id === proposal.clarificationId) ?? null}
            reference={reference}
            canWrite={canWrite}
            onChanged={onProposal}
          />
        ) : clarification ? (
          <ClarificationDetail
            key={clarification.id}
            c={clarification}
            reference={reference}
            canWrite={canWrite}
            onChanged={(c) => qc.setQueryData(keys.convening.clarifications(), upsertById(c))}
          />
        ) : (
          <div className="empty proc-empty proc-placeholder">
            <p>
              <strong>{t('procedures.special.choose')}</strong>
            </p>
            <p className="muted">{t('procedures.special.about')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
