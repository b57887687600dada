import type { Ack, ElectionCastResult, ElectionView, Principal } from '@plenary/shared';
import { useState } from 'react';
import { useElections } from '../hooks/useElections';
import { ballotTitle, candidateName } from '../wording';
import '../election.css';

export type ElectionCastFn = (
  electionId: string,
  round: number,
  marks: string[],
  opId: string,
) => Promise<Ack<ElectionCastResult>>;

type Sent =
  | { state: 'sending' }
  | { state: 'recorded' }
  | { state: 'failed'; message: string; retry: boolean; marks: string[]; opId: string };

/** One open ballot: the candidates on it, up to the places left; a blank ballot is an abstention. */
export function ElectionBallot({
  election: e,
  canVote,
  cast,
  newOpId,
}: {
  election: ElectionView;
  canVote: boolean;
  cast: ElectionCastFn;
  newOpId: () => string;
}) {
  const round = e.rounds.find((r) => r.round.number === e.openRound)!.round;
  const [marks, setMarks] = useState<string[]>([]);
  const [sent, setSent] = useState<Sent | null>(null);
  const full = marks.length >= round.placesLeft;

  async function send(m: string[], opId: string) {
    setSent({ state: 'sending' });
    const ack = await cast(e.id, round.number, m, opId);
    if (ack.ok) return setSent({ state: 'recorded' });
    if (ack.error.code === 'ALREADY_VOTED') return setSent({ state: 'recorded' });
    const retry =
      ack.error.code === 'TIMEOUT' || ack.error.code === 'NETWORK' || ack.error.code === 'TRY_AGAIN';
    setSent({ state: 'failed', message: ack.error.message, retry, marks: m, opId });
  }

  return (
    <section
      className="card election-ballot"
      aria-labelledby={`ballot-${e.id}`}
      data-testid="election-ballot"
    >
      <h2 id={`ballot-${e.id}`}>{e.title}</h2>
      <p className="election-ballot__rule">
        {ballotTitle(round)} · secret ballot · mark up to {round.placesLeft} name
        {round.placesLeft === 1 ? '' : 's'}
      </p>
      {sent?.state === 'recorded' ? (
        <p className="election-ballot__done" role="status" data-testid="ballot-recorded">
          Your delegation’s ballot is recorded. How you voted is not kept with your name.
        </p>
      ) : (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            if (canVote) void send(marks, newOpId());
          }}
        >
          <fieldset className="election-ballot__names" disabled={!canVote || sent?.state === 'sending'}>
            <legend className="muted">Candidates</legend>
            {round.candidates.map((id) => {
              const checked = marks.includes(id);
              return (
                <label key={id} className={`election-ballot__name${checked ? ' is-marked' : ''}`}>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && full}
                    onChange={() => setMarks(checked ? marks.filter((m) => m !== id) : [...marks, id])}
                  />
                  <span>{candidateName(e, id)}</span>
                </label>
              );
            })}
          </fieldset>
          {canVote ? (
            <button
              type="submit"
              className="button button--primary election-ballot__cast"
              disabled={sent?.state === 'sending'}
            >
              {marks.length ? 'Cast the ballot' : 'Cast a blank ballot (abstention)'}
            </button>
          ) : (
            <p className="muted">Observers follow the ballot; they do not vote.</p>
          )}
        </form>
      )}
      {sent?.state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {sent.message}{' '}
          {sent.retry && (
            <button
              type="button"
              className="button button--small"
              onClick={() => void send(sent.marks, sent.opId)}
            >
              Send again
            </button>
          )}
        </p>
      )}
    </section>
  );
}

/** The pad's election ballots: shown while a round is open (keyed by round, so each starts blank). */
export function ElectionBallots({
  meetingId,
  principal,
  cast,
  newOpId = () => crypto.randomUUID(),
}: {
  meetingId: string | null;
  principal: Principal;
  cast: ElectionCastFn;
  newOpId?: () => string;
}) {
  const elections = useElections(meetingId);
  const open = (elections.data ?? []).filter((e) => e.openRound !== null);
  if (!open.length) return null;
  return (
    <div className="election-ballots">
      {open.map((e) => (
        <ElectionBallot
          key={`${e.id}:${e.openRound}`}
          election={e}
          canVote={principal.role === 'delegation'}
          cast={cast}
          newOpId={newOpId}
        />
      ))}
    </div>
  );
}
