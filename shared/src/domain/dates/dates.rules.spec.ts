import fc from 'fast-check';
import { DomainRuleError } from '../errors';
import {
  addDays,
  addMonthsClamped,
  compareIsoDates,
  daysBetween,
  firstDayOfMonthAfter,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  isTimeZone,
  lastDayOfMonth,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  toDayNumber,
} from './dates.rules';

const MS_PER_DAY = 86_400_000;
const civil = fc.record({
  year: fc.integer({ min: 100, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1999-03-01', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00:00Z', false],
    [' 2025-01-01', false],
    ['0000-01-01', false],
    ['', false],
  ])('accepts only real calendar dates: %s -> %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('isTimeZone', () => {
  it.each([
    ['Europe/Zurich', true],
    ['UTC', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Etc/GMT+1', true],
    ['Asia/Kolkata', true],
    ['Geneva', false],
    ['Europe/Geneva', false],
    ['+01:00', false],
    ['Europe/Zurich ', false],
    ['', false],
    ['Europe/\u0000', false],
    ['a'.repeat(65), false],
  ])('accepts only IANA zones Intl knows: %j -> %s', (s, expected) => {
    expect(isTimeZone(s)).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    expect(isTimeZone(1)).toBe(false);
    expect(isTimeZone(null)).toBe(false);
  });
});

describe('parseIsoDate and formatIsoDate', () => {
  it('reads a date as integers', () => {
    expect(parseIsoDate('2026-02-20')).toEqual({ year: 2026, month: 2, day: 20 });
  });

  it('throws a typed INVALID_DATE error naming the field', () => {
    expect(() => parseIsoDate('2025-02-30', 'depositDate')).toThrow(DomainRuleError);
    try {
      parseIsoDate('2025-02-30', 'depositDate');
    } catch (e) {
      expect((e as DomainRuleError).toDomainError()).toMatchObject({
        code: 'INVALID_DATE',
        field: 'depositDate',
      });
    }
  });

  it('pads years, months and days', () => {
    expect(formatIsoDate({ year: 999, month: 3, day: 1 })).toBe('0999-03-01');
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2025-03-02', 14, '2025-03-16'],
    ['2025-03-02', 28, '2025-03-30'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['1970-01-01', 0, '1970-01-01'],
  ])('addDays(%s, %i) is %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it.each([
    ['2025-06-27', '2025-12-27', 183],
    ['2025-12-27', '2025-06-27', -183],
    ['2024-01-01', '2025-01-01', 366],
    ['1999-03-01', '1999-03-01', 0],
  ])('daysBetween(%s, %s) is %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(DomainRuleError);
  });

  it('numbers days exactly as UTC midnight does, without the local time zone', () => {
    fc.assert(
      fc.property(civil, (c) => {
        expect(toDayNumber(c)).toBe(Date.UTC(c.year, c.month - 1, c.day) / MS_PER_DAY);
      }),
    );
  });

  it('turns every day number from 0001-01-01 to 9999-12-31 back into the same calendar date', () => {
    const first = toDayNumber({ year: 1, month: 1, day: 1 });
    const last = toDayNumber({ year: 9999, month: 12, day: 31 });
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (z) => {
        const iso = formatIsoDate(fromDayNumber(z));
        expect(iso).toBe(new Date(z * MS_PER_DAY).toISOString().slice(0, 10));
        expect(toDayNumber(parseIsoDate(iso))).toBe(z);
      }),
    );
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2025-06-27', 6, '2025-12-27'],
    ['2025-08-20', 6, '2026-02-20'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('addMonthsClamped(%s, %i) is %s', (d, n, expected) => {
    expect(addMonthsClamped(d, n)).toBe(expected);
  });

  it.each([
    ['2025-03-12', 6, '2025-09-01'],
    ['2024-07-31', 6, '2025-01-01'],
    ['1998-12-03', 6, '1999-06-01'],
    ['1998-09-16', 6, '1999-03-01'],
    ['2025-01-31', 0, '2025-01-01'],
  ])('firstDayOfMonthAfter(%s, %i) is %s', (d, n, expected) => {
    expect(firstDayOfMonthAfter(d, n)).toBe(expected);
  });

  it.each([
    ['2024-02-10', '2024-02-29'],
    ['2025-02-01', '2025-02-28'],
    ['2025-04-30', '2025-04-30'],
    ['2025-12-01', '2025-12-31'],
  ])('lastDayOfMonth(%s) is %s', (d, expected) => {
    expect(lastDayOfMonth(d)).toBe(expected);
  });
});

describe('comparing dates', () => {
  it.each([
    ['1998-09-16', '1998-09-17', -1],
    ['1999-03-01', '1999-03-01', 0],
    ['2026-02-20', '2025-12-27', 1],
  ])('compareIsoDates(%s, %s) is %i', (a, b, expected) => {
    expect(compareIsoDates(a, b)).toBe(expected);
  });

  it('picks the latest and the earliest date', () => {
    expect(maxIsoDate('2025-12-27', '2026-02-20', '2025-06-27')).toBe('2026-02-20');
    expect(minIsoDate('2025-12-27', '2026-02-20', '2025-06-27')).toBe('2025-06-27');
    expect(maxIsoDate('2025-12-27')).toBe('2025-12-27');
  });

  it('rejects a malformed date even when it is the only one', () => {
    expect(() => maxIsoDate('2025-02-30')).toThrow(DomainRuleError);
  });
});
