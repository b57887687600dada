import {
  ruleWording,
  voteFigures,
  type Ack,
  type CastResult,
  type Choice,
  type LiveSnapshot,
  type Principal,
  type VoteSnapshot,
} from '@plenary/shared';
import { useCallback, useRef, useState } from 'react';
import { ConnectionBadge } from '../../live/components/ConnectionBadge';
import { useFormat } from '../../../lib/locale/context';
import type { ConnectionState } from '../../live/connection';
import { figuresSentence, methodLabel } from '../../live/labels';
import { nextSeq, type RecordedCast } from '../castState';
import { useCastVote, type CastFn } from '../hooks/useCastVote';
import { VoteButtons } from './VoteButtons';
import '../vote.css';

const UPPER: Record<Choice, string> = { yes: 'YES', no: 'NO', abstain: 'ABSTAIN' };

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="pad-empty">{children}</p>;
}

/** Sends a cast; `seq` orders this device's presses (a late, older one is refused as stale). */
export type SequencedCastFn = (
  voteId: string,
  choice: Choice,
  opId: string,
  seq?: number,
) => Promise<Ack<CastResult>>;

interface Props {
  snapshot: LiveSnapshot | null;
  connection: ConnectionState;
  principal: Principal;
  cast: SequencedCastFn;
  error?: string | null;
  newOpId?: () => string;
  /** The device clock, in ms (tests pin it). */
  now?: () => number;
}

const defaultOpId = () => crypto.randomUUID();

/**
 * Numbers each press once, when its opId is made, and sends that number with every attempt of
 * the press: retries keep their place in the order, a newer press always outranks an older one.
 */
function useSequencedCast(cast: SequencedCastFn, newOpId: () => string, now: () => number) {
  const seqs = useRef(new Map<string, number>());
  const last = useRef(0);
  const opId = useCallback(() => {
    const id = newOpId();
    last.current = nextSeq(last.current, now());
    seqs.current.set(id, last.current);
    return id;
  }, [newOpId, now]);
  const send: CastFn = useCallback(
    (voteId, choice, id) => cast(voteId, choice, id, seqs.current.get(id)),
    [cast],
  );
  return { opId, send };
}

/** What this delegation's vote on the server is, from the live snapshot (a reload, another device). */
function serverChoice(vote: VoteSnapshot | null, iso3: string | null): Choice | null {
  if (!vote || !iso3) return null;
  return vote.votes?.[iso3] ?? null;
}

/**
 * The choice to show: the server's, always. The ack of this device's last press is the server's
 * word at that moment; the live snapshot is its word since, and wins once it has moved on from
 * where it stood when the ack came (another device's change, a press refused as stale).
 */
function useServerChoice(v: VoteSnapshot | null, iso3: string | null, known: RecordedCast | null) {
  const [ackedAt, setAckedAt] = useState<{ ack: RecordedCast | null; version: number }>({
    ack: null,
    version: -1,
  });
  if (ackedAt.ack !== known) setAckedAt({ ack: known, version: v?.version ?? -1 });
  const fromSnapshot = serverChoice(v, iso3);
  if (!known) return fromSnapshot;
  const snapshotNewer = ackedAt.ack === known && (v?.version ?? -1) > ackedAt.version;
  return snapshotNewer && fromSnapshot ? fromSnapshot : known.choice;
}

/** The delegation's pad: the question, its rule, and Yes / No / Abstain until the vote closes. */
export function VotePad({
  snapshot,
  connection,
  principal,
  cast,
  error,
  newOpId = defaultOpId,
  now = Date.now,
}: Props) {
  const fmt = useFormat();
  const q = snapshot?.question ?? null;
  const v = snapshot?.vote && q && snapshot.vote.questionId === q.id ? snapshot.vote : null;
  const openVote = v?.status === 'open' ? v : null;
  const sequenced = useSequencedCast(cast, newOpId, now);
  const { state, press } = useCastVote(
    openVote?.id ?? null,
    sequenced.send,
    connection === 'live',
    sequenced.opId,
  );
  const unresolved = state.pending !== null;
  // No new press while one is unresolved (sending, or retrying after no answer).
  const onPress = useCallback((c: Choice) => (unresolved ? undefined : press(c)), [press, unresolved]);

  const observer = principal.role !== 'delegation';
  const iso3 = principal.stateIso3;
  const eligible = !v || v.eligible.some((e) => e.iso3 === iso3 || e.delegationId === principal.delegationId);
  const known = state.voteId === v?.id ? state.recorded : null;
  const current: Choice | null = useServerChoice(v, iso3, known);
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
            {known && current === known.choice ? ` ${fmt.time(known.at, tz)}` : ''}
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
                  <VoteButtons
                    current={current}
                    pending={state.pending}
                    disabled={unresolved}
                    onPress={onPress}
                  />
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
