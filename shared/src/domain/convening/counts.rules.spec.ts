import type { Indication } from './convening';
import { acts, parties, party } from './convening.fixtures';
import { countOn, countProgress, firstDayMet, validateIndication } from './counts.rules';

const D = '2026-03-02';
const LAST = '2026-03-16';
const ctx = (today: string) => ({
  act: 'favour a Special Meeting',
  from: D,
  lastDay: LAST,
  period: `14 days from ${D}`,
  today,
});

describe('convening: one-third of all States Parties, counted on the day (Art. 8.5)', () => {
  const nine = parties(9);

  it.each<[string, Indication[], string | null]>([
    ['three on the first day', acts(nine, 3, D), D],
    ['the third on the last day in time', acts(nine, 3, '2026-03-14'), '2026-03-14'],
    ['one a day: the third on day 3', acts(nine, 3, D, 1), '2026-03-04'],
    ['only two', acts(nine, 2, D), null],
  ])('%s -> met on %s', (_, inds, metOn) => {
    expect(firstDayMet('one-third-of-parties', inds, nine, D, LAST)).toBe(metOn);
  });

  it('counts the real Convention: 54 of 161 meet one-third, 53 do not', () => {
    const all = parties(161);
    expect(countOn('one-third-of-parties', acts(all, 54, D), all, D)).toMatchObject({
      count: 54,
      parties: 161,
      minimum: 54,
      met: true,
    });
    expect(countOn('one-third-of-parties', acts(all, 53, D), all, D).met).toBe(false);
    expect(countOn('majority-of-parties', acts(all, 81, D), all, D).met).toBe(true);
    expect(countOn('majority-of-parties', acts(all, 80, D), all, D).met).toBe(false);
  });

  it('an indication dated after the last day is never counted in the window', () => {
    const inds = [...acts(nine, 2, D), { iso3: nine[2].iso3, date: '2026-03-17' }];
    expect(firstDayMet('one-third-of-parties', inds, nine, D, LAST)).toBeNull();
  });
});

describe('convening: membership changing inside the window', () => {
  it('a State joining on day 7 raises the threshold for indications after it (3 of 9, then 4 of 10)', () => {
    const states = [...parties(9), party('NEW', '2026-03-09')];
    const early = acts(states, 3, '2026-03-08');
    expect(firstDayMet('one-third-of-parties', early, states, D, LAST)).toBe('2026-03-08');
    const late = acts(states, 3, '2026-03-09');
    expect(firstDayMet('one-third-of-parties', late, states, D, LAST)).toBeNull();
    expect(
      firstDayMet('one-third-of-parties', [...late, { iso3: 'NEW', date: '2026-03-10' }], states, D, LAST),
    ).toBe('2026-03-10');
  });

  it('a withdrawal taking effect on 12 March can complete a majority on a day nobody indicated (5 of 10, then 5 of 9)', () => {
    const states = [...parties(9), party('OUT', '2000-01-01', '2026-03-12')];
    const inds = acts(states, 5, D);
    expect(countOn('majority-of-parties', inds, states, D)).toMatchObject({
      count: 5,
      parties: 10,
      met: false,
    });
    expect(firstDayMet('majority-of-parties', inds, states, D, LAST)).toBe('2026-03-12');
  });

  it('an indicating State that stops being a party stops counting', () => {
    const states = [party('OUT', '2000-01-01', '2026-03-05'), ...parties(8)];
    const inds = [{ iso3: 'OUT', date: D }, ...acts(parties(8), 1, '2026-03-06')];
    // On 6 March: OUT has left, 8 parties, 1 counted: not one-third (3 needed).
    expect(countOn('one-third-of-parties', inds, states, '2026-03-06')).toMatchObject({
      count: 1,
      parties: 8,
      met: false,
    });
  });

  it('once met the threshold stays met, even if membership changes later in the window', () => {
    const states = [...parties(9), party('NEW', '2026-03-10')];
    const inds = acts(states, 3, D);
    const p = countProgress('one-third-of-parties', inds, states, { from: D, lastDay: LAST }, '2026-03-12');
    expect(p).toMatchObject({ met: true, metOn: D, count: 3, parties: 10, required: 4 });
  });
});

describe('convening: the live counter', () => {
  const nine = parties(9);
  it.each([
    ['2026-03-05', '2026-03-05', false],
    ['2026-03-16', '2026-03-16', false],
    ['2026-03-20', '2026-03-16', false],
  ])('on %s it counts on %s', (today, countedOn, met) => {
    const p = countProgress(
      'one-third-of-parties',
      acts(nine, 2, D),
      nine,
      { from: D, lastDay: LAST },
      today,
    );
    expect(p).toMatchObject({ countedOn, count: 2, parties: 9, required: 3, met, metOn: null });
  });

  it('says when the period ended short', () => {
    const p = countProgress(
      'one-third-of-parties',
      acts(nine, 2, D),
      nine,
      { from: D, lastDay: LAST },
      '2026-03-17',
    );
    expect(p.explanation).toMatch(/ended on 2026-03-16/);
  });

  it('counts without an end where the Convention sets none', () => {
    const p = countProgress(
      'majority-of-parties',
      acts(nine, 5, '2026-06-01'),
      nine,
      { from: D, lastDay: null },
      '2027-01-01',
    );
    expect(p).toMatchObject({ countedOn: '2027-01-01', met: true, metOn: '2026-06-01' });
  });
});

describe('convening: validateIndication refuses, changing nothing', () => {
  const states = [...parties(3), party('PND', '2026-09-01')];
  const existing = [{ iso3: 'S001', date: D }];
  it.each<[string, Indication, string | null, string | null]>([
    ['on the last day', { iso3: 'S002', date: LAST }, null, null],
    ['on the day of the communication', { iso3: 'S002', date: D }, null, null],
    ['the first day late', { iso3: 'S002', date: '2026-03-17' }, 'PERIOD_ENDED', 'date'],
    ['before the communication', { iso3: 'S002', date: '2026-03-01' }, 'BEFORE_PERIOD', 'date'],
    [
      'a second indication by the same State',
      { iso3: 'S001', date: '2026-03-05' },
      'ALREADY_EXISTS',
      'stateIso3',
    ],
    [
      'a State not yet party (instrument pending)',
      { iso3: 'PND', date: '2026-03-05' },
      'NOT_A_PARTY',
      'stateIso3',
    ],
    ['a State not in the register', { iso3: 'ZZZ', date: '2026-03-05' }, 'UNKNOWN_STATE', 'stateIso3'],
  ])('%s', (_, ind, code, field) => {
    const r = validateIndication(ind, existing, states, ctx('2026-03-20'));
    if (code === null) expect(r).toEqual({ ok: true, value: ind });
    else expect(r).toMatchObject({ ok: false, error: { code, field } });
  });

  it('refuses a date after today', () => {
    expect(
      validateIndication({ iso3: 'S002', date: '2026-03-06' }, [], states, ctx('2026-03-05')),
    ).toMatchObject({ ok: false, error: { code: 'DATE_IN_FUTURE' } });
  });

  it('names the last day in the message', () => {
    const r = validateIndication({ iso3: 'S002', date: '2026-03-17' }, [], states, ctx('2026-03-20'));
    expect(!r.ok && r.error.message).toMatch(/last day was 2026-03-16/);
  });
});
