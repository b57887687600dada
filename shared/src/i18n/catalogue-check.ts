import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocale } from './format';
import { SUPPORTED_LANGUAGES, type Language } from './languages';

/** One catalogue per language, keyed alike: the shared record catalogue or a screen namespace. */
export type Catalogues = Readonly<Record<Language, Readonly<Record<string, string>>>>;

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };
// @formatjs/icu-messageformat-parser's TYPE: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;

function walk(message: string, visit: (n: Node) => void): void {
  const go = (nodes: Node[]) => {
    for (const n of nodes) {
      visit(n);
      for (const option of Object.values(n.options ?? {})) go(option.value);
    }
  };
  go(new IntlMessageFormat(message, 'en').getAst());
}

/** Every argument a message uses, with how it is used: the contract a translation must keep. */
export function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  walk(message, (n) => {
    // {x}, {x, number} and {x, plural} all take the same value from the caller; a select takes a code.
    if (n.type >= ARGUMENT && n.type <= PLURAL && n.value)
      found.add(`${n.value}:${n.type === SELECT ? 'select' : 'value'}`);
  });
  return [...found].sort();
}

function selectOptions(message: string): string {
  const out: string[] = [];
  walk(message, (n) => {
    if (n.type === SELECT && n.value && n.options)
      out.push(`${n.value}:${Object.keys(n.options).sort().join('|')}`);
  });
  return out.sort().join(' ');
}

/**
 * The CLDR plural categories a plural in `lang` must spell out (Arabic: all six). French and Spanish
 * `many` is left out: CLDR gives it only to exact millions ("1 000 000 de voix"), never a count of
 * States or votes.
 */
export function pluralCategories(lang: Language): string[] {
  const all = new Intl.PluralRules(intlLocale(lang)).resolvedOptions().pluralCategories;
  return lang === 'fr' || lang === 'es' ? all.filter((c) => c !== 'many') : all;
}

/**
 * The categories a plural lacks. A plural that names only `other` (beside exact `=N` forms) says the
 * same words for every count and needs nothing more; one that tells any category apart must tell
 * them all, so a Russian "one/other" cannot silently print the wrong case for 22 or 25.
 */
function missingPluralForms(lang: Language, message: string): string[] {
  const needed = pluralCategories(lang);
  const missing = new Set<string>();
  walk(message, (n) => {
    if (n.type !== PLURAL || !n.options) return;
    const categories = Object.keys(n.options).filter((o) => !o.startsWith('='));
    if (categories.length <= 1) return;
    for (const c of needed) if (!categories.includes(c)) missing.add(c);
  });
  return [...missing];
}

/**
 * Everything wrong with a set of catalogues, one line each (empty when they are right): keys that
 * differ from English, messages that do not parse, arguments or `select` options that differ from
 * English, plural forms a language needs but lacks, messages left in English outside `sameAsEnglish`,
 * empty messages or stray whitespace, and a plural's count spelled as a bare number.
 */
export function catalogueProblems(
  catalogues: Catalogues,
  sameAsEnglish: Partial<Record<Language, readonly string[]>> = {},
): string[] {
  const problems: string[] = [];
  const en = catalogues.en;
  const keys = Object.keys(en);
  for (const lang of SUPPORTED_LANGUAGES) {
    const cat = catalogues[lang];
    for (const key of keys) if (!(key in cat)) problems.push(`${lang} ${key}: missing`);
    for (const key of Object.keys(cat)) if (!(key in en)) problems.push(`${lang} ${key}: not an English key`);
    for (const key of keys) {
      const m = cat[key];
      if (m === undefined) continue;
      const where = `${lang} ${key}`;
      if (m.length === 0 || m.trim() !== m) problems.push(`${where}: empty or with stray whitespace`);
      try {
        new IntlMessageFormat(m, lang);
      } catch (e) {
        problems.push(`${where}: does not parse (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
      if (/\{\w+, plural, [^}]*\d{2,}/.test(m)) problems.push(`${where}: a plural's count as a bare number`);
      const missing = missingPluralForms(lang, m);
      if (missing.length > 0) problems.push(`${where}: plural lacks ${missing.join(', ')}`);
      if (lang === 'en') continue;
      if (argumentsOf(m).join(' ') !== argumentsOf(en[key]).join(' '))
        problems.push(`${where}: arguments ${argumentsOf(m).join(' ')} differ from English`);
      if (selectOptions(m) !== selectOptions(en[key]))
        problems.push(`${where}: select options differ from English`);
      if (m === en[key] && !(sameAsEnglish[lang] ?? []).includes(key))
        problems.push(`${where}: left in English`);
    }
  }
  return problems;
}
