import { CATALOGUES, type MessageKey } from './catalogue';
import { argumentsOf, catalogueProblems, type Catalogues, pluralCategories } from './catalogue-check';
import { SUPPORTED_LANGUAGES, type Language } from './languages';

// Words that are the same in English and in another language, checked one by one.
const SAME_AS_ENGLISH: Partial<Record<Language, MessageKey[]>> = {
  fr: ['term.quorum', 'term.consensus'],
  es: ['choice.no'],
};

/** Six languages holding the same messages, for the checker's own cases. */
function alike(messages: Record<string, string>): Record<Language, Record<string, string>> {
  return Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, { ...messages }])) as Record<
    Language,
    Record<string, string>
  >;
}

describe('message catalogues', () => {
  it('are complete, parse, keep the English arguments, spell every plural form and are translated', () => {
    expect(catalogueProblems(CATALOGUES, SAME_AS_ENGLISH)).toEqual([]);
  });
});

describe('catalogueProblems', () => {
  const ok = (): Catalogues => {
    const c = alike({});
    for (const l of SUPPORTED_LANGUAGES) c[l]['x.hello'] = `hello ${l}`;
    return c;
  };

  it('passes a right set', () => {
    expect(catalogueProblems(ok())).toEqual([]);
  });

  it('names a missing key, an extra key and a message left in English', () => {
    const c = ok() as Record<Language, Record<string, string>>;
    delete c.fr['x.hello'];
    c.es['x.extra'] = 'extra';
    c.ru['x.hello'] = c.en['x.hello'];
    expect(catalogueProblems(c)).toEqual([
      'fr x.hello: missing',
      'es x.extra: not an English key',
      'ru x.hello: left in English',
    ]);
    expect(catalogueProblems(c, { ru: ['x.hello'] })).not.toContain('ru x.hello: left in English');
  });

  it('names an argument renamed, an unparsable message and stray whitespace', () => {
    const c = alike({ 'x.n': '{count} items' });
    for (const l of SUPPORTED_LANGUAGES) if (l !== 'en') c[l]['x.n'] = `{count} ${l}`;
    c.fr['x.n'] = '{nombre} fr';
    c.zh['x.n'] = '{count zh';
    c.ar['x.n'] = ' {count} ar';
    expect(catalogueProblems(c)).toEqual([
      'fr x.n: arguments nombre:value differ from English',
      expect.stringMatching(/^zh x\.n: does not parse/),
      'ar x.n: empty or with stray whitespace',
    ]);
  });

  it('asks every plural form of a language once a message tells forms apart', () => {
    const c = alike({});
    for (const l of SUPPORTED_LANGUAGES) c[l]['x.votes'] = `{n, plural, one {# ${l}1} other {# ${l}}}`;
    const problems = catalogueProblems(c);
    expect(problems).toContain('ru x.votes: plural lacks few, many');
    expect(problems).toContain('ar x.votes: plural lacks few, many, two, zero');
    // Only `other` (beside exact forms): the same words for every count.
    for (const l of SUPPORTED_LANGUAGES) c[l]['x.votes'] = `{n, plural, =0 {none ${l}} other {# ${l}}}`;
    expect(catalogueProblems(c)).toEqual([]);
  });

  it('knows Arabic has six plural forms and Russian four', () => {
    expect(pluralCategories('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralCategories('ru').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(argumentsOf('{a} {b, select, x {y} other {z}} {c, plural, other {#}}')).toEqual([
      'a:value',
      'b:select',
      'c:value',
    ]);
  });
});
