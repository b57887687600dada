import { boardLanguageAt, boardLanguages, msUntilNextTurn } from './boardLanguage';

const room = (query: string) => boardLanguages(new URLSearchParams(query));

describe('the board’s language, as the room sets it', () => {
  it('takes the room’s language over the device’s, and the device’s when the room says nothing', () => {
    expect(boardLanguageAt(0, room('lang=ar'), 'fr')).toBe('ar');
    expect(boardLanguageAt(0, room(''), 'fr')).toBe('fr');
    // An unknown language shows English, as everywhere else.
    expect(boardLanguageAt(0, room('lang=xx'), 'fr')).toBe('en');
  });

  it('alternates between the two languages every 20 seconds by default', () => {
    const r = room('lang=ar&alt=en');
    expect(r.everyMs).toBe(20_000);
    expect(boardLanguageAt(0, r, 'fr')).toBe('ar');
    expect(boardLanguageAt(19_999, r, 'fr')).toBe('ar');
    expect(boardLanguageAt(20_000, r, 'fr')).toBe('en');
    expect(boardLanguageAt(39_999, r, 'fr')).toBe('en');
    expect(boardLanguageAt(40_000, r, 'fr')).toBe('ar');
  });

  it('takes the turn’s length from `every`, never below 5 seconds, 20 when it is not a number', () => {
    expect(room('lang=zh&alt=en&every=30').everyMs).toBe(30_000);
    expect(boardLanguageAt(31_000, room('lang=zh&alt=en&every=30'), 'en')).toBe('en');
    expect(boardLanguageAt(61_000, room('lang=zh&alt=en&every=30'), 'en')).toBe('zh');
    expect(room('alt=en&every=1').everyMs).toBe(5_000);
    expect(room('alt=en&every=soon').everyMs).toBe(20_000);
    expect(room('alt=en&every=-4').everyMs).toBe(20_000);
  });

  it('alternates the device’s language with `alt` when the room sets no `lang`', () => {
    const r = room('alt=en&every=10');
    expect(boardLanguageAt(5_000, r, 'ru')).toBe('ru');
    expect(boardLanguageAt(15_000, r, 'ru')).toBe('en');
  });

  it('does not alternate a language with itself', () => {
    expect(room('lang=en&alt=en').alt).toBeNull();
    expect(boardLanguageAt(25_000, room('lang=en&alt=en'), 'fr')).toBe('en');
    expect(boardLanguageAt(25_000, room('alt=fr'), 'fr')).toBe('fr');
  });

  it('says how long until the next turn, so the board switches on the boundary', () => {
    expect(msUntilNextTurn(0, 20_000)).toBe(20_000);
    expect(msUntilNextTurn(45_500, 20_000)).toBe(14_500);
  });
});
