import type { Ack, ElectionCastResult, ElectionView, Principal } from '@plenary/shared';
import { useState } from 'react';
import { useFormat, useT } from '../../../lib/locale/context';
import { useElections } from '../hooks/useElections';
import { ballotTitle, candidateName, type Words } from '../wording';
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
  const t = useT();
  const w: Words = { t, fmt: useFormat() };
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
        {t('election.ballot.rule', { ballot: ballotTitle(w, round), places: round.placesLeft })}
      </p>
      {sent?.state === 'recorded' ? (
        <p className="election-ballot__done" role="status" data-testid="ballot-recorded">
          {t('election.ballot.recorded')}
        </p>
      ) : (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            if (canVote) void send(marks, newOpId());
          }}
        >
          <fieldset className="election-ballot__names" disabled={!canVote || sent?.state === 'sending'}>
            <legend className="muted">{t('election.candidates')}</legend>
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
                  <span>{candidateName(w, e, id)}</span>
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
              {marks.length ? t('election.ballot.cast') : t('election.ballot.castBlank')}
            </button>
          ) : (
            <p className="muted">{t('election.ballot.observers')}</p>
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
              {t('election.ballot.sendAgain')}
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
