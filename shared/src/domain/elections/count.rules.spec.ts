import type { RoundTally } from './elections';
import {
  checkBallot,
  classifyBallot,
  countBallots,
  cutAt,
  decideRound,
  describeCount,
  hasMajority,
  requiredMajority,
  validateRoundTally,
} from './count.rules';
import { expand, round } from './elections.fixtures';

const abc = round({ candidates: ['A', 'B', 'C'], placesLeft: 2 });

describe('majority of present and voting (2 × votes > present and voting)', () => {
  it.each([
    [0, 0, false, 1],
    [1, 1, true, 1],
    [1, 0, false, 1],
    [2, 1, false, 2],
    [2, 2, true, 2],
    [3, 2, true, 2],
    [150, 75, false, 76],
    [150, 76, true, 76],
    [155, 78, true, 78],
    [161, 80, false, 81],
    [161, 81, true, 81],
  ])('present and voting %i, votes %i: majority %s, required %i', (pv, votes, majority, required) => {
    expect(hasMajority(votes, pv)).toBe(majority);
    expect(requiredMajority(pv)).toBe(required);
  });
});

describe('classifyBallot', () => {
  it.each([
    [[], 'blank', null],
    [['A'], 'valid', null],
    [['A', 'C'], 'valid', null],
    [['A', 'B', 'C'], 'invalid', 'too-many-names'],
    [['A', 'B', 'X'], 'invalid', 'too-many-names'],
    [['X'], 'invalid', 'not-on-ballot'],
    [['A', 'A'], 'invalid', 'same-name-twice'],
  ])('%j on a ballot for two places is %s (%s)', (marks, cls, reason) => {
    expect(classifyBallot(abc, { marks })).toEqual({ class: cls, reason });
  });
});

describe('checkBallot (what a server refuses at casting)', () => {
  it('refuses a name not on this round', () => {
    const r = checkBallot(abc, ['A', 'Z']);
    expect(r.ok || r.error).toMatchObject({ code: 'NOT_ON_BALLOT', field: 'marks' });
  });

  it('refuses the same name twice', () => {
    const r = checkBallot(abc, ['B', 'B']);
    expect(r.ok || r.error).toMatchObject({ code: 'DUPLICATE_MARK' });
  });

  it('accepts a ballot with too many names: spoiling a ballot is a right, it counts as invalid', () => {
    expect(checkBallot(abc, ['A', 'B', 'C'])).toEqual({ ok: true, value: { marks: ['A', 'B', 'C'] } });
  });

  it('accepts a blank ballot', () => {
    expect(checkBallot(abc, [])).toEqual({ ok: true, value: { marks: [] } });
  });
});

describe('countBallots', () => {
  it('counts per candidate, valid, invalid, blank and the required majority', () => {
    const ballots = expand([
      [['A', 'B'], 4],
      [['C'], 3],
      [[], 2],
      [['A', 'B', 'C'], 1],
      [['A', 'A'], 1],
    ]);
    const c = countBallots(abc, ballots);
    expect(c).toMatchObject({
      round: 1,
      cast: 11,
      valid: 9,
      invalid: 2,
      blank: 2,
      presentAndVoting: 7,
      requiredMajority: 4,
      votes: { A: 4, B: 4, C: 3 },
    });
    expect(c.results).toEqual([
      { candidateId: 'A', votes: 4, majority: true },
      { candidateId: 'B', votes: 4, majority: true },
      { candidateId: 'C', votes: 3, majority: false },
    ]);
    expect(c.elected.map((e) => e.candidateId)).toEqual(['A', 'B']);
  });

  it('elects nobody when every ballot is blank', () => {
    const c = countBallots(abc, expand([[[], 5]]));
    expect(c).toMatchObject({ presentAndVoting: 0, blank: 5, elected: [], lot: null });
  });

  it('describes the same count from a stored tally', () => {
    const ballots = expand([
      [['A'], 3],
      [['B', 'C'], 2],
      [[], 1],
    ]);
    const c = countBallots(abc, ballots);
    expect(describeCount(abc, { votes: c.votes, presentAndVoting: 5, blank: 1, invalid: 0 })).toEqual(c);
  });
});

describe('validateRoundTally (a stored or hand-entered tally some ballots could give)', () => {
  const good: RoundTally = { votes: { A: 5, B: 3, C: 2 }, presentAndVoting: 6, blank: 1, invalid: 0 };
  it('accepts a possible tally', () => {
    expect(validateRoundTally(abc, good).ok).toBe(true);
  });

  it.each<[string, RoundTally]>([
    ['votes for someone not on the ballot', { ...good, votes: { ...good.votes, Z: 1 } }],
    ['a candidate missing', { ...good, votes: { A: 5, B: 3 } }],
    ['negative votes', { ...good, votes: { ...good.votes, C: -1 } }],
    ['fractional votes', { ...good, votes: { ...good.votes, C: 1.5 } }],
    ['negative blank', { ...good, blank: -1 }],
    ['more votes than ballots naming anyone', { ...good, votes: { A: 7, B: 3, C: 2 } }],
    ['fewer votes than ballots naming anyone', { ...good, votes: { A: 2, B: 2, C: 1 } }],
    ['more names than places per ballot', { ...good, votes: { A: 6, B: 6, C: 1 } }],
  ])('refuses %s', (_what, tally) => {
    const r = validateRoundTally(abc, tally);
    expect(r.ok || r.error.code).toBe('INVALID_TALLY');
  });
});

describe('cutAt (the best n by votes; equal votes across the cut are a group)', () => {
  const e = (pairs: [string, number][]) => pairs.map(([candidateId, votes]) => ({ candidateId, votes }));
  it.each([
    ['fewer entries than n', e([['A', 3]]), 2, { sure: ['A'], tied: [], slots: 0 }],
    [
      'a clean cut',
      e([
        ['C', 1],
        ['A', 5],
        ['B', 3],
      ]),
      2,
      { sure: ['A', 'B'], tied: [], slots: 0 },
    ],
    [
      'a tie across the cut',
      e([
        ['A', 5],
        ['B', 3],
        ['C', 3],
      ]),
      2,
      { sure: ['A'], tied: ['B', 'C'], slots: 1 },
    ],
    [
      'a tie inside the cut',
      e([
        ['A', 5],
        ['B', 5],
        ['C', 3],
      ]),
      2,
      { sure: ['A', 'B'], tied: [], slots: 0 },
    ],
    [
      'all tied',
      e([
        ['A', 4],
        ['B', 4],
        ['C', 4],
      ]),
      2,
      { sure: [], tied: ['A', 'B', 'C'], slots: 2 },
    ],
    ['n = 0', e([['A', 4]]), 0, { sure: [], tied: [], slots: 0 }],
  ])('%s', (_what, entries, n, expected) => {
    expect(cutAt(entries, n)).toEqual(expected);
  });
});

describe('decideRound', () => {
  const votes = (v: Record<string, number>, pv: number): RoundTally => ({
    votes: v,
    presentAndVoting: pv,
    blank: 0,
    invalid: 0,
  });

  it('with more majorities than places, elects the most votes', () => {
    const d = decideRound(abc, votes({ A: 9, B: 8, C: 7 }, 10));
    expect(d.elected.map((e) => e.candidateId)).toEqual(['A', 'B']);
  });

  it('elects none of those tied across the last place, whatever their row order', () => {
    for (const candidates of [
      ['A', 'B', 'C'],
      ['C', 'B', 'A'],
      ['B', 'A', 'C'],
    ]) {
      const d = decideRound({ ...abc, candidates }, votes({ A: 9, B: 8, C: 8 }, 10));
      expect(d.elected.map((e) => e.candidateId)).toEqual(['A']);
      expect(d.lot).toBeNull();
    }
  });

  it('elects everyone tied when they all fit', () => {
    const d = decideRound(abc, votes({ A: 8, B: 8, C: 2 }, 10));
    expect(d.elected.map((e) => e.candidateId).sort()).toEqual(['A', 'B']);
  });

  it('calls for a lot on a tie in the restricted ballot of a one-place election', () => {
    const r = round({ number: 2, kind: 'restricted', candidates: ['A', 'B'], tieBreak: 'lot' });
    expect(decideRound(r, votes({ A: 5, B: 5 }, 10))).toMatchObject({
      elected: [],
      lot: { purpose: 'tie-for-place', afterRound: 2, tied: ['A', 'B'], slots: 1 },
    });
    const settled = decideRound(r, votes({ A: 5, B: 5 }, 10), 'seed-1');
    expect(settled.lot).toBeNull();
    expect(settled.elected).toHaveLength(1);
    expect(settled.elected[0]).toMatchObject({ by: 'lot', round: 2, votes: 5 });
  });

  it('draws no lot when nobody named anyone: the ballot is held again', () => {
    const r = round({ number: 2, kind: 'restricted', candidates: ['A', 'B'], tieBreak: 'lot' });
    expect(decideRound(r, votes({ A: 0, B: 0 }, 0))).toMatchObject({ elected: [], lot: null });
  });

  it('never draws lots on a tie when the next ballot decides (several places)', () => {
    const r = round({ number: 2, kind: 'restricted', candidates: ['A', 'B'], tieBreak: 'further-ballot' });
    expect(decideRound(r, votes({ A: 5, B: 5 }, 10), 'seed-1')).toMatchObject({ elected: [], lot: null });
  });
});
