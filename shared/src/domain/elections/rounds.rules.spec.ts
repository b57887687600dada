import type { Election, Round, RoundRecord, RoundTally } from './elections';
import { countBallots } from './count.rules';
import { election, expand, tallyOf, unwrap, type BallotGroup } from './elections.fixtures';
import { electionState, nextRound, roundKind, tieBreakFor } from './rounds.rules';

/** Plays `groups` on the round the rules announce next and appends the record. */
function play(e: Election, history: RoundRecord[], groups: BallotGroup[]): Round {
  const step = unwrap(nextRound(e, history));
  if (step.step !== 'ballot') throw new Error(`expected a ballot, got ${step.step}`);
  history.push({ round: step.round, tally: tallyOf(countBallots(step.round, expand(groups))) });
  return step.round;
}

const errorOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('roundKind (GA rules 93 and 94, by position)', () => {
  it.each([
    [1, 1, 'first', 1],
    [1, 2, 'restricted', 1],
    [1, 3, 'restricted', 2],
    [3, 1, 'first', 1],
    [3, 2, 'restricted', 1],
    [3, 4, 'restricted', 3],
    [3, 5, 'free', 1],
    [3, 7, 'free', 3],
    [3, 8, 'restricted', 1],
    [3, 10, 'restricted', 3],
    [3, 11, 'free', 1],
    [2, 14, 'restricted', 1],
  ])('%i place(s), round %i: %s ballot %i of its series', (places, n, kind, inSeries) => {
    expect(roundKind(places, n)).toEqual({ kind, inSeries });
  });

  it('decides ties by lot only in the restricted ballot of a one-place election', () => {
    expect(tieBreakFor(1, 'restricted')).toBe('lot');
    expect(tieBreakFor(1, 'first')).toBe('further-ballot');
    expect(tieBreakFor(2, 'restricted')).toBe('further-ballot');
    expect(tieBreakFor(2, 'free')).toBe('further-ballot');
  });
});

describe('restricted lists', () => {
  it('hold at most twice the places left, the best placed by votes, never by row order', () => {
    const e = election(2, ['A', 'B', 'C', 'D', 'E', 'F']);
    const history: RoundRecord[] = [];
    play(e, history, [
      [['F', 'E'], 30],
      [['D', 'C'], 20],
      [['B', 'A'], 5],
      [['B'], 10],
    ]);
    const next = unwrap(nextRound(e, history));
    expect(next).toMatchObject({ step: 'ballot', round: { kind: 'restricted', placesLeft: 2 } });
    // Nobody has 2 × votes > 65. In the election's order for display; chosen by votes: F 30, E 30, D 20, C 20.
    expect(next.step === 'ballot' && next.round.candidates).toEqual(['C', 'D', 'E', 'F']);
  });

  it('shrink when a restricted ballot elects someone', () => {
    const e = election(2, ['A', 'B', 'C', 'D', 'E']);
    const history: RoundRecord[] = [];
    play(e, history, [
      [['A', 'B'], 4],
      [['C', 'D'], 4],
      [['E'], 2],
    ]);
    play(e, history, [
      [['A', 'B'], 6],
      [['C', 'D'], 4],
    ]);
    // A and B had 6 of 10: both elected in round 2; nothing left.
    expect(unwrap(nextRound(e, history))).toMatchObject({ step: 'done', unfilled: 0 });
  });

  it('rank only those on the previous ballot', () => {
    const e = election(1, ['A', 'B', 'C']);
    const history: RoundRecord[] = [];
    play(e, history, [
      [['A'], 4],
      [['B'], 4],
      [['C'], 2],
    ]);
    expect(play(e, history, [[[], 10]]).candidates).toEqual(['A', 'B']);
    // Nobody named anyone in round 2: the same restricted ballot again, C does not come back.
    expect(unwrap(nextRound(e, history))).toMatchObject({
      step: 'ballot',
      round: { number: 3, kind: 'restricted', candidates: ['A', 'B'], tieBreak: 'lot' },
    });
  });

  it('fall back to every candidate standing when none on the previous ballot stands', () => {
    const e = election(1, ['A', 'B', 'C', 'D']);
    const history: RoundRecord[] = [];
    play(e, history, [
      [['A'], 4],
      [['B'], 3],
      [['C'], 2],
      [['D'], 1],
    ]);
    expect(play(e, history, [[[], 10]]).candidates).toEqual(['A', 'B']);
    const later: Election = {
      ...e,
      withdrawals: [
        { candidateId: 'A', beforeRound: 3 },
        { candidateId: 'B', beforeRound: 3 },
      ],
    };
    expect(unwrap(nextRound(later, history))).toMatchObject({
      step: 'ballot',
      round: { number: 3, kind: 'restricted', candidates: ['C', 'D'] },
    });
  });
});

describe('the end of an election', () => {
  it('leaves places unfilled when nobody stands any more', () => {
    const e: Election = { ...election(2, ['A', 'B']), withdrawals: [{ candidateId: 'B', beforeRound: 2 }] };
    const history: RoundRecord[] = [];
    play(e, history, [
      [['A'], 6],
      [['B'], 4],
    ]);
    expect(unwrap(nextRound(e, history))).toEqual({
      step: 'done',
      elected: [{ candidateId: 'A', round: 1, by: 'majority', votes: 6 }],
      unfilled: 1,
    });
  });

  it('is done before any ballot when every candidate withdrew', () => {
    const e: Election = { ...election(1, ['A']), withdrawals: [{ candidateId: 'A', beforeRound: 1 }] };
    expect(unwrap(nextRound(e, []))).toEqual({ step: 'done', elected: [], unfilled: 1 });
  });
});

describe('the record is replayed, and refused where it differs from the rules', () => {
  const e = election(1, ['A', 'B', 'C']);
  const first = (): RoundRecord[] => {
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A'], 5],
      [['B'], 3],
      [['C'], 3],
    ]);
    return h;
  };

  it('refuses a recorded round with other candidates', () => {
    const h = first();
    const r2 = {
      ...h[0].round,
      number: 2,
      kind: 'restricted' as const,
      inSeries: 1,
      tieBreak: 'lot' as const,
    };
    h[0].lotSeed = 'seed';
    h.push({ round: { ...r2, candidates: ['A', 'C', 'B'] }, tally: { ...h[0].tally } });
    expect(errorOf(nextRound(e, h))).toBe('ELECTION_HISTORY_MISMATCH');
  });

  it('refuses a round recorded before the lot the rules called for', () => {
    const h = first();
    expect(unwrap(nextRound(e, h))).toMatchObject({
      step: 'lot',
      lot: { purpose: 'restricted-list', slots: 1 },
    });
    const t: RoundTally = { votes: { A: 1, B: 1 }, presentAndVoting: 2, blank: 0, invalid: 0 };
    const r2: Round = {
      number: 2,
      kind: 'restricted',
      inSeries: 1,
      candidates: ['A', 'B'],
      placesLeft: 1,
      tieBreak: 'lot',
    };
    expect(errorOf(nextRound(e, [...h, { round: r2, tally: t }]))).toBe('ELECTION_HISTORY_MISMATCH');
  });

  it('refuses a round recorded after the election was complete', () => {
    const h: RoundRecord[] = [];
    play(e, h, [[['A'], 9]]);
    const again = { round: { ...h[0].round, number: 2 }, tally: h[0].tally };
    expect(errorOf(nextRound(e, [...h, again]))).toBe('ELECTION_HISTORY_MISMATCH');
  });

  it('refuses an impossible tally and a malformed seed', () => {
    const h = first();
    expect(errorOf(nextRound(e, [{ ...h[0], tally: { ...h[0].tally, presentAndVoting: 2 } }]))).toBe(
      'INVALID_TALLY',
    );
    expect(errorOf(nextRound(e, [{ ...h[0], lotSeed: 'not a seed' }]))).toBe('INVALID_LOT_SEED');
  });

  it('refuses an elected candidate recorded as withdrawn later', () => {
    const h: RoundRecord[] = [];
    play(e, h, [[['A'], 9]]);
    const withdrawn: Election = { ...e, withdrawals: [{ candidateId: 'A', beforeRound: 2 }] };
    expect(errorOf(nextRound(withdrawn, h))).toBe('INVALID_WITHDRAWAL');
  });

  it('ignores a recorded seed no lot needs', () => {
    const h: RoundRecord[] = [];
    play(e, h, [
      [['A'], 5],
      [['B'], 4],
      [['C'], 2],
    ]);
    const plain = unwrap(nextRound(e, h));
    expect(unwrap(nextRound(e, [{ ...h[0], lotSeed: 'unused' }]))).toEqual(plain);
  });

  it('reports the elected so far, the places left and who still stands', () => {
    const three = election(3, ['A', 'B', 'C', 'D', 'E']);
    const h: RoundRecord[] = [];
    play(three, h, [
      [['A', 'B', 'C'], 6],
      [['D', 'E'], 4],
    ]);
    expect(unwrap(electionState(three, h))).toMatchObject({
      elected: [{ candidateId: 'A' }, { candidateId: 'B' }, { candidateId: 'C' }],
      placesLeft: 0,
      standing: ['D', 'E'],
      next: { step: 'done', unfilled: 0 },
    });
  });
});
