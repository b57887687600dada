import type { Result } from '../errors';
import type { Ballot, Candidate, CandidateId, Election, Round, RoundCount, RoundTally } from './elections';

/** Helpers for the election specs (not exported from the package). */

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A State standing itself: id = state = its ISO3. */
export function stateCandidate(iso3: string, regionalGroup: string | null = null): Candidate {
  return { id: iso3, state: iso3, person: null, regionalGroup };
}

export function election(places: number, ids: readonly CandidateId[]): Election {
  return { places, candidates: ids.map((id) => stateCandidate(id)), withdrawals: [] };
}

/** [names marked, how many such ballots] → ballots. */
export type BallotGroup = [CandidateId[], number];

export function expand(groups: readonly BallotGroup[]): Ballot[] {
  return groups.flatMap(([marks, n]) => Array.from({ length: n }, () => ({ marks })));
}

export function tallyOf(count: RoundCount): RoundTally {
  return {
    votes: count.votes,
    presentAndVoting: count.presentAndVoting,
    blank: count.blank,
    invalid: count.invalid,
  };
}

/** A round as the rules announce it, for specs that need one without replaying an election. */
export function round(overrides: Partial<Round> & Pick<Round, 'candidates'>): Round {
  return { number: 1, kind: 'first', inSeries: 1, placesLeft: 1, tieBreak: 'further-ballot', ...overrides };
}
