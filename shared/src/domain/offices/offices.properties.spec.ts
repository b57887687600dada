import fc from 'fast-check';
import { addDays } from '../dates/dates.rules';
import type { Office, Term } from './offices';
import { COMMITTEE_IDS, COMMITTEE_SIZE } from './offices';
import { STATES } from './offices.fixtures';
import { coordinatingCommitteeOn, officeholdersOn, termsOverlap, sameSeat } from './terms.rules';
import { validateTerms } from './terms.validation';

const BASE = '2020-01-01';
const parties = STATES.filter((s) => s.iso3 !== 'NEW' && s.iso3 !== 'POL').map((s) => s.iso3);

const office: fc.Arbitrary<Office> = fc.oneof(
  fc.constant<Office>({ kind: 'president' }),
  fc.constant<Office>({ kind: 'president-designate' }),
  fc.constantFrom(...COMMITTEE_IDS).map((committee): Office => ({ kind: 'committee-member', committee })),
);

/** Terms over a few years, in whole days from BASE, some open-ended. */
const term: fc.Arbitrary<Term> = fc
  .record({
    office,
    state: fc.constantFrom(...parties),
    start: fc.integer({ min: 0, max: 1500 }),
    length: fc.option(fc.integer({ min: 1, max: 900 }), { nil: null }),
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
        fc.array(term, { maxLength: 12 }),
        fc.array(day, { minLength: 1, maxLength: 10 }),
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
      { numRuns: 300 },
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
      { numRuns: 300 },
    );
  });

  it('derives the same officeholders and Coordinating Committee whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), day, (terms, d) => {
        fc.pre(validateTerms(terms, STATES).ok);
        const shuffled = [...terms].reverse();
        expect(officeholdersOn(shuffled, d)).toEqual(officeholdersOn(terms, d));
        const cc = coordinatingCommitteeOn(terms, d);
        const seats = officeholdersOn(terms, d).committees.reduce((n, c) => n + c.members.length, 0);
        expect(cc.members.filter((m) => m.seat === 'committee-member')).toHaveLength(seats);
      }),
      { numRuns: 200 },
    );
  });
});
