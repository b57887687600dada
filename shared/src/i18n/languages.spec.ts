import {
  directionOf,
  LANGUAGE_NAMES,
  negotiateLanguage,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
} from './languages';

describe('the six languages', () => {
  it('are the Convention’s authentic languages (Art. 22)', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it('writes Arabic right to left and the five others left to right', () => {
    expect(SUPPORTED_LANGUAGES.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['fr', 'fr', 'fr', false],
    ['fr-CH', 'fr', 'fr-CH', false],
    ['zh-Hans-CN', 'zh', 'zh-Hans-CN', false],
    ['zh_TW', 'zh', 'zh_TW', false],
    ['AR', 'ar', 'AR', false],
    [' ru ', 'ru', 'ru', false],
    ['es-419', 'es', 'es-419', false],
    ['de', 'en', 'de', true],
    ['pt-BR', 'en', 'pt-BR', true],
    ['klingon', 'en', 'klingon', true],
  ])('%j shows %s, keeps %j, fallback %s', (asked, language, requested, fallback) => {
    expect(resolveLanguage(asked)).toEqual({ language, requested, fallback });
  });

  it.each([undefined, null, '', '   '])('shows English when nothing is asked for (%j)', (asked) => {
    expect(resolveLanguage(asked)).toEqual({ language: 'en', requested: null, fallback: false });
  });
});

describe('negotiateLanguage (Accept-Language)', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr', false],
    ['de-DE, de;q=0.9, ar;q=0.5', 'ar', false],
    ['en;q=0.2, ru;q=0.8', 'ru', false],
    ['es;q=0, zh', 'zh', false],
    ['*', 'en', false],
    ['de, it', 'en', true],
    ['', 'en', false],
  ])('%j -> %s (fallback %s)', (header, language, fallback) => {
    const choice = negotiateLanguage(header);
    expect(choice.language).toBe(language);
    expect(choice.fallback).toBe(fallback);
  });

  it('keeps an unsupported header as the choice', () => {
    expect(negotiateLanguage('de, it').requested).toBe('de, it');
  });
});
