import { DomainRuleError } from '../errors';
import { CivilDate, IsoDate, MAX_YEAR, MIN_YEAR } from './dates';

// Floor division and modulo that stay exact on integers (no floating-point rounding, any sign).
function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}
function div(a: number, b: number): number {
  return (a - mod(a, b)) / b;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidCivil(c: CivilDate): boolean {
  return (
    Number.isInteger(c.year) &&
    Number.isInteger(c.month) &&
    Number.isInteger(c.day) &&
    c.year >= MIN_YEAR &&
    c.year <= MAX_YEAR &&
    c.month >= 1 &&
    c.month <= 12 &&
    c.day >= 1 &&
    c.day <= daysInMonth(c.year, c.month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function civilOf(s: string): CivilDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const c = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCivil(c) ? c : null;
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2025-02-29' is false). */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && civilOf(s) !== null;
}

// An IANA zone name: 'UTC', 'Europe/Zurich', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1'.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * True for a time zone of the IANA database that this runtime's Intl knows ('Europe/Zurich').
 * Refused: 'Geneva', offsets like '+01:00', anything Intl.DateTimeFormat would throw on later.
 */
export function isTimeZone(s: unknown): s is string {
  if (typeof s !== 'string' || s.length > 64 || !ZONE_NAME.test(s)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: s });
    return true;
  } catch {
    return false;
  }
}

export function parseIsoDate(s: IsoDate, field?: string): CivilDate {
  const c = typeof s === 'string' ? civilOf(s) : null;
  if (!c) throw new DomainRuleError('INVALID_DATE', `Not a calendar date (YYYY-MM-DD): ${String(s)}`, field);
  return c;
}

export function formatIsoDate(c: CivilDate): IsoDate {
  if (!isValidCivil(c)) {
    throw new DomainRuleError('INVALID_DATE', `Not a calendar date: ${c.year}-${c.month}-${c.day}`);
  }
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/**
 * Days since 1970-01-01 (Howard Hinnant's days_from_civil), so that day arithmetic is integer
 * arithmetic and never depends on the local time zone.
 */
export function toDayNumber(c: CivilDate): number {
  const y = c.year - (c.month <= 2 ? 1 : 0);
  const era = div(y, 400);
  const yoe = y - era * 400;
  const mp = mod(c.month + 9, 12);
  const doy = div(153 * mp + 2, 5) + c.day - 1;
  const doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z: number): CivilDate {
  const shifted = z + 719468;
  const era = div(shifted, 146097);
  const doe = shifted - era * 146097;
  const yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146096), 365);
  const doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100));
  const mp = div(5 * doy + 2, 153);
  const day = doy - div(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function requireInteger(n: number, name: string): void {
  if (!Number.isSafeInteger(n)) throw new DomainRuleError('INVALID_DATE', `${name} must be an integer: ${n}`);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  requireInteger(n, 'days');
  return formatIsoDate(fromDayNumber(toDayNumber(parseIsoDate(d)) + n));
}

/** Calendar months `n` after (or before) the month of `c`, as a (year, month) pair. */
function shiftMonth(c: CivilDate, n: number): { year: number; month: number } {
  requireInteger(n, 'months');
  const total = c.year * 12 + (c.month - 1) + n;
  return { year: div(total, 12), month: mod(total, 12) + 1 };
}

/** Same day of the month `n` months later; a day the target month lacks becomes its last day. */
export function addMonthsClamped(d: IsoDate, n: number): IsoDate {
  const c = parseIsoDate(d);
  const { year, month } = shiftMonth(c, n);
  return formatIsoDate({ year, month, day: Math.min(c.day, daysInMonth(year, month)) });
}

/** The first day of the month that is `months` calendar months after the month of `d`. */
export function firstDayOfMonthAfter(d: IsoDate, months: number): IsoDate {
  const { year, month } = shiftMonth(parseIsoDate(d), months);
  return formatIsoDate({ year, month, day: 1 });
}

export function lastDayOfMonth(d: IsoDate): IsoDate {
  const c = parseIsoDate(d);
  return formatIsoDate({ ...c, day: daysInMonth(c.year, c.month) });
}

/** -1, 0 or 1; usable directly as an Array.prototype.sort comparator. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const x = toDayNumber(parseIsoDate(a));
  const y = toDayNumber(parseIsoDate(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function maxIsoDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((m, d) => (compareIsoDates(d, m) > 0 ? d : m), parseAndKeep(first));
}

export function minIsoDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((m, d) => (compareIsoDates(d, m) < 0 ? d : m), parseAndKeep(first));
}

function parseAndKeep(d: IsoDate): IsoDate {
  parseIsoDate(d);
  return d;
}

/** Whole days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(parseIsoDate(b)) - toDayNumber(parseIsoDate(a));
}
