import fc from 'fast-check';
import { addDays } from '../dates/dates.rules';
import type { Office, Term } from './offices';
import { COMMITTEE_IDS, COMMITTEE_SIZE } from './offices';
import { STATES } from './offices.fixtures';
import { coordinatingCommitteeOn, officeholdersOn, termsOverlap, sameSeat } from './terms.rules';
import { validateTerms } from './terms.validation';

const BASE = '2020-01-01';
const parties = STATES.filter((s) => s.iso3 !== 'NEW' && s.iso3 !== 'POL').map((s) => s.iso3);

/** Mostly seats on two committees, so registers near the limit of four are common. */
const office: fc.Arbitrary<Office> = fc.oneof(
  { arbitrary: fc.constant<Office>({ kind: 'president' }), weight: 1 },
  { arbitrary: fc.constant<Office>({ kind: 'president-designate' }), weight: 1 },
  {
    arbitrary: fc
      .constantFrom(...COMMITTEE_IDS.slice(0, 2))
      .map((committee): Office => ({ kind: 'committee-member', committee })),
    weight: 8,
  },
);

/** Terms over a few years, in whole days from BASE, some open-ended. */
const term: fc.Arbitrary<Term> = fc
  .record({
    office,
    state: fc.constantFrom(...parties),
    start: fc.integer({ min: 0, max: 1000 }),
    length: fc.option(fc.integer({ min: 1, max: 800 }), { freq: 10, nil: null }),
  })
  .map(({ office: o, state, start, length }) => ({
    office: o,
    holder: { state, person: null },
    from: addDays(BASE, start),
    until: length === null ? null : addDays(BASE, start + length),
  }));

const day = fc.integer({ min: 0, max: 2500 }).map((d) => addDays(BASE, d));

describe('invariants of a validated register', () => {
  it('never seats more than four on a committee, nor two Presidents, on any day', () => {
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 4, maxLength: 14 }),
        fc.array(day, { minLength: 1, maxLength: 6 }),
        (terms, days) => {
          if (!validateTerms(terms, STATES).ok) return;
          for (const d of days) {
            const now = officeholdersOn(terms, d);
            for (const c of now.committees) {
              expect(c.members.length).toBeLessThanOrEqual(COMMITTEE_SIZE);
              expect(new Set(c.members.map((m) => m.holder.state)).size).toBe(c.members.length);
            }
            expect(
              terms.filter(
                (t) => t.office.kind === 'president' && t.from <= d && (t.until === null || d < t.until),
              ).length,
            ).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses every register in which a seat is held twice at once', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 20 }), (terms) => {
        const clash = terms.some((a, i) =>
          terms.some((b, j) => i !== j && sameSeat(a, b) && termsOverlap(a, b)),
        );
        if (clash) expect(validateTerms(terms, STATES).ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('derives the same officeholders and Coordinating Committee whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 4, maxLength: 14 }), day, (terms, d) => {
        fc.pre(validateTerms(terms, STATES).ok);
        const shuffled = [...terms].reverse();
        expect(officeholdersOn(shuffled, d)).toEqual(officeholdersOn(terms, d));
        const cc = coordinatingCommitteeOn(terms, d);
        const seats = officeholdersOn(terms, d).committees.reduce((n, c) => n + c.members.length, 0);
        expect(cc.members.filter((m) => m.seat === 'committee-member')).toHaveLength(seats);
      }),
      { numRuns: 100 },
    );
  });
});
