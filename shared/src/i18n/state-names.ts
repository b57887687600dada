import { type Language, LANGUAGE_TAGS, SUPPORTED_LANGUAGES } from './languages';
import { STATE_NAMES } from './state-names.generated';

/**
 * State names as the UN terminology database writes them (shared/data/state-names.csv): the short
 * name without its article ("Türkiye", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord") and
 * the formal name with it, lower-case, for use inside a sentence ("the Republic of Türkiye").
 * The register keeps the depositary's names for treaty facts; these are for display.
 */
export type NameForm = 'short' | 'formal';

export type NameFallback = {
  /** The register's name, shown when the names file has no entry for the State. */
  registerName?: string;
  /** Called when the names file has no entry; see reportMissingOnce() to log each State once. */
  onMissing?: (iso3: string) => void;
};

const index = (lang: Language): number => SUPPORTED_LANGUAGES.indexOf(lang);

export function hasStateName(iso3: string): boolean {
  return Object.prototype.hasOwnProperty.call(STATE_NAMES, iso3);
}

/** Every State the names file knows, by ISO 3166-1 alpha-3 code. */
export const STATE_NAME_CODES: readonly string[] = Object.keys(STATE_NAMES);

/** The State's name in `lang`; a State missing from the names file shows the register's name (or its code). */
export function stateName(
  iso3: string,
  lang: Language,
  form: NameForm = 'short',
  fallback: NameFallback = {},
): string {
  if (hasStateName(iso3)) return STATE_NAMES[iso3][form][index(lang)];
  fallback.onMissing?.(iso3);
  return fallback.registerName ?? iso3;
}

/** An onMissing handler that passes each missing State to `log` once, however often it is shown. */
export function reportMissingOnce(log: (iso3: string) => void): (iso3: string) => void {
  const reported = new Set<string>();
  return (iso3) => {
    if (reported.has(iso3)) return;
    reported.add(iso3);
    log(iso3);
  };
}

const collators = new Map<Language, Intl.Collator>();

/** The collation of the language shown (pinyin for Chinese); accents and case sort as that language sorts them. */
export function collatorFor(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(LANGUAGE_TAGS[lang], { usage: 'sort', sensitivity: 'variant', numeric: true });
    collators.set(lang, c);
  }
  return c;
}

/**
 * What a name sorts by: the name itself, except that UN Arabic lists sort without the definite
 * article (الأرجنتين among the alifs, البحرين between بالاو and البرازيل).
 */
export function sortKey(lang: Language, name: string): string {
  return lang === 'ar' ? name.replace(/^ال/, '') : name;
}

/** Compares ISO codes by the States' names in `lang`, for boards and lists in the language shown. */
export function compareStateNames(
  lang: Language,
  form: NameForm = 'short',
  registerNames: Readonly<Record<string, string>> = {},
): (a: string, b: string) => number {
  const collator = collatorFor(lang);
  const name = (iso3: string) => stateName(iso3, lang, form, { registerName: registerNames[iso3] });
  return (a, b) =>
    collator.compare(sortKey(lang, name(a)), sortKey(lang, name(b))) ||
    collator.compare(name(a), name(b)) ||
    (a < b ? -1 : a > b ? 1 : 0);
}

const english = new Intl.Collator('en', { usage: 'sort', sensitivity: 'base', numeric: true });

/**
 * UN English alphabetical order of the short names, for the roll-call and the record's
 * recorded-vote lists in every language (Côte d'Ivoire after Costa Rica, Türkiye before
 * Turkmenistan, the Democratic People's Republic of Korea under D). Compares ISO codes.
 */
export function englishAlphabeticalOrder(a: string, b: string): number {
  const nameA = hasStateName(a) ? STATE_NAMES[a].short[0] : a;
  const nameB = hasStateName(b) ? STATE_NAMES[b].short[0] : b;
  return english.compare(nameA, nameB) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The same order for English names a caller already holds (the register's, for a State the names file lacks). */
export function compareEnglishNames(a: string, b: string): number {
  return english.compare(a, b);
}

/** A copy of `iso3s` in UN English alphabetical order. */
export function inEnglishOrder(iso3s: readonly string[]): string[] {
  return [...iso3s].sort(englishAlphabeticalOrder);
}
