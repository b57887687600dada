import { IntlMessageFormat } from 'intl-messageformat';
import type { IsoDate } from '../domain/dates/dates';
import { isIsoDate } from '../domain/dates/dates.rules';
import { CATALOGUES, isMessageKey, type MessageKey } from './catalogue';
import { formatDate, formatList, formatNumber, intlLocale } from './format';
import { directionOf, type Direction, type Language, LANGUAGE_TAGS, resolveLanguage } from './languages';
import { compareStateNames, type NameFallback, type NameForm, stateName } from './state-names';

/**
 * A message as data: a catalogue key and language-free parameters, rendered in any language.
 * Conventions for parameters (so reasons and record entries stay free of prose):
 * - an ISO date string ('2026-11-30') is shown as that language's long date;
 * - `iso3` (or a key ending in `Iso3`) is shown as the State's short name;
 * - an array is a list of ISO codes, shown as names with the language's separator ("None" if empty);
 * - a kebab-case code ('two-thirds-present-voting') reaches ICU `select` in camelCase;
 * - `matter`, `rule`, `countRule` also give `matterLabel`, `ruleLabel`, `countRuleLabel`;
 *   `article` gives `sourceLabel`; comparison/numerator/denominator give `threshold`.
 */
export type ParamValue = string | number | boolean | null | readonly string[];
export type MessageParams = Readonly<Record<string, ParamValue | undefined>>;
export type Message = { key: MessageKey; params?: MessageParams };

const compiled = new Map<string, IntlMessageFormat>();

function compileSource(lang: Language, id: string, source: string): IntlMessageFormat {
  const cacheKey = `${lang}\u0000${id}`;
  let f = compiled.get(cacheKey);
  if (!f) {
    f = new IntlMessageFormat(source, intlLocale(lang));
    compiled.set(cacheKey, f);
  }
  return f;
}

function compile(lang: Language, key: MessageKey): IntlMessageFormat {
  return compileSource(lang, key, CATALOGUES[lang][key]);
}

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const camel = (code: string) => code.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** A catalogue message with ready values and nothing derived: the building blocks of derived params. */
function plain(lang: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return String(compile(lang, key).format(values));
}

function label(lang: Language, prefix: string, code: ParamValue | undefined): string | undefined {
  const key = `${prefix}.${String(code)}`;
  return isMessageKey(key) ? plain(lang, key) : undefined;
}

function threshold(lang: Language, p: MessageParams): string | undefined {
  const { comparison, numerator, denominator } = p;
  // Only a proportion has a comparison; the proportion messages themselves get numbers alone.
  if (comparison === undefined || typeof numerator !== 'number' || typeof denominator !== 'number')
    return undefined;
  const key: MessageKey =
    comparison === 'more-than' && numerator === 1 && denominator === 2
      ? 'proportion.majority'
      : comparison === 'at-least' && numerator === 1 && denominator === 3
        ? 'proportion.oneThird'
        : comparison === 'at-least' && numerator === 2 && denominator === 3
          ? 'proportion.twoThirds'
          : comparison === 'more-than'
            ? 'proportion.moreThan'
            : 'proportion.atLeast';
  return plain(lang, key, { numerator, denominator });
}

function prepare(lang: Language, params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    if (v === null) out[k] = '';
    else if (typeof v === 'number') out[k] = v;
    else if (typeof v === 'boolean') out[k] = String(v);
    else if (typeof v !== 'string') {
      out[k] =
        v.length === 0
          ? plain(lang, 'record.listNone')
          : formatList(
              lang,
              v.map((c) => stateName(c, lang)),
            );
    } else if (isIsoDate(v)) out[k] = formatDate(lang, v);
    else if (k === 'iso3' || k.endsWith('Iso3')) out[k] = stateName(v, lang);
    else out[k] = KEBAB.test(v) ? camel(v) : v;
  }
  const derived: Record<string, string | undefined> = {
    matterLabel: 'matter' in params ? label(lang, 'matter', params.matter) : undefined,
    ruleLabel: 'rule' in params ? label(lang, 'votingRule', params.rule) : undefined,
    countRuleLabel: 'countRule' in params ? label(lang, 'countRule', params.countRule) : undefined,
    sourceLabel:
      'article' in params
        ? typeof params.article === 'string' && params.article !== ''
          ? plain(lang, 'source.convention', { article: params.article })
          : plain(lang, 'source.rulesOfProcedure')
        : undefined,
    threshold: threshold(lang, params),
  };
  for (const [k, v] of Object.entries(derived)) if (v !== undefined && !(k in out)) out[k] = v;
  return out;
}

function format(lang: Language, key: MessageKey, params: MessageParams): string {
  try {
    return String(compile(lang, key).format(prepare(lang, params)));
  } catch (e) {
    throw new Error(`Message "${key}" (${lang}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A message from another catalogue (the client's screen catalogues), formatted with the same engine
 * and the same parameter conventions as the shared one. `id` names the message for the compile
 * cache and for errors; it must not change meaning between calls (a catalogue key does not).
 */
export function formatSource(lang: Language, id: string, source: string, params: MessageParams = {}): string {
  try {
    return String(compileSource(lang, `source:${id}`, source).format(prepare(lang, params)));
  } catch (e) {
    throw new Error(`Message "${id}" (${lang}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

export type TranslatorOptions = {
  /** Called instead of throwing when a message cannot be formatted (a missing parameter); the key is shown. */
  onError?: (error: Error, key: MessageKey, lang: Language) => void;
};

/** Everything a screen, a record export or an error message needs to speak one language. */
export type Translator = {
  language: Language;
  /** What was asked for, kept when it fell back to English (an unknown language). */
  requested: string | null;
  fallback: boolean;
  dir: Direction;
  /** BCP 47 tag for `lang` attributes ('zh-Hans' for Chinese). */
  tag: string;
  t(key: MessageKey, params?: MessageParams): string;
  render(message: Message): string;
  number(n: number): string;
  date(date: IsoDate): string;
  list(items: readonly string[]): string;
  stateName(iso3: string, form?: NameForm, fallback?: NameFallback): string;
  compareStateNames(a: string, b: string): number;
};

export function createTranslator(
  locale: string | null | undefined,
  options: TranslatorOptions = {},
): Translator {
  const { language, requested, fallback } = resolveLanguage(locale);
  const t = (key: MessageKey, params: MessageParams = {}): string => {
    if (!options.onError) return format(language, key, params);
    try {
      return format(language, key, params);
    } catch (e) {
      options.onError(e instanceof Error ? e : new Error(String(e)), key, language);
      return key;
    }
  };
  return {
    language,
    requested,
    fallback,
    dir: directionOf(language),
    tag: LANGUAGE_TAGS[language],
    t,
    render: (m) => t(m.key, m.params),
    number: (n) => formatNumber(language, n),
    date: (d) => formatDate(language, d),
    list: (items) => formatList(language, items),
    stateName: (iso3, form, fb) => stateName(iso3, language, form, fb),
    compareStateNames: compareStateNames(language),
  };
}

/** One message in the language asked for (an unknown language falls back to English). */
export function formatMessage(
  locale: string | null | undefined,
  key: MessageKey,
  params: MessageParams = {},
): string {
  return format(resolveLanguage(locale).language, key, params);
}

/** A message as data, rendered in the language asked for. */
export function renderMessage(locale: string | null | undefined, message: Message): string {
  return formatMessage(locale, message.key, message.params);
}
