import type { Election, RoundRecord } from './elections';
import { countBallots } from './count.rules';
import { election, expand, tallyOf, unwrap, type BallotGroup } from './elections.fixtures';
import { nextRound } from './rounds.rules';
import { acclamation, electByAcclamation, withdrawCandidate } from './standing.rules';

function play(e: Election, history: RoundRecord[], groups: BallotGroup[]): void {
  const step = unwrap(nextRound(e, history));
  if (step.step !== 'ballot') throw new Error(`expected a ballot, got ${step.step}`);
  history.push({ round: step.round, tally: tallyOf(countBallots(step.round, expand(groups))) });
}

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('acclamation', () => {
  it('is available when the candidates equal the places', () => {
    expect(unwrap(acclamation(election(2, ['A', 'B']), []))).toEqual({
      available: true,
      candidates: ['A', 'B'],
      placesLeft: 2,
      reason: null,
    });
  });

  it('is not available when more candidates stand than places', () => {
    expect(unwrap(acclamation(election(1, ['A', 'B']), []))).toMatchObject({
      available: false,
      reason: '2 candidates stand for 1 place',
    });
  });

  it('becomes available between ballots once withdrawals leave as many candidates as places', () => {
    const e = election(3, ['A', 'B', 'C', 'D', 'E']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A', 'B'], 6],
      [['C', 'D', 'E'], 4],
    ]);
    expect(unwrap(acclamation(e, h))).toMatchObject({
      available: false,
      reason: '3 candidates stand for 1 place',
    });
    const fewer = unwrap(withdrawCandidate(unwrap(withdrawCandidate(e, h, 'D')), h, 'E'));
    expect(unwrap(acclamation(fewer, h))).toEqual({
      available: true,
      candidates: ['C'],
      placesLeft: 1,
      reason: null,
    });
  });

  it('is not available once the election is complete', () => {
    const e = election(2, ['A', 'B', 'C']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A', 'B'], 6],
      [['C'], 4],
    ]);
    expect(unwrap(acclamation(e, h))).toMatchObject({ available: false, reason: 'the election is complete' });
  });

  it('elects by acclamation once the meeting agrees, and the engine ends there', () => {
    const e = election(3, ['A', 'B', 'C', 'D']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A', 'B'], 6],
      [['C', 'D'], 4],
    ]);
    const fewer = unwrap(withdrawCandidate(e, h, 'D'));
    const agreed = unwrap(electByAcclamation(fewer, h));
    expect(agreed.acclaimedBeforeRound).toBe(2);
    expect(unwrap(nextRound(agreed, h))).toEqual({
      step: 'done',
      elected: [
        { candidateId: 'A', round: 1, by: 'majority', votes: 6 },
        { candidateId: 'B', round: 1, by: 'majority', votes: 6 },
        { candidateId: 'C', round: 2, by: 'acclamation', votes: null },
      ],
      unfilled: 0,
    });
  });

  it('is refused when not available, and a recorded acclamation that was not available is refused', () => {
    expect(codeOf(electByAcclamation(election(1, ['A', 'B']), []))).toBe('ACCLAMATION_NOT_AVAILABLE');
    const forced: Election = { ...election(1, ['A', 'B']), acclaimedBeforeRound: 1 };
    expect(codeOf(nextRound(forced, []))).toBe('ACCLAMATION_NOT_AVAILABLE');
  });

  it('refuses a ballot recorded after the acclamation', () => {
    const e = election(1, ['A']);
    const h: RoundRecord[] = [];
    play(e, h, [[[], 3]]);
    expect(codeOf(nextRound({ ...e, acclaimedBeforeRound: 1 }, h))).toBe('ELECTION_HISTORY_MISMATCH');
  });
});

describe('withdrawCandidate', () => {
  it('takes the candidate off the next ballot and every later one', () => {
    const e = election(1, ['A', 'B', 'C']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A'], 4],
      [['B'], 3],
      [['C'], 2],
    ]);
    const w = unwrap(withdrawCandidate(e, h, 'A'));
    expect(w.withdrawals).toEqual([{ candidateId: 'A', beforeRound: 2 }]);
    expect(unwrap(nextRound(w, h))).toMatchObject({ step: 'ballot', round: { candidates: ['B', 'C'] } });
  });

  it('refuses an unknown candidate, one already withdrawn or elected, and after the end', () => {
    const e = election(2, ['A', 'B', 'C']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A'], 6],
      [['B', 'C'], 4],
    ]);
    expect(codeOf(withdrawCandidate(e, h, 'Z'))).toBe('UNKNOWN_CANDIDATE');
    expect(codeOf(withdrawCandidate(e, h, 'A'))).toBe('CANDIDATE_NOT_STANDING');
    const once = unwrap(withdrawCandidate(e, h, 'B'));
    expect(codeOf(withdrawCandidate(once, h, 'B'))).toBe('CANDIDATE_NOT_STANDING');
    play(once, h, [[['C'], 9]]);
    expect(codeOf(withdrawCandidate(once, h, 'C'))).toBe('ELECTION_COMPLETE');
  });

  it('waits while a lot completing a counted round is pending', () => {
    const e = election(1, ['A', 'B', 'C']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A'], 4],
      [['B'], 3],
      [['C'], 2],
    ]);
    play(e, h, [
      [['A'], 5],
      [['B'], 5],
    ]);
    expect(unwrap(nextRound(e, h))).toMatchObject({ step: 'lot', lot: { purpose: 'tie-for-place' } });
    expect(codeOf(withdrawCandidate(e, h, 'A'))).toBe('LOT_PENDING');
    expect(unwrap(acclamation(e, h))).toMatchObject({
      available: false,
      reason: 'the lot completing round 2 is drawn first',
    });
  });

  it('may recompute a restricted list whose lot is pending', () => {
    const e = election(1, ['A', 'B', 'C']);
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A'], 4],
      [['B'], 3],
      [['C'], 3],
    ]);
    expect(unwrap(nextRound(e, h))).toMatchObject({ step: 'lot', lot: { purpose: 'restricted-list' } });
    const w = unwrap(withdrawCandidate(e, h, 'C'));
    expect(unwrap(nextRound(w, h))).toMatchObject({ step: 'ballot', round: { candidates: ['A', 'B'] } });
  });
});
