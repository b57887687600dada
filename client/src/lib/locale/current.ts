import { DEFAULT_LOCALE, type LocaleCode } from './locales';
import { createT, type T } from './translate';

/**
 * The page's language outside React: what the API client says in `Accept-Language` (so the
 * server answers a refusal in the reader's language) and the language of the messages it makes
 * itself (no connection, an answer off contract). Set by the LocaleProvider; English before.
 */
let current: LocaleCode = DEFAULT_LOCALE;

export function currentLocale(): LocaleCode {
  return current;
}

export function setCurrentLocale(locale: LocaleCode): void {
  current = locale;
}

/** The screens' messages in the page's language, for code that runs outside a component. */
export function currentT(): T {
  return createT(current);
}
