/** The Convention's six authentic languages (Art. 22), in the UN's order of the official languages' codes. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, for the language switch (never translated). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  zh: '中文',
  ar: 'العربية',
};

/** The BCP 47 tag for `lang` attributes and `Intl`: UN Chinese is simplified Chinese. */
export const LANGUAGE_TAGS: Record<Language, string> = {
  en: 'en',
  fr: 'fr',
  es: 'es',
  ru: 'ru',
  zh: 'zh-Hans',
  ar: 'ar',
};

export type Direction = 'ltr' | 'rtl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Arabic is written right to left; the five others left to right. */
export function directionOf(lang: Language): Direction {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The language to show for what someone asked for. An unknown language falls back to English,
 * but `requested` keeps the choice so it is stored and honoured once that language exists.
 */
export type LanguageChoice = {
  language: Language;
  /** What was asked for, as given (trimmed); null when nothing was asked for. */
  requested: string | null;
  /** True when something was asked for and English is shown instead. */
  fallback: boolean;
};

/** The primary subtag, lower-cased: 'fr-CH' -> 'fr', 'zh-Hans-CN' -> 'zh', 'AR' -> 'ar'. */
function primarySubtag(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase();
}

export function resolveLanguage(requested: string | null | undefined): LanguageChoice {
  const given = typeof requested === 'string' ? requested.trim() : '';
  if (given === '') return { language: DEFAULT_LANGUAGE, requested: null, fallback: false };
  const primary = primarySubtag(given);
  if (isLanguage(primary)) return { language: primary, requested: given, fallback: false };
  return { language: DEFAULT_LANGUAGE, requested: given, fallback: true };
}

/**
 * The best supported language in an HTTP Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8"),
 * so the server's messages follow the request's language. Ties keep the header's order.
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined): LanguageChoice {
  if (!acceptLanguage || acceptLanguage.trim() === '') return resolveLanguage(null);
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((t) => t.tag !== '' && t.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const found = ranked.find((t) => isLanguage(primarySubtag(t.tag)));
  if (found) return resolveLanguage(found.tag);
  if (ranked.some((t) => t.tag === '*')) return resolveLanguage(null);
  return { language: DEFAULT_LANGUAGE, requested: acceptLanguage.trim(), fallback: true };
}
