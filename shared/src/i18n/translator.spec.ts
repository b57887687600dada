import type { Catalogue } from './catalogue';
import { createTranslator, formatMessage, renderMessage } from './translator';

describe('createTranslator', () => {
  it('speaks the language asked for, with its direction and tag', () => {
    const ar = createTranslator('ar-EG');
    expect(ar).toMatchObject({ language: 'ar', requested: 'ar-EG', fallback: false, dir: 'rtl', tag: 'ar' });
    expect(ar.t('term.quorum')).toBe('النصاب القانوني');
    expect(ar.number(1234)).toBe('1,234');
    expect(ar.date('2026-11-30')).toBe('30 تشرين الثاني/نوفمبر 2026');
    expect(createTranslator('zh').tag).toBe('zh-Hans');
    expect(createTranslator('fr').dir).toBe('ltr');
  });

  it('falls back to English for an unknown language and keeps the choice', () => {
    const t = createTranslator('de-CH');
    expect(t).toMatchObject({ language: 'en', requested: 'de-CH', fallback: true, dir: 'ltr' });
    expect(t.t('term.quorum')).toBe('quorum');
    expect(formatMessage('xx', 'method.secret')).toBe('Secret ballot');
  });

  it('formats plurals, State names and lists from language-free parameters', () => {
    const ru = createTranslator('ru');
    expect(ru.t('count.statesParties', { count: 161 })).toBe('161 государство-участник');
    expect(ru.t('count.statesParties', { count: 162 })).toBe('162 государства-участника');
    expect(ru.t('count.statesParties', { count: 165 })).toBe('165 государств-участников');
    expect(renderMessage('fr', { key: 'record.inFavourList', params: { states: ['TUR', 'GBR'] } })).toBe(
      "Pour : Türkiye, Royaume-Uni de Grande-Bretagne et d'Irlande du Nord.",
    );
    expect(renderMessage('en', { key: 'record.againstList', params: { states: [] } })).toBe('Against: None.');
  });

  it.each([
    [0, 'لا توجد دول أطراف'],
    [1, 'دولة طرف واحدة'],
    [2, 'دولتان طرفان'],
    [3, '3 دول أطراف'],
    [10, '10 دول أطراف'],
    [11, '11 دولة طرفا'],
    [161, '161 دولة طرفا'],
    [101, '101 دولة طرف'],
  ])('counts %i States Parties with all six Arabic plural forms', (count, expected) => {
    expect(formatMessage('ar', 'count.statesParties', { count })).toBe(expected);
  });

  it('throws on a missing parameter, or reports it and shows the key when the caller asks', () => {
    expect(() => formatMessage('en', 'record.arithmetic', { rule: 'majority-present-voting' })).toThrow(
      /record\.arithmetic.*\(en\)/,
    );
    const errors: string[] = [];
    const t = createTranslator('fr', { onError: (_e, key, lang) => errors.push(`${lang}:${key}`) });
    expect(t.t('record.arithmetic', {})).toBe('record.arithmetic');
    expect(errors).toEqual(['fr:record.arithmetic']);
  });

  it('sorts State codes by their names in the language shown', () => {
    expect(['ESP', 'EGY', 'DNK'].sort(createTranslator('fr').compareStateNames)).toEqual([
      'DNK',
      'EGY',
      'ESP',
    ]);
  });

  it('checks keys and catalogues when compiling', () => {
    const t = createTranslator('en');
    // @ts-expect-error a key that is not in the English catalogue does not compile
    expect(() => t.t('no.such.key')).toThrow();
    // @ts-expect-error a catalogue missing an English key does not compile
    const incomplete: Catalogue = { 'term.quorum': 'quorum' };
    expect(Object.keys(incomplete)).toHaveLength(1);
  });
});
