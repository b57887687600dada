import {
  canTakeDecisions,
  consoleActionReasons,
  voteFigures,
  type MeetingTransition,
  type RollCallAnswer,
  type VoteMethod,
} from '@plenary/shared';
import { useRef, useState } from 'react';
import type { HandCounts } from '../features/console/api';
import { useConfirm } from '../lib/components/ConfirmDialog';
import { Declaration, ShortcutLegend } from '../features/console/components/Declaration';
import { QuestionCard } from '../features/console/components/QuestionCard';
import { ConclusionsPanel } from '../features/console/components/ConclusionsPanel';
import { InformalMeetingNotice } from '../features/console/components/InformalMeetingNotice';
import { QuestionForm } from '../features/console/components/QuestionForm';
import { SessionControl } from '../features/console/components/SessionControl';
import { StaffGate } from '../features/console/components/StaffGate';
import { VotePanel } from '../features/console/components/VotePanel';
import '../features/console/console.css';
import { decisionWarning } from '../features/console/consoleFigures';
import { useConsoleActions } from '../features/console/hooks/useConsoleActions';
import { ElectionPanel } from '../features/election/components/ElectionPanel';
import { useShortcuts } from '../features/console/hooks/useShortcuts';
import { FloorPanel } from '../features/floor/components/FloorPanel';
import { ConnectionBadge } from '../features/live/components/ConnectionBadge';
import { QuorumGauge } from '../features/live/components/QuorumGauge';
import { useLiveMeeting } from '../features/live/hooks/useLiveMeeting';
import { useMeetingChoice } from '../features/live/hooks/useMeetingId';
import { MeetingPicker } from '../features/meetings/components/MeetingPicker';
import { useMeetings } from '../features/meetings/hooks/useMeetings';
import { agendaItemTitle } from '../features/meetings/labels';
import { useSelectedMeeting } from '../features/meetings/hooks/useSelectedMeeting';
import { Loading, LoadError } from '../lib/components/LoadState';
import { useFormat, useT } from '../lib/locale/context';

function Console() {
  const t = useT();
  const fmt = useFormat();
  const choice = useMeetingChoice();
  const meetingId = choice.meetingId;
  const [, select] = useSelectedMeeting();
  const meetings = useMeetings();
  const live = useLiveMeeting(meetingId);
  const actions = useConsoleActions(meetingId);
  const [dialog, confirm] = useConfirm();
  const [method, setMethod] = useState<VoteMethod>('recorded');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const firstCount = useRef<HTMLInputElement>(null);

  const snap = live.snapshot;
  const meeting = snap?.meeting ?? null;
  const question = snap?.question ?? null;
  const vote = snap?.vote ?? null;
  const busy = actions.busy;
  const stage: 'none' | 'pending' | 'voting' | 'decided' = !question
    ? 'none'
    : question.status === 'pending'
      ? 'pending'
      : question.status === 'voting'
        ? 'voting'
        : dismissed === question.id
          ? 'none'
          : 'decided';
  const warning = snap ? decisionWarning(snap.quorum, t) : null;
  const reasons = snap ? consoleActionReasons(snap, busy) : null;

  async function transition(action: MeetingTransition) {
    if (!meeting) return;
    const ok = await confirm({
      title: t('console.transition.title', { action }),
      body: <p>{meeting.title}</p>,
      confirmLabel: t('console.transition.ok', { action }),
      danger: action === 'close',
    });
    if (ok) await actions.run({ kind: 'transition', action });
  }

  async function consensus() {
    if (!question) return;
    const ok = await confirm({
      title: t('console.consensus.title'),
      body: <p>{t('console.consensus.body', { text: question.text })}</p>,
      confirmLabel: t('console.consensus.ok'),
    });
    if (ok) await actions.run({ kind: 'consensus', questionId: question.id });
  }

  async function open() {
    if (!question || stage !== 'pending' || !reasons || reasons.openVote) return;
    const ok = await confirm({
      title: t('console.open.title', { method }),
      body: <p>{t('console.open.body', { text: question.text })}</p>,
      confirmLabel: t('console.openVote'),
    });
    if (ok) await actions.run({ kind: 'open', questionId: question.id, method });
  }

  async function close(counts?: HandCounts) {
    if (!vote || vote.status !== 'open' || reasons?.closeVote) return;
    if (vote.method === 'show-of-hands' && !counts) {
      firstCount.current?.focus();
      return;
    }
    const f = voteFigures(vote);
    const ok = await confirm({
      title: t('console.close.title'),
      body: (
        <p>
          {counts
            ? t('console.close.roomCounts', { yes: counts.yes, no: counts.no, abstain: counts.abstain })
            : f.counts
              ? t('console.close.counts', {
                  yes: f.counts.yes,
                  no: f.counts.no,
                  abstain: f.counts.abstain,
                  notVoted: f.counts.notVoted,
                })
              : t('console.close.voted', { voted: f.voted, eligible: f.eligible })}{' '}
          {t('console.close.final')}
        </p>
      ),
      confirmLabel: t('console.closeVote'),
      danger: true,
    });
    if (ok) await actions.run({ kind: 'close', voteId: vote.id, counts });
  }

  function answer(iso3: string, a: RollCallAnswer, opId: string): Promise<boolean> {
    if (!vote) return Promise.resolve(false);
    return actions.attempt({ kind: 'rollCall', voteId: vote.id, body: { iso3, answer: a, opId } });
  }

  useShortcuts({
    o: () => void open(),
    c: () => void close(),
    d: () => {
      if (stage === 'decided' && question) setDismissed(question.id);
    },
  });

  return (
    <>
      {dialog}
      <header className="page__header">
        <h1>{t('console.heading')}</h1>
        <div className="page__tools">
          <ConnectionBadge state={live.connection} />
          {meetings.data && (
            <MeetingPicker
              meetings={meetings.data.map((m) => (m.id === meeting?.id ? meeting : m))}
              value={meetingId}
              onChange={select}
            />
          )}
        </div>
      </header>
      {choice.status === 'error' ? (
        <LoadError
          what={t('console.load.meetings')}
          error={meetings.error}
          onRetry={() => void meetings.refetch()}
        />
      ) : choice.status === 'resolving' ? (
        <Loading>{t('console.load.meetingsLoading')}</Loading>
      ) : !meetingId ? (
        <p className="notice" data-testid="console-empty">
          {t('console.empty')}
        </p>
      ) : !snap || !meeting ? (
        live.error ? (
          <LoadError
            what={t('console.load.meeting')}
            error={{ message: live.error }}
            onRetry={live.refetch}
          />
        ) : (
          <Loading>{t('console.load.meetingLoading')}</Loading>
        )
      ) : (
        <div className="console">
          <div className="console__side">
            <SessionControl
              meeting={meeting}
              quorum={snap.quorum}
              busy={busy}
              onAction={(a) => void transition(a)}
            />
            <div className="panel">
              {warning && (
                <p className="warning" role="alert" data-testid="decision-warning">
                  {warning}
                </p>
              )}
              <QuorumGauge quorum={snap.quorum} />
            </div>
            <section className="panel" aria-labelledby="agenda-h">
              <h2 id="agenda-h">{t('console.agenda')}</h2>
              <ol className="agenda">
                {meeting.agenda.map((a) => (
                  <li key={a.id} className={question?.agendaItemId === a.id ? 'is-current' : undefined}>
                    {agendaItemTitle(a, fmt)}
                  </li>
                ))}
              </ol>
            </section>
          </div>
          <div className="console__main">
            <p className="console__meeting">
              <strong>{meeting.code}</strong> · {meeting.title}
            </p>
            {actions.error && (
              <p className="notice notice--error" role="alert" data-testid="console-error">
                {actions.error}
              </p>
            )}
            {stage === 'pending' && question && reasons && (
              <QuestionCard
                question={question}
                method={method}
                onMethod={setMethod}
                reasons={reasons}
                onConsensus={() => void consensus()}
                onOpenVote={() => void open()}
              />
            )}
            {stage === 'voting' && question && vote && (
              <VotePanel
                vote={vote}
                question={question}
                busy={busy}
                onClose={(c) => void close(c)}
                closeReason={reasons?.closeVote ?? null}
                onAnswer={answer}
                firstCountRef={firstCount}
              />
            )}
            {stage === 'decided' && question && (
              <Declaration question={question} vote={vote} onNext={() => setDismissed(question.id)} />
            )}
            {canTakeDecisions(meeting.kind) ? (
              <>
                {stage === 'none' && <QuestionForm meeting={meeting} />}
                <ElectionPanel meetingId={meeting.id} />
              </>
            ) : (
              // Informal: no question, vote or election is put here (DOMAIN.md §2, §9).
              <InformalMeetingNotice meeting={meeting} />
            )}
            {meeting.kind === 'committee' && <ConclusionsPanel meeting={meeting} />}
            <FloorPanel meeting={meeting} floor={snap.floor ?? null} voteOpen={vote?.status === 'open'} />
            <ShortcutLegend />
          </div>
        </div>
      )}
    </>
  );
}

/** The President runs the plenary from here. */
export function ConsolePage() {
  const t = useT();
  return (
    <div className="page console-page">
      <title>{t('console.title')}</title>
      <StaffGate role="president" title={t('console.heading')}>
        <Console />
      </StaffGate>
    </div>
  );
}
