import type { Result } from '../errors';
import type {
  Ballot,
  BallotClass,
  CandidateId,
  CandidateResult,
  Elected,
  InvalidReason,
  LotNeed,
  Round,
  RoundCount,
  RoundTally,
} from './elections';
import { electionFail } from './elections.errors';
import { drawLot } from './lot.rules';

/**
 * Counting one ballot (DOMAIN.md §4 and §8), integers only.
 *
 * present and voting (pv) = valid ballots that name at least one candidate. Blank ballots are
 * abstentions and invalid ballots are not counted: neither is "voting".
 * A candidate has the majority when 2 × votes > pv, i.e. votes ≥ ⌊pv / 2⌋ + 1. With several
 * places a ballot names up to `placesLeft` candidates, so the votes can sum to more than pv; the
 * majority is still of the ballots, as GA rule 94 counts it. With pv = 0 nobody has a majority.
 */
export function hasMajority(votes: number, presentAndVoting: number): boolean {
  return presentAndVoting > 0 && 2 * votes > presentAndVoting;
}

export function requiredMajority(presentAndVoting: number): number {
  return Math.floor(presentAndVoting / 2) + 1;
}

/** Blank: no name. Invalid: more names than places left, a name not on this ballot, or a name twice. */
export function classifyBallot(
  round: Round,
  ballot: Ballot,
): { class: BallotClass; reason: InvalidReason | null } {
  const marks = ballot.marks;
  if (marks.length === 0) return { class: 'blank', reason: null };
  if (marks.length > round.placesLeft) return { class: 'invalid', reason: 'too-many-names' };
  const onBallot = new Set(round.candidates);
  if (marks.some((m) => !onBallot.has(m))) return { class: 'invalid', reason: 'not-on-ballot' };
  if (new Set(marks).size !== marks.length) return { class: 'invalid', reason: 'same-name-twice' };
  return { class: 'valid', reason: null };
}

/**
 * What a server may refuse when a ballot is cast: a name not on this round's ballot, or the same
 * name twice, can only come from a faulty client. Too many names is accepted: a delegation may
 * spoil its ballot, which then counts as invalid.
 */
export function checkBallot(round: Round, marks: readonly CandidateId[]): Result<Ballot> {
  const onBallot = new Set(round.candidates);
  const stranger = marks.find((m) => !onBallot.has(m));
  if (stranger !== undefined) {
    return electionFail(
      'NOT_ON_BALLOT',
      `${stranger} is not on the ballot of round ${round.number}`,
      'marks',
    );
  }
  if (new Set(marks).size !== marks.length) {
    return electionFail('DUPLICATE_MARK', 'a ballot names each candidate at most once', 'marks');
  }
  return { ok: true, value: { marks: [...marks] } };
}

export function tallyBallots(round: Round, ballots: readonly Ballot[]): RoundTally {
  const votes: Record<CandidateId, number> = {};
  for (const id of round.candidates) votes[id] = 0;
  let presentAndVoting = 0;
  let blank = 0;
  let invalid = 0;
  for (const ballot of ballots) {
    const c = classifyBallot(round, ballot).class;
    if (c === 'blank') blank++;
    else if (c === 'invalid') invalid++;
    else {
      presentAndVoting++;
      for (const m of ballot.marks) votes[m] += 1;
    }
  }
  return { votes, presentAndVoting, blank, invalid };
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** A stored or hand-entered tally must be one that some set of ballots could give. */
export function validateRoundTally(round: Round, tally: RoundTally, field = 'tally'): Result<RoundTally> {
  const bad = (why: string) =>
    electionFail<RoundTally>('INVALID_TALLY', `round ${round.number}: ${why}`, field);
  for (const k of ['presentAndVoting', 'blank', 'invalid'] as const) {
    if (!isCount(tally[k])) return bad(`${k} must be a whole number, zero or more`);
  }
  const onBallot = new Set(round.candidates);
  for (const id of Object.keys(tally.votes)) {
    if (!onBallot.has(id)) return bad(`votes for ${id}, who is not on the ballot`);
  }
  let sum = 0;
  for (const id of round.candidates) {
    const v = tally.votes[id];
    if (!isCount(v)) return bad(`votes for ${id} must be a whole number, zero or more`);
    if (v > tally.presentAndVoting) return bad(`${id} has more votes than ballots naming anyone`);
    sum += v;
  }
  const perBallot = Math.min(round.placesLeft, round.candidates.length);
  if (sum < tally.presentAndVoting) return bad('fewer votes than ballots naming a candidate');
  if (sum > tally.presentAndVoting * perBallot) return bad(`more than ${perBallot} names per ballot`);
  return { ok: true, value: tally };
}

export type VoteEntry = { candidateId: CandidateId; votes: number };

/** The best `n` by votes. When equal votes straddle the cut, `tied` is that group and `slots` of them would fit. */
export type Cut = { sure: CandidateId[]; tied: CandidateId[]; slots: number };

export function cutAt(entries: readonly VoteEntry[], n: number): Cut {
  const sorted = [...entries].sort((a, b) => b.votes - a.votes);
  if (sorted.length <= n) return { sure: sorted.map((e) => e.candidateId), tied: [], slots: 0 };
  if (n <= 0) return { sure: [], tied: [], slots: 0 };
  const edge = sorted[n - 1].votes;
  if (sorted[n].votes !== edge)
    return { sure: sorted.slice(0, n).map((e) => e.candidateId), tied: [], slots: 0 };
  const sure = sorted.filter((e) => e.votes > edge).map((e) => e.candidateId);
  const tied = sorted.filter((e) => e.votes === edge).map((e) => e.candidateId);
  return { sure, tied, slots: n - sure.length };
}

/**
 * Who a counted round elects. Those with the majority are elected, up to the places left, most
 * votes first; a tie straddling the last place elects none of the tied (the place goes to the next
 * ballot: never the order of rows). In the restricted ballot of a one-place election
 * (tieBreak 'lot') equal votes at the top are decided by lot: without `lotSeed` the round reports
 * the lot it needs and elects nobody yet.
 */
export function decideRound(
  round: Round,
  tally: RoundTally,
  lotSeed?: string | null,
): { results: CandidateResult[]; elected: Elected[]; lot: LotNeed | null } {
  const pv = tally.presentAndVoting;
  const results = round.candidates.map((candidateId) => {
    const votes = tally.votes[candidateId] ?? 0;
    return { candidateId, votes, majority: hasMajority(votes, pv) };
  });
  const votesOf = new Map(results.map((r) => [r.candidateId, r.votes]));
  const byVotes = (ids: CandidateId[]) => results.filter((r) => ids.includes(r.candidateId));
  const cut = cutAt(
    results.filter((r) => r.majority),
    round.placesLeft,
  );
  const elected: Elected[] = byVotes(cut.sure)
    .sort((a, b) => b.votes - a.votes)
    .map((r) => ({ candidateId: r.candidateId, round: round.number, by: 'majority', votes: r.votes }));
  if (elected.length > 0 || round.tieBreak !== 'lot' || pv === 0) return { results, elected, lot: null };

  const top = Math.max(...results.map((r) => r.votes));
  const tied = results.filter((r) => r.votes === top).map((r) => r.candidateId);
  if (tied.length < 2) return { results, elected, lot: null };
  const lot: LotNeed = { purpose: 'tie-for-place', afterRound: round.number, tied, slots: round.placesLeft };
  if (lotSeed === undefined || lotSeed === null) return { results, elected, lot };
  const byLot: Elected[] = drawLot(lotSeed, tied, lot.slots).drawn.map((candidateId) => ({
    candidateId,
    round: round.number,
    by: 'lot',
    votes: votesOf.get(candidateId) ?? 0,
  }));
  return { results, elected: byLot, lot: null };
}

/** A round's count from its tally (stored, or entered from paper ballots). */
export function describeCount(round: Round, tally: RoundTally, lotSeed?: string | null): RoundCount {
  const { results, elected, lot } = decideRound(round, tally, lotSeed);
  const valid = tally.presentAndVoting + tally.blank;
  return {
    ...tally,
    round: round.number,
    cast: valid + tally.invalid,
    valid,
    requiredMajority: requiredMajority(tally.presentAndVoting),
    results,
    elected,
    lot,
  };
}

/** Counts the ballots of one round: per candidate, valid, invalid, blank, the majority, who is elected. */
export function countBallots(round: Round, ballots: readonly Ballot[], lotSeed?: string | null): RoundCount {
  return describeCount(round, tallyBallots(round, ballots), lotSeed);
}
