import { createFormat } from './format';
import { resolveLocale } from './locales';

describe('the locale’s formatters', () => {
  const fmt = createFormat('en');

  it('writes calendar dates the way the screens promise, whatever the browser’s locale', () => {
    expect(fmt.date('2026-02-20')).toBe('20 February 2026');
    expect(fmt.dateShort('2026-03-02')).toBe('2 Mar 2026');
    // Not a date: shown as typed, never "Invalid Date".
    expect(fmt.date('2026-02-30')).toBe('2026-02-30');
    expect(fmt.date('20/02/2026')).toBe('20/02/2026');
  });

  it('gives times in the meeting’s time zone, 24-hour', () => {
    expect(fmt.time('2026-03-02T08:46:36Z', 'Europe/Zurich')).toBe('09:46:36');
    expect(fmt.dateTime('2026-03-02T08:46:36Z', 'Europe/Zurich')).toBe('2 Mar 2026, 09:46:36');
    // An unknown zone still shows a time rather than throwing.
    expect(fmt.time('2026-03-02T08:46:36Z', 'Mars/Olympus')).toMatch(/^\d\d:\d\d:\d\d$/);
  });

  it('counts, lists and chooses plural forms through Intl', () => {
    expect(fmt.number(16100)).toBe('16,100');
    expect(fmt.percent(1, 3)).toBe('33%');
    expect(fmt.percent(1, 0)).toBe('0%');
    expect(fmt.list(['Angola', 'Belgium', 'Chile'])).toBe('Angola, Belgium and Chile');
    const days = { one: '# day remaining', other: '# days remaining' };
    expect(fmt.plural(1, days)).toBe('1 day remaining');
    expect(fmt.plural(14, days)).toBe('14 days remaining');
  });

  it('orders names alphabetically with accents aside', () => {
    expect(['Côte d’Ivoire', 'Croatia', 'Cook Islands'].sort(fmt.compare)).toEqual([
      'Cook Islands',
      'Côte d’Ivoire',
      'Croatia',
    ]);
  });

  it('takes any of the six languages by its primary subtag and falls back to English otherwise', () => {
    expect(resolveLocale('xx')).toBe('en');
    expect(resolveLocale('ar')).toBe('ar');
    expect(resolveLocale('zh-Hans')).toBe('zh');
    expect(resolveLocale(undefined)).toBe('en');
  });
});
