import { ARABIC_MONTHS, formatDate, formatList, formatNumber } from './format';
import { SUPPORTED_LANGUAGES } from './languages';

const NON_WESTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u3007〇一二三四五六七八九十]/;

describe('dates in each language’s long form (GLOSSARY.md)', () => {
  it.each([
    ['en', '30 November 2026'],
    ['fr', '30 novembre 2026'],
    ['es', '30 de noviembre de 2026'],
    ['ru', '30 ноября 2026 г.'],
    ['zh', '2026年11月30日'],
    ['ar', '30 تشرين الثاني/نوفمبر 2026'],
  ] as const)('%s: %s', (lang, expected) => {
    expect(formatDate(lang, '2026-11-30')).toBe(expected);
  });

  it('gives both month names in Arabic for every month, as UN Arabic does', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate('ar', `2026-${String(i + 1).padStart(2, '0')}-01`),
    );
    expect(months).toEqual(ARABIC_MONTHS.map((m) => `1 ${m} 2026`));
    expect(months[0]).toBe('1 كانون الثاني/يناير 2026');
    expect(months[5]).toBe('1 حزيران/يونيه 2026');
    expect(months.every((m) => m.includes('/'))).toBe(true);
  });

  it('keeps the calendar day whatever the machine’s time zone (a treaty date has none)', () => {
    expect(formatDate('en', '1999-03-01')).toBe('1 March 1999');
    expect(formatDate('en', '2026-12-31')).toBe('31 December 2026');
    expect(formatDate('fr', '2025-01-01')).toBe('1 janvier 2025');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('en', '2025-02-29')).toThrow(/calendar date/);
  });

  it.each(SUPPORTED_LANGUAGES)('writes Western digits in %s', (lang) => {
    expect(formatDate(lang, '2026-11-30')).not.toMatch(NON_WESTERN_DIGITS);
    expect(formatDate(lang, '2026-11-30')).toMatch(/2026/);
  });
});

describe('numbers', () => {
  it.each(SUPPORTED_LANGUAGES)('are in Western digits in %s', (lang) => {
    const n = formatNumber(lang, 1234567);
    expect(n).not.toMatch(NON_WESTERN_DIGITS);
    expect(n.replace(/\D/g, '')).toBe('1234567');
  });

  it('uses Western digits in Arabic even where the runtime defaults to Arabic-Indic', () => {
    expect(new Intl.NumberFormat('ar-EG').format(45)).toMatch(NON_WESTERN_DIGITS);
    expect(formatNumber('ar', 45)).toBe('45');
    expect(formatNumber('ar', 1234)).toBe('1,234');
  });

  it('groups thousands as each language does', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(formatNumber('fr', 12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(formatNumber('ru', 12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(formatNumber('zh', 12345)).toBe('12,345');
  });
});

describe('lists of names', () => {
  it.each([
    ['en', 'Algeria, Angola'],
    ['zh', 'Algeria、Angola'],
    ['ar', 'Algeria، Angola'],
  ] as const)('%s separates names as its records do', (lang, expected) => {
    expect(formatList(lang, ['Algeria', 'Angola'])).toBe(expected);
  });
});
