import type { IsoDate } from '../dates/dates';
import type { Result } from '../errors';
import type { StateRecord } from '../membership/membership';
import { isStateParty } from '../membership/membership.rules';
import type { Candidate, Election } from './elections';
import { electionFail } from './elections.errors';

const isWhole = (n: unknown, min: number): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= min;

/**
 * The election's own data: places a whole number from 1, at least one candidate, ids unique, a
 * State standing at most once, each withdrawal naming a candidate once and a round from 1.
 * Fewer candidates than places is allowed: the places nobody fills stay vacant (`unfilled`).
 */
export function validateElection(election: Election): Result<Election> {
  if (!isWhole(election.places, 1)) {
    return electionFail('INVALID_PLACES', 'places must be a whole number, at least 1', 'places');
  }
  if (election.candidates.length === 0) {
    return electionFail('NO_CANDIDATES', 'an election needs at least one candidate', 'candidates');
  }
  const ids = new Set<string>();
  const standingStates = new Set<string>();
  for (const [i, c] of election.candidates.entries()) {
    if (ids.has(c.id)) {
      return electionFail('DUPLICATE_CANDIDATE', `candidate ${c.id} is listed twice`, `candidates.${i}.id`);
    }
    ids.add(c.id);
    if (c.person === null) {
      if (standingStates.has(c.state)) {
        return electionFail('DUPLICATE_CANDIDATE', `${c.state} stands twice`, `candidates.${i}.state`);
      }
      standingStates.add(c.state);
    }
  }
  const withdrawn = new Set<string>();
  for (const [i, w] of election.withdrawals.entries()) {
    const field = `withdrawals.${i}`;
    if (!ids.has(w.candidateId)) {
      return electionFail('UNKNOWN_CANDIDATE', `${w.candidateId} is not a candidate`, `${field}.candidateId`);
    }
    if (withdrawn.has(w.candidateId)) {
      return electionFail(
        'INVALID_WITHDRAWAL',
        `${w.candidateId} is withdrawn twice`,
        `${field}.candidateId`,
      );
    }
    withdrawn.add(w.candidateId);
    if (!isWhole(w.beforeRound, 1)) {
      return electionFail(
        'INVALID_WITHDRAWAL',
        'beforeRound must be a whole number, at least 1',
        `${field}.beforeRound`,
      );
    }
  }
  const acclaimed = election.acclaimedBeforeRound;
  if (acclaimed !== undefined && acclaimed !== null && !isWhole(acclaimed, 1)) {
    return electionFail(
      'ACCLAMATION_NOT_AVAILABLE',
      'acclaimedBeforeRound must be a round number, from 1',
      'acclaimedBeforeRound',
    );
  }
  return { ok: true, value: election };
}

/**
 * Only a State Party can be elected, or nominate a person (issue #12: "a State that is not a State
 * Party on the date cannot be elected"): each candidate's State must be a State Party on the
 * election's date (DOMAIN.md §1).
 */
export function validateCandidacy(
  candidates: readonly Candidate[],
  states: readonly StateRecord[],
  date: IsoDate,
): Result<readonly Candidate[]> {
  const byIso3 = new Map(states.map((s) => [s.iso3, s]));
  for (const [i, c] of candidates.entries()) {
    const state = byIso3.get(c.state);
    if (state === undefined) {
      return electionFail('UNKNOWN_STATE', `${c.state} is not in the register`, `candidates.${i}.state`);
    }
    if (!isStateParty(state, date)) {
      const who = c.person === null ? state.name : `${c.person}, nominated by ${state.name},`;
      return electionFail(
        'NOT_A_PARTY',
        `${who} cannot stand: ${state.name} is not a State Party on ${date}`,
        `candidates.${i}.state`,
      );
    }
  }
  return { ok: true, value: candidates };
}
