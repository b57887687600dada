/** The six languages of the Convention (Art. 22): direction, tags and digits decided in one place. */
export type LocaleCode = 'en' | 'fr' | 'es' | 'ru' | 'zh' | 'ar';

export interface LocaleInfo {
  /** BCP 47 tag for Intl; -u-nu-latn keeps the Western digits UN documents use in every language. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, for a language switch. */
  name: string;
  available: boolean;
}

export const LOCALES: Record<LocaleCode, LocaleInfo> = {
  en: { tag: 'en-GB-u-nu-latn', dir: 'ltr', name: 'English', available: true },
  fr: { tag: 'fr-FR-u-nu-latn', dir: 'ltr', name: 'Français', available: true },
  es: { tag: 'es-ES-u-nu-latn', dir: 'ltr', name: 'Español', available: true },
  ru: { tag: 'ru-RU-u-nu-latn', dir: 'ltr', name: 'Русский', available: true },
  zh: { tag: 'zh-CN-u-nu-latn', dir: 'ltr', name: '中文', available: true },
  ar: { tag: 'ar-u-nu-latn', dir: 'rtl', name: 'العربية', available: true },
};

export const DEFAULT_LOCALE: LocaleCode = 'en';

/** A known, available locale for `code`, else English (an unknown choice falls back, never fails). */
export function resolveLocale(code: string | null | undefined): LocaleCode {
  const c = (code ?? '').toLowerCase().slice(0, 2) as LocaleCode;
  return c in LOCALES && LOCALES[c].available ? c : DEFAULT_LOCALE;
}
