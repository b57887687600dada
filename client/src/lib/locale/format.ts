import { LOCALES, type LocaleCode } from './locales';

/** Plural forms by CLDR category (Arabic uses all six); "#" stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every way the screens turn a date, number, list or name order into text, for one locale. The
 * only place in the client that calls Intl: a screen never falls back to the browser's locale.
 */
export interface Format {
  locale: LocaleCode;
  /** The BCP 47 tag in use (for `lang` attributes). */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** A calendar date (YYYY-MM-DD): "20 February 2026". Invalid input comes back unchanged. */
  date(iso: string): string;
  /** A calendar date, short: "20 Feb 2026". */
  dateShort(iso: string): string;
  /** An instant's clock time in a time zone: "09:46:36". */
  time(instant: string, timeZone: string): string;
  /** An instant's date and time in a time zone: "2 Mar 2026, 09:46:36". */
  dateTime(instant: string, timeZone: string): string;
  /** An instant's hour and minute on this device's own clock ("14:05"): when to come back. */
  localClock(instant: Date): string;
  number(n: number): string;
  /** part / whole as a whole percentage; 0 % when whole is 0. */
  percent(part: number, whole: number): string;
  /** "Angola, Belgium and Chile". */
  list(items: readonly string[]): string;
  /** The form for `n` with "#" replaced by the formatted number: plural(3, { one: '# day', other: '# days' }). */
  plural(n: number, forms: PluralForms): string;
  /** Compares names in the language's alphabetical order, accents and case aside. */
  compare(a: string, b: string): number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDate(iso: string): Date | null {
  const m = CALENDAR_DATE.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? d : null;
}

function zoned(tag: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, { ...options, timeZone });
  } catch {
    // An unknown time zone from the data: show the reader's clock rather than nothing.
    return new Intl.DateTimeFormat(tag, options);
  }
}

const cache = new Map<LocaleCode, Format>();

export function createFormat(locale: LocaleCode): Format {
  const hit = cache.get(locale);
  if (hit) return hit;
  const { tag, dir } = LOCALES[locale];
  // A calendar date has no time zone: format its UTC midnight in UTC.
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const plurals = new Intl.PluralRules(tag);
  const collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });
  const clock: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  };
  const deviceClock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const times = new Map<string, Intl.DateTimeFormat>();
  const stamps = new Map<string, Intl.DateTimeFormat>();
  const fmt: Format = {
    locale,
    tag,
    dir,
    date: (iso) => {
      const d = calendarDate(iso);
      return d ? longDate.format(d) : iso;
    },
    dateShort: (iso) => {
      const d = calendarDate(iso);
      return d ? shortDate.format(d) : iso;
    },
    localClock: (instant) => deviceClock.format(instant),
    time: (instant, timeZone) => {
      let f = times.get(timeZone);
      if (!f) times.set(timeZone, (f = zoned(tag, clock, timeZone)));
      return f.format(new Date(instant));
    },
    dateTime: (instant, timeZone) => {
      let f = stamps.get(timeZone);
      if (!f)
        stamps.set(
          timeZone,
          (f = zoned(tag, { day: 'numeric', month: 'short', year: 'numeric', ...clock }, timeZone)),
        );
      return f.format(new Date(instant));
    },
    number: (n) => integer.format(n),
    percent: (part, whole) => percent.format(whole === 0 ? 0 : part / whole),
    list: (items) => list.format(items),
    plural: (n, forms) => (forms[plurals.select(n)] ?? forms.other).replace('#', integer.format(n)),
    compare: (a, b) => collator.compare(a, b),
  };
  cache.set(locale, fmt);
  return fmt;
}
