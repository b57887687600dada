import {
  ruleWording,
  voteFigures,
  type Choice,
  type LiveSnapshot,
  type Principal,
  type VoteSnapshot,
} from '@plenary/shared';
import { useCallback } from 'react';
import { ConnectionBadge } from '../../live/components/ConnectionBadge';
import { useFormat } from '../../../lib/locale/context';
import type { ConnectionState } from '../../live/connection';
import { figuresSentence, methodLabel } from '../../live/labels';
import { useCastVote, type CastFn } from '../hooks/useCastVote';
import { VoteButtons } from './VoteButtons';
import '../vote.css';

const UPPER: Record<Choice, string> = { yes: 'YES', no: 'NO', abstain: 'ABSTAIN' };

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="pad-empty">{children}</p>;
}

interface Props {
  snapshot: LiveSnapshot | null;
  connection: ConnectionState;
  principal: Principal;
  cast: CastFn;
  error?: string | null;
  newOpId?: () => string;
}

/** What this delegation's vote on the server is, from the live snapshot (a reload, another device). */
function serverChoice(vote: VoteSnapshot | null, iso3: string | null): Choice | null {
  if (!vote || !iso3) return null;
  return vote.votes?.[iso3] ?? null;
}

/** The delegation's pad: the question, its rule, and Yes / No / Abstain until the vote closes. */
export function VotePad({ snapshot, connection, principal, cast, error, newOpId }: Props) {
  const fmt = useFormat();
  const q = snapshot?.question ?? null;
  const v = snapshot?.vote && q && snapshot.vote.questionId === q.id ? snapshot.vote : null;
  const openVote = v?.status === 'open' ? v : null;
  const { state, press } = useCastVote(openVote?.id ?? null, cast, connection === 'live', newOpId);
  const onPress = useCallback((c: Choice) => press(c), [press]);

  const observer = principal.role !== 'delegation';
  const iso3 = principal.stateIso3;
  const eligible = !v || v.eligible.some((e) => e.iso3 === iso3 || e.delegationId === principal.delegationId);
  const known = state.voteId === v?.id ? state.recorded : null;
  const current: Choice | null = known?.choice ?? serverChoice(v, iso3);
  const votedSecretly =
    v?.method === 'secret' && (known !== null || (iso3 !== null && (v.voted ?? []).includes(iso3)));
  const tz = snapshot?.meeting.timeZone ?? 'Europe/Zurich';

  let body: React.ReactNode;
  if (!snapshot) {
    body = <Empty>{error ?? 'Connecting to the meeting…'}</Empty>;
  } else if (snapshot.meeting.status === 'suspended') {
    body = <Empty>The meeting is suspended.</Empty>;
  } else if (snapshot.meeting.status === 'scheduled') {
    body = <Empty>The meeting has not been opened yet.</Empty>;
  } else if (!q) {
    body = <Empty>No question before the meeting.</Empty>;
  }

  const status = (() => {
    if (!openVote || observer) return null;
    const p = state.pending;
    if (p?.status === 'sending')
      return (
        <p className="pad-status pad-status--sending" role="status">
          Sending {UPPER[p.choice]}…{p.attempts > 1 ? ' (again)' : ''}
        </p>
      );
    if (p?.status === 'retrying')
      return (
        <p className="pad-status pad-status--retrying" role="status" data-testid="vote-retrying">
          {UPPER[p.choice]}: not yet recorded — retrying
          {connection === 'live' ? '' : ' when the connection is back'}.
        </p>
      );
    return null;
  })();

  const recordedLine =
    !observer && v && (known || current || votedSecretly) ? (
      <p className="pad-recorded" data-testid="vote-recorded" role="status">
        {v.method === 'secret' && !known ? (
          'You have voted.'
        ) : (
          <>
            Your vote: <strong>{UPPER[current ?? 'abstain']}</strong> — recorded
            {known ? ` ${fmt.time(known.at, tz)}` : ''}
          </>
        )}
      </p>
    ) : null;

  return (
    <div className="pad">
      <header className="pad-head">
        <div>
          <h1 className="pad-head__state">{principal.displayName}</h1>
          <p className="pad-head__meeting">
            {snapshot ? `${snapshot.meeting.code} · ${snapshot.meeting.title}` : 'Delegation voting pad'}
          </p>
        </div>
        <ConnectionBadge state={connection} />
      </header>

      {body ??
        (q && snapshot && (
          <section className="pad-question" aria-labelledby="pad-question-text">
            <p className="pad-kicker">
              {v
                ? `${methodLabel(v.method)} · ${v.status === 'open' ? 'Voting open' : 'Voting closed'}`
                : 'Before the meeting'}
            </p>
            <h2 id="pad-question-text" className="pad-question__text" data-testid="vote-question">
              {q.text}
            </h2>
            <p className="pad-rule">{ruleWording(q)}</p>

            {!v && <Empty>The President has not put this question to the vote.</Empty>}

            {openVote && observer && <Empty>Observers follow the vote but do not vote.</Empty>}
            {openVote && !observer && openVote.method === 'show-of-hands' && (
              <Empty>This vote is by show of hands: the Secretariat counts in the room.</Empty>
            )}
            {openVote && !observer && !eligible && (
              <Empty>Your delegation is not among the States Parties eligible in this vote.</Empty>
            )}
            {openVote && !observer && eligible && openVote.method !== 'show-of-hands' && (
              <>
                {!votedSecretly && (
                  <VoteButtons current={current} pending={state.pending} disabled={false} onPress={onPress} />
                )}
                {status}
                {recordedLine}
                {state.error && !state.pending && (
                  <p className="pad-error" role="alert" data-testid="vote-error">
                    {state.error.message}
                  </p>
                )}
                <p className="pad-hint">
                  {openVote.method === 'secret'
                    ? votedSecretly
                      ? 'In a secret ballot a vote cannot be changed once cast.'
                      : 'Secret ballot: once cast, your vote cannot be changed.'
                    : 'You can change your vote until the President closes the vote. Keys: Y, N, A.'}
                </p>
              </>
            )}

            {v?.status === 'closed' && (
              <>
                {recordedLine}
                <p
                  className={`pad-outcome pad-outcome--${v.result?.outcome ?? 'none'}`}
                  data-testid="vote-outcome"
                >
                  {v.result?.explanation ?? figuresSentence(voteFigures(v), fmt)}
                </p>
              </>
            )}
          </section>
        ))}
    </div>
  );
}
