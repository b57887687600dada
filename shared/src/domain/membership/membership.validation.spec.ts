import type { Instrument, StateRecord, Withdrawal } from './membership';
import { validateConflictEnd, validateInstrument, validateWithdrawal } from './membership.validation';

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

const party = state({ instruments: [{ type: 'ratification', depositDate: '2012-12-27' }] });
const withdrawing = state({
  instruments: [{ type: 'ratification', depositDate: '2012-12-27' }],
  withdrawal: { receivedDate: '2025-08-20', armedConflict: false },
});
const atWar = state({
  instruments: [{ type: 'accession', depositDate: '2005-07-01' }],
  withdrawal: { receivedDate: '2025-06-27', armedConflict: true },
});
const withdrawn = state({
  instruments: [{ type: 'ratification', depositDate: '2000-01-10' }],
  withdrawal: { receivedDate: '2008-01-01', armedConflict: false },
});

describe('validateInstrument', () => {
  it.each<[string, StateRecord, Instrument, string]>([
    [
      'a deposit before the Convention opened',
      state(),
      { type: 'ratification', depositDate: '1997-12-02' },
      'DATE_BEFORE_SIGNATURE',
    ],
    [
      'a malformed deposit date',
      state(),
      { type: 'ratification', depositDate: '2025-02-30' },
      'INVALID_DATE',
    ],
    [
      'an unknown instrument type',
      state(),
      { type: 'signature' as never, depositDate: '2025-01-01' },
      'INVALID_INSTRUMENT_TYPE',
    ],
    [
      'a second instrument while a party',
      party,
      { type: 'accession', depositDate: '2020-01-01' },
      'ALREADY_PARTY',
    ],
    [
      'a second instrument while withdrawing',
      withdrawing,
      { type: 'accession', depositDate: '2025-09-01' },
      'ALREADY_PARTY',
    ],
    [
      'a second instrument before entry into force',
      party,
      { type: 'accession', depositDate: '2013-01-05' },
      'INSTRUMENT_PENDING',
    ],
    [
      'an instrument dated before one already recorded',
      party,
      { type: 'accession', depositDate: '2010-01-01' },
      'LATER_INSTRUMENT_EXISTS',
    ],
    [
      'an independence date on an instrument that is not a succession',
      state(),
      { type: 'accession', depositDate: '2011-11-11', successionEffectiveDate: '2011-07-09' },
      'SUCCESSION_DATE_NOT_ALLOWED',
    ],
    [
      'an independence date after the notification of succession',
      state(),
      { type: 'succession', depositDate: '2011-11-11', successionEffectiveDate: '2011-12-01' },
      'SUCCESSION_DATE_AFTER_DEPOSIT',
    ],
  ])('rejects %s', (_name, s, instrument, code) => {
    const result = validateInstrument(s, instrument);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('rejects a deposit dated after today when today is given', () => {
    const result = validateInstrument(
      state(),
      { type: 'accession', depositDate: '2026-03-01' },
      { today: '2026-02-01' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'DATE_IN_FUTURE', field: 'depositDate' } });
  });

  it.each<[string, StateRecord, Instrument]>([
    ['a first ratification', state(), { type: 'ratification', depositDate: '1997-12-03' }],
    [
      'a succession from independence',
      state(),
      { type: 'succession', depositDate: '2011-11-11', successionEffectiveDate: '2011-07-09' },
    ],
    [
      'an accession after a withdrawal took effect',
      withdrawn,
      { type: 'accession', depositDate: '2010-03-15' },
    ],
  ])('accepts %s', (_name, s, instrument) => {
    expect(validateInstrument(s, instrument)).toEqual({ ok: true, value: instrument });
  });
});

describe('validateWithdrawal', () => {
  it.each<[string, StateRecord, Withdrawal, string]>([
    [
      'a State that is not a party',
      state(),
      { receivedDate: '2025-06-27', armedConflict: false },
      'NOT_A_PARTY',
    ],
    [
      'a State whose instrument is not yet in force',
      party,
      { receivedDate: '2013-02-01', armedConflict: false },
      'NOT_A_PARTY',
    ],
    [
      'a second notice',
      withdrawing,
      { receivedDate: '2025-09-01', armedConflict: false },
      'ALREADY_WITHDRAWING',
    ],
    ['a malformed receipt date', party, { receivedDate: '25-06-27', armedConflict: false }, 'INVALID_DATE'],
    [
      'a conflict end without the armed-conflict condition',
      party,
      { receivedDate: '2025-06-27', armedConflict: false, conflictEndedOn: '2026-01-01' },
      'NO_ARMED_CONFLICT_CONDITION',
    ],
    [
      'a conflict end before the notice',
      party,
      { receivedDate: '2025-06-27', armedConflict: true, conflictEndedOn: '2025-01-01' },
      'DATE_BEFORE_WITHDRAWAL',
    ],
  ])('rejects %s', (_name, s, w, code) => {
    expect(validateWithdrawal(s, w)).toMatchObject({ ok: false, error: { code } });
  });

  it('accepts a notice from a State Party and normalises the conflict end to null', () => {
    expect(validateWithdrawal(party, { receivedDate: '2025-08-20', armedConflict: true })).toEqual({
      ok: true,
      value: { receivedDate: '2025-08-20', armedConflict: true, conflictEndedOn: null },
    });
  });
});

describe('validateConflictEnd', () => {
  it.each<[string, StateRecord, string, string]>([
    ['a State with no withdrawal', party, '2026-01-01', 'NO_WITHDRAWAL'],
    [
      'a withdrawal with no armed-conflict condition',
      withdrawing,
      '2026-01-01',
      'NO_ARMED_CONFLICT_CONDITION',
    ],
    ['an end before the notice was received', atWar, '2025-06-26', 'DATE_BEFORE_WITHDRAWAL'],
    ['a malformed date', atWar, '2026-13-01', 'INVALID_DATE'],
  ])('rejects %s', (_name, s, date, code) => {
    expect(validateConflictEnd(s, date)).toMatchObject({
      ok: false,
      error: { code, field: 'conflictEndedOn' },
    });
  });

  it('records the end of the conflict on the withdrawal', () => {
    expect(validateConflictEnd(atWar, '2027-04-15')).toEqual({
      ok: true,
      value: { receivedDate: '2025-06-27', armedConflict: true, conflictEndedOn: '2027-04-15' },
    });
  });
});
