import type { Instrument, StateRecord, Withdrawal } from './membership';
import {
  countByRegionalGroup,
  countStatesPartiesOn,
  entryIntoForce,
  isStateParty,
  partyStatusOn,
  statesPartiesOn,
  withdrawalEffectiveDate,
} from './membership.rules';

function state(overrides: Partial<StateRecord> = {}): StateRecord {
  return {
    iso3: 'XXX',
    name: 'Testland',
    regionalGroup: 'WEOG',
    instruments: [],
    withdrawal: null,
    ...overrides,
  };
}

describe('entryIntoForce (Art. 17)', () => {
  it.each<[string, Instrument, string]>([
    [
      'the 40th instrument takes effect with the Convention',
      { type: 'ratification', depositDate: '1998-09-16' },
      '1999-03-01',
    ],
    [
      'an early instrument waits for the Convention',
      { type: 'ratification', depositDate: '1997-12-03' },
      '1999-03-01',
    ],
    [
      'a later instrument in Sep 1998 still lands on 1 Mar 1999',
      { type: 'ratification', depositDate: '1998-09-30' },
      '1999-03-01',
    ],
    [
      'the sixth month after the month of deposit',
      { type: 'ratification', depositDate: '1998-12-03' },
      '1999-06-01',
    ],
    [
      'deposit 12 Mar 2025 enters into force 1 Sep 2025',
      { type: 'accession', depositDate: '2025-03-12' },
      '2025-09-01',
    ],
    [
      'a deposit on the last day of July crosses the year',
      { type: 'acceptance', depositDate: '2024-07-31' },
      '2025-01-01',
    ],
    [
      'a deposit on the first day of the month',
      { type: 'approval', depositDate: '2025-01-01' },
      '2025-07-01',
    ],
    [
      'a succession takes effect from independence (Montenegro)',
      { type: 'succession', depositDate: '2006-10-23', successionEffectiveDate: '2006-06-03' },
      '2006-06-03',
    ],
    [
      'a succession cannot take effect before the Convention itself',
      { type: 'succession', depositDate: '1998-10-01', successionEffectiveDate: '1998-01-01' },
      '1999-03-01',
    ],
    [
      'a succession without a recorded independence date follows Art. 17.2',
      { type: 'succession', depositDate: '2011-11-11' },
      '2012-05-01',
    ],
  ])('%s', (_name, instrument, expected) => {
    expect(entryIntoForce(instrument)).toBe(expected);
  });
});

describe('withdrawalEffectiveDate (Art. 20)', () => {
  it.each<[string, Withdrawal, string | null]>([
    [
      'six months after receipt, same day',
      { receivedDate: '2025-06-27', armedConflict: false },
      '2025-12-27',
    ],
    [
      'clamped to the last day of a shorter month',
      { receivedDate: '2025-08-31', armedConflict: false },
      '2026-02-28',
    ],
    [
      'clamped to 29 February in a leap year',
      { receivedDate: '2027-08-30', armedConflict: false },
      '2028-02-29',
    ],
    [
      'armed conflict with no recorded end: not yet known',
      { receivedDate: '2025-06-27', armedConflict: true },
      null,
    ],
    [
      'armed conflict ended before the six months: six-month date',
      { receivedDate: '2025-06-27', armedConflict: true, conflictEndedOn: '2025-09-01' },
      '2025-12-27',
    ],
    [
      'armed conflict ended after the six months: end of the conflict',
      { receivedDate: '2025-06-27', armedConflict: true, conflictEndedOn: '2027-04-15' },
      '2027-04-15',
    ],
    [
      'a conflict end recorded without the condition is ignored',
      { receivedDate: '2025-06-27', armedConflict: false, conflictEndedOn: '2027-04-15' },
      '2025-12-27',
    ],
  ])('%s', (_name, w, expected) => {
    expect(withdrawalEffectiveDate(w)).toBe(expected);
  });
});

describe('partyStatusOn', () => {
  const poland = state({
    iso3: 'POL',
    name: 'Poland',
    instruments: [{ type: 'ratification', depositDate: '2012-12-27' }],
    withdrawal: { receivedDate: '2025-08-20', armedConflict: false },
  });
  const atWar = state({
    instruments: [{ type: 'accession', depositDate: '2005-07-01' }],
    withdrawal: { receivedDate: '2025-06-27', armedConflict: true, conflictEndedOn: null },
  });
  const rejoined = state({
    instruments: [
      { type: 'ratification', depositDate: '2000-01-10' },
      { type: 'accession', depositDate: '2010-03-15' },
    ],
    withdrawal: { receivedDate: '2008-01-01', armedConflict: false },
  });

  it.each<[string, StateRecord, string, unknown]>([
    ['no instrument: non-party', state(), '2025-01-01', { status: 'non-party' }],
    ['before its deposit: non-party', poland, '2012-12-26', { status: 'non-party' }],
    [
      'deposited, not yet in force: pending (observer)',
      poland,
      '2013-05-31',
      { status: 'pending', entersIntoForceOn: '2013-06-01' },
    ],
    [
      'on the day of entry into force: party',
      poland,
      '2013-06-01',
      { status: 'party', since: '2013-06-01', withdrawalPending: null },
    ],
    [
      'notice received: still a party, withdrawal pending',
      poland,
      '2025-08-20',
      {
        status: 'party',
        since: '2013-06-01',
        withdrawalPending: { receivedDate: '2025-08-20', effectiveOn: '2026-02-20', armedConflict: false },
      },
    ],
    [
      'on the day the withdrawal takes effect: withdrawn',
      poland,
      '2026-02-20',
      { status: 'withdrawn', effective: '2026-02-20' },
    ],
    [
      'armed conflict without a recorded end: stays a party indefinitely',
      atWar,
      '2030-01-01',
      {
        status: 'party',
        since: '2006-01-01',
        withdrawalPending: { receivedDate: '2025-06-27', effectiveOn: null, armedConflict: true },
      },
    ],
    [
      'withdrawn, before acceding again',
      rejoined,
      '2009-01-01',
      { status: 'withdrawn', effective: '2008-07-01' },
    ],
    [
      'acceded again after withdrawing: pending',
      rejoined,
      '2010-04-01',
      { status: 'pending', entersIntoForceOn: '2010-09-01' },
    ],
    [
      'acceded again after withdrawing: party',
      rejoined,
      '2010-09-01',
      { status: 'party', since: '2010-09-01', withdrawalPending: null },
    ],
  ])('%s', (_name, s, date, expected) => {
    expect(partyStatusOn(s, date)).toEqual(expected);
  });

  it('counts a State as a party only when the status is party', () => {
    expect(isStateParty(poland, '2013-05-31')).toBe(false);
    expect(isStateParty(poland, '2026-02-19')).toBe(true);
    expect(isStateParty(poland, '2026-02-20')).toBe(false);
  });
});

describe('counting States Parties', () => {
  const states: StateRecord[] = [
    state({
      iso3: 'AAA',
      regionalGroup: 'WEOG',
      instruments: [{ type: 'ratification', depositDate: '1998-01-01' }],
    }),
    state({
      iso3: 'BBB',
      regionalGroup: 'African Group',
      instruments: [{ type: 'accession', depositDate: '2001-01-15' }],
    }),
    state({
      iso3: 'CCC',
      regionalGroup: null,
      instruments: [{ type: 'ratification', depositDate: '1998-05-01' }],
    }),
    state({
      iso3: 'DDD',
      regionalGroup: 'WEOG',
      instruments: [{ type: 'ratification', depositDate: '1998-02-01' }],
      withdrawal: { receivedDate: '2025-06-27', armedConflict: false },
    }),
    state({ iso3: 'EEE', regionalGroup: 'GRULAC', instruments: [] }),
  ];

  it.each([
    ['1999-02-28', 0],
    ['1999-03-01', 3],
    ['2001-07-01', 4],
    ['2025-12-26', 4],
    ['2025-12-27', 3],
  ])('on %s there are %i States Parties', (date, expected) => {
    expect(countStatesPartiesOn(states, date)).toBe(expected);
    expect(statesPartiesOn(states, date)).toHaveLength(expected);
  });

  it('groups States Parties by regional group, States in no group last', () => {
    expect(countByRegionalGroup(states, '2025-01-01')).toEqual([
      { regionalGroup: 'African Group', count: 1 },
      { regionalGroup: 'WEOG', count: 2 },
      { regionalGroup: null, count: 1 },
    ]);
  });
});
