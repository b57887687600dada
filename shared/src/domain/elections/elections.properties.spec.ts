import fc from 'fast-check';
import type { Ballot, Election, Round, RoundRecord } from './elections';
import { countBallots, hasMajority } from './count.rules';
import { election, tallyOf, unwrap } from './elections.fixtures';
import { electionState } from './rounds.rules';
import { withdrawCandidate } from './standing.rules';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
const MAX_STEPS = 40;

/** Random ballots for a round: blank, spoiled, or naming 1..placesLeft of its candidates. */
function ballotsFor(g: fc.GeneratorValue, r: Round, biased: boolean): Ballot[] {
  const n = g(fc.integer, { min: 0, max: 25 });
  const perBallot = Math.min(r.placesLeft, r.candidates.length);
  return Array.from({ length: n }, () => {
    const kind = g(fc.integer, { min: 0, max: 9 });
    if (kind === 0) return { marks: [] };
    if (kind === 1) {
      const c = r.candidates;
      return { marks: c.length > r.placesLeft ? c.slice(0, r.placesLeft + 1) : [c[0], c[0]] };
    }
    // A biased electorate favours the first candidates, so elections end; an unbiased one may not.
    if (biased && kind > 5) return { marks: r.candidates.slice(0, perBallot) };
    return { marks: g(fc.shuffledSubarray, r.candidates, { minLength: 1, maxLength: perBallot }) };
  });
}

/**
 * Plays an election to its end (or MAX_STEPS), drawing lots when asked and withdrawing candidates
 * now and then, checking at every step what must always hold.
 */
function simulate(g: fc.GeneratorValue, places: number, n: number, biased: boolean) {
  let e: Election = election(places, IDS.slice(0, n));
  const h: RoundRecord[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const state = unwrap(electionState(e, h));
    const next = state.next;
    expect(state.elected.length).toBeLessThanOrEqual(places);
    expect(state.placesLeft).toBe(places - state.elected.length);
    expect(new Set(state.elected.map((x) => x.candidateId)).size).toBe(state.elected.length);
    if (next.step === 'done') return { e, h, done: next };
    if (next.step === 'lot') {
      expect(next.lot.slots).toBeGreaterThanOrEqual(1);
      expect(next.lot.tied.length).toBeGreaterThan(next.lot.slots);
      h[h.length - 1].lotSeed = g(fc.stringMatching, /^[0-9a-f]{16}$/);
      continue;
    }
    const r = next.round;
    expect(r.candidates.length).toBeGreaterThan(0);
    expect(r.placesLeft).toBe(state.placesLeft);
    for (const id of r.candidates) expect(state.standing).toContain(id);
    if (r.kind === 'restricted') expect(r.candidates.length).toBeLessThanOrEqual(2 * r.placesLeft);
    else expect(r.candidates).toEqual(state.standing);

    const count = countBallots(r, ballotsFor(g, r, biased));
    expect(count.elected.length).toBeLessThanOrEqual(r.placesLeft);
    for (const x of count.elected) expect(hasMajority(x.votes ?? 0, count.presentAndVoting)).toBe(true);
    if (count.lot !== null) expect(r.tieBreak).toBe('lot');
    h.push({ round: r, tally: tallyOf(count) });

    if (g(fc.integer, { min: 0, max: 4 }) === 0) {
      const w = withdrawCandidate(e, h, g(fc.constantFrom, ...IDS.slice(0, n)));
      if (w.ok) e = w.value;
    }
  }
  return { e, h, done: null };
}

const sizes = fc.record({ places: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 8 }) });

describe('invariants of the round engine (played elections with random ballots and withdrawals)', () => {
  it('always asks for a ballot with someone on it, a lot, or ends; never more elected than places', () => {
    fc.assert(
      fc.property(sizes, fc.boolean(), fc.gen(), ({ places, n }, biased, g) => {
        simulate(g, places, n, biased);
      }),
      { numRuns: 120 },
    );
  });

  it('elects no one without the majority, except by the lot of a one-place restricted ballot', () => {
    fc.assert(
      fc.property(sizes, fc.gen(), ({ places, n }, g) => {
        const { h, done } = simulate(g, places, n, true);
        if (done === null) return;
        expect(done.elected.length + done.unfilled).toBe(places);
        for (const x of done.elected) {
          const rec = h[x.round - 1];
          if (x.by === 'majority') {
            expect(hasMajority(rec.tally.votes[x.candidateId], rec.tally.presentAndVoting)).toBe(true);
          } else {
            expect(x.by).toBe('lot');
            expect(rec.round.tieBreak).toBe('lot');
            expect(places).toBe(1);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leaves a place unfilled only when nobody stands any more', () => {
    fc.assert(
      fc.property(sizes, fc.gen(), ({ places, n }, g) => {
        const { e, h, done } = simulate(g, places, n, true);
        if (done === null || done.unfilled === 0) return;
        expect(unwrap(electionState(e, h)).standing).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('elects in at most `places` rounds when every ballot names the same candidates', () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 161 }), ({ places, n }, voters) => {
        const e = election(places, IDS.slice(0, n));
        const h: RoundRecord[] = [];
        for (let i = 0; i < places; i++) {
          const next = unwrap(electionState(e, h)).next;
          if (next.step !== 'ballot') break;
          const marks = next.round.candidates.slice(0, next.round.placesLeft);
          const ballots = Array.from({ length: voters }, () => ({ marks }));
          h.push({ round: next.round, tally: tallyOf(countBallots(next.round, ballots)) });
        }
        const end = unwrap(electionState(e, h)).next;
        expect(end).toMatchObject({ step: 'done', unfilled: Math.max(0, places - n) });
      }),
    );
  });
});

describe('invariants of a count', () => {
  const roundAndBallots = fc
    .record({ places: fc.integer({ min: 1, max: 3 }), n: fc.integer({ min: 1, max: 6 }), lot: fc.boolean() })
    .chain(({ places, n, lot }) => {
      const r: Round = {
        number: 2,
        kind: 'restricted',
        inSeries: 1,
        candidates: IDS.slice(0, n),
        placesLeft: places,
        tieBreak: lot && places === 1 ? 'lot' : 'further-ballot',
      };
      const perBallot = Math.min(places, n);
      const ballot = fc.shuffledSubarray(r.candidates, { minLength: 1, maxLength: perBallot });
      return fc.tuple(
        fc.constant(r),
        fc.array(
          ballot.map((marks) => ({ marks })),
          { maxLength: 40 },
        ),
      );
    });

  it('blank and invalid ballots never change who is elected', () => {
    fc.assert(
      fc.property(roundAndBallots, fc.nat(20), fc.nat(20), ([r, ballots], blank, spoiled) => {
        const extra = [
          ...Array.from({ length: blank }, () => ({ marks: [] })),
          ...Array.from({ length: spoiled }, () => ({ marks: ['nobody'] })),
        ];
        const before = countBallots(r, ballots, 'seed');
        const after = countBallots(r, [...extra, ...ballots], 'seed');
        expect(after.elected).toEqual(before.elected);
        expect(after.presentAndVoting).toBe(before.presentAndVoting);
      }),
    );
  });

  it('one more ballot naming only an elected candidate keeps them elected', () => {
    fc.assert(
      fc.property(roundAndBallots, ([r, ballots]) => {
        const before = countBallots(r, ballots).elected;
        for (const x of before) {
          const after = countBallots(r, [...ballots, { marks: [x.candidateId] }]).elected;
          expect(after.map((y) => y.candidateId)).toContain(x.candidateId);
        }
      }),
    );
  });

  it('never elects more than the places left, and the order of the ballots does not matter', () => {
    fc.assert(
      fc.property(roundAndBallots, ([r, ballots]) => {
        const c = countBallots(r, ballots, 'seed');
        expect(c.elected.length).toBeLessThanOrEqual(r.placesLeft);
        expect(countBallots(r, [...ballots].reverse(), 'seed')).toEqual(c);
      }),
    );
  });
});
