import type { IsoDate } from '../domain/dates/dates';
import { parseIsoDate } from '../domain/dates/dates.rules';
import { LANGUAGE_TAGS, type Language } from './languages';

/**
 * The locale handed to `Intl` and to the message formatter: UN documents print Western digits in
 * every language, Arabic included, so the numbering system is always Latin (`-u-nu-latn`), whatever
 * a browser's or ICU's default for the language is (ar-EG, ar-SA default to Arabic-Indic digits).
 */
export function intlLocale(lang: Language): string {
  return `${LANGUAGE_TAGS[lang]}-u-nu-latn`;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** 1234 -> "1,234" (en), "1 234" (fr, ru), "1234" (es), "1,234" (zh, ar): Western digits throughout. */
export function formatNumber(lang: Language, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang), { numberingSystem: 'latn' });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/**
 * UN Arabic gives both month names, the Levantine (Syriac) and the one from the Latin name:
 * "30 تشرين الثاني/نوفمبر 2026". Written out rather than taken from ICU, whose locale data differ
 * between runtimes; June and July as UN Arabic spells them (يونيه, يوليه).
 */
export const ARABIC_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const;

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

function dateFormat(lang: Language): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    // UN English writes the day first ("30 November 2026"), as British English does.
    const tag = lang === 'en' ? 'en-GB-u-nu-latn' : intlLocale(lang);
    f = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
      numberingSystem: 'latn',
    });
    dateFormats.set(lang, f);
  }
  return f;
}

/**
 * A calendar date in the language's long form, as UN documents print it: "30 November 2026",
 * "30 novembre 2026", "30 de noviembre de 2026", "30 ноября 2026 г.", "2026年11月30日",
 * "30 تشرين الثاني/نوفمبر 2026". Treaty dates are calendar days, so no time zone shifts them.
 */
export function formatDate(lang: Language, date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date, 'date');
  if (lang === 'ar') return `${day} ${ARABIC_MONTHS[month - 1]} ${year}`;
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Years before 100 would be read as 19xx by Date.UTC.
  utc.setUTCFullYear(year);
  return dateFormat(lang).format(utc);
}

/** How each language separates the names in a voting list ("Algeria, Angola"; "阿尔及利亚、安哥拉"). */
export const LIST_SEPARATORS: Record<Language, string> = {
  en: ', ',
  fr: ', ',
  es: ', ',
  ru: ', ',
  zh: '、',
  ar: '، ',
};

/** A list of names as UN voting lists print them: separators only, no "and" before the last. */
export function formatList(lang: Language, items: readonly string[]): string {
  return items.join(LIST_SEPARATORS[lang]);
}
