import type { Choice, VoteSnapshot } from '@plenary/shared';
import type { ConnectionState } from '../../live/connection';
import type { CastState } from '../castState';
import '../vote.css';

export const UPPER: Record<Choice, string> = { yes: 'YES', no: 'NO', abstain: 'ABSTAIN' };

interface Props {
  vote: VoteSnapshot;
  state: CastState;
  connection: ConnectionState;
  /** The choice the server holds for this delegation (null: none, or a secret ballot cast elsewhere). */
  current: Choice | null;
  /** The server says this delegation has voted (any device). */
  hasVoted: boolean;
  /** When this device's ack of `current` came, if it did. */
  ackTime: string | null;
}

/**
 * One message about this delegation's vote, never two that disagree: a press NOT recorded (kept
 * on screen), a press on its way (or waiting for the connection), the vote the server holds, or a
 * refusal. A hidden live region tells screen readers when the vote opens, is recorded or closes.
 */
export function PadStatus({ vote, state, connection, current, hasVoted, ackTime }: Props) {
  const online = connection === 'live';
  const secret = vote.method === 'secret';
  const closed = vote.status === 'closed';
  const mine = state.voteId === vote.id;
  const lost = mine ? state.lost : null;
  const pending = mine ? state.pending : null;

  let line: React.ReactNode = null;
  let announce = '';
  if (lost) {
    line = (
      <p className="pad-lost" role="alert" data-testid="vote-lost">
        <strong>Your vote was NOT recorded.</strong> You pressed {UPPER[lost.choice]}, but the press did not
        reach the server before the vote closed.
        {current && !secret ? ` The vote recorded for your delegation is ${UPPER[current]}.` : ''}
      </p>
    );
  } else if (pending) {
    const text = !online
      ? `Offline: ${UPPER[pending.choice]} is not recorded yet. It is sent when the connection is back.`
      : closed
        ? `Checking whether ${UPPER[pending.choice]} reached the server before the vote closed…`
        : pending.status === 'sending'
          ? `Sending ${UPPER[pending.choice]}…${pending.attempts > 1 ? ' (again)' : ''}`
          : `${UPPER[pending.choice]}: not yet recorded — retrying.`;
    line = (
      <p
        className={`pad-status pad-status--${online && pending.status === 'sending' ? 'sending' : 'retrying'}`}
        data-testid={pending.status === 'retrying' || !online ? 'vote-retrying' : 'vote-sending'}
      >
        {text}
      </p>
    );
    announce = text;
  } else if (!online && !closed) {
    const last = current && !secret ? ` Your vote as last recorded: ${UPPER[current]}.` : '';
    line = (
      <p className="pad-status pad-status--retrying" data-testid="pad-offline">
        Offline: nothing you press reaches the server until the connection is back.{last}
      </p>
    );
    announce = 'Offline.';
  } else if (secret && (current || hasVoted)) {
    const text = current
      ? `Your secret ballot is cast: ${UPPER[current]} (shown on this device only).`
      : 'Your delegation has cast its secret ballot.';
    line = (
      <p className="pad-recorded" data-testid="vote-recorded">
        {text}
      </p>
    );
    announce = current ? 'Your secret ballot is recorded.' : text;
  } else if (current) {
    line = (
      <p className="pad-recorded" data-testid="vote-recorded">
        Your vote: <strong>{UPPER[current]}</strong> — recorded{ackTime ? ` ${ackTime}` : ''}
      </p>
    );
    announce = `Your vote ${UPPER[current]} is recorded.`;
  } else if (closed && !secret) {
    line = (
      <p className="pad-status" data-testid="vote-none">
        Your delegation did not vote.
      </p>
    );
  }
  const refusal =
    mine && state.error && !pending && !lost ? (
      <p className="pad-error" role="alert" data-testid="vote-error">
        {state.error.message}
      </p>
    ) : null;

  return (
    <>
      {line}
      {refusal}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="pad-announce">
        {`Voting is ${closed ? 'closed' : 'open'}. ${announce}`.trim()}
      </p>
    </>
  );
}
