import type { Result } from '../errors';
import type { CandidateId, CandidateWithdrawal, Election, RoundRecord } from './elections';
import { electionFail } from './elections.errors';
import { electionState } from './rounds.rules';

export type AcclamationCheck = {
  available: boolean;
  /** The candidates the meeting would elect by acclamation (when available). */
  candidates: CandidateId[];
  placesLeft: number;
  /** Why not, when not available. */
  reason: string | null;
};

/**
 * Election by acclamation (DOMAIN.md §3, §8): offered when the candidates standing equal the places
 * left, before the first ballot or between ballots; the meeting then agrees (a decision the server
 * records) and the server sets `acclaimedBeforeRound` to the round that would have come next.
 */
export function acclamation(election: Election, history: readonly RoundRecord[]): Result<AcclamationCheck> {
  const state = electionState(election, history);
  if (!state.ok) return state;
  const { standing, placesLeft, next } = state.value;
  const no = (reason: string): Result<AcclamationCheck> => ({
    ok: true,
    value: { available: false, candidates: [], placesLeft, reason },
  });
  if (next.step === 'done') return no('the election is complete');
  if (next.step === 'lot' && next.lot.purpose === 'tie-for-place') {
    return no(`the lot completing round ${next.lot.afterRound} is drawn first`);
  }
  if (standing.length !== placesLeft) {
    return no(`${standing.length} candidates stand for ${placesLeft} place${placesLeft === 1 ? '' : 's'}`);
  }
  return { ok: true, value: { available: true, candidates: standing, placesLeft, reason: null } };
}

/** The election with the meeting's agreement to elect by acclamation recorded, or the refusal. */
export function electByAcclamation(election: Election, history: readonly RoundRecord[]): Result<Election> {
  const check = acclamation(election, history);
  if (!check.ok) return check;
  if (!check.value.available) {
    return electionFail('ACCLAMATION_NOT_AVAILABLE', `no acclamation: ${check.value.reason ?? ''}`);
  }
  return { ok: true, value: { ...election, acclaimedBeforeRound: history.length + 1 } };
}

/**
 * A candidate withdrawn between rounds: off every ballot from the next round, whose list is
 * recomputed. Refused once the election is complete, for a candidate no longer standing, and while
 * a lot that completes a counted round is pending (the lot is drawn among the tied as counted).
 * The server must also refuse while a round is open: a withdrawal takes effect between ballots.
 */
export function withdrawCandidate(
  election: Election,
  history: readonly RoundRecord[],
  candidateId: CandidateId,
): Result<Election> {
  const state = electionState(election, history);
  if (!state.ok) return state;
  const { next, standing } = state.value;
  if (!election.candidates.some((c) => c.id === candidateId)) {
    return electionFail('UNKNOWN_CANDIDATE', `${candidateId} is not a candidate`, 'candidateId');
  }
  if (next.step === 'done')
    return electionFail('ELECTION_COMPLETE', 'the election is complete', 'candidateId');
  if (next.step === 'lot' && next.lot.purpose === 'tie-for-place') {
    return electionFail(
      'LOT_PENDING',
      `the lot completing round ${next.lot.afterRound} is drawn before any withdrawal`,
      'candidateId',
    );
  }
  if (!standing.includes(candidateId) || election.withdrawals.some((w) => w.candidateId === candidateId)) {
    return electionFail(
      'CANDIDATE_NOT_STANDING',
      `${candidateId} is elected or already withdrawn`,
      'candidateId',
    );
  }
  const withdrawal: CandidateWithdrawal = { candidateId, beforeRound: history.length + 1 };
  return { ok: true, value: { ...election, withdrawals: [...election.withdrawals, withdrawal] } };
}
