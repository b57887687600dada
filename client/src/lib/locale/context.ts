import { createContext, useContext } from 'react';
import { createFormat, type Format } from './format';
import { DEFAULT_LOCALE } from './locales';
import { createT, type T } from './translate';

export interface LocaleValue {
  fmt: Format;
  /** The screens' messages in this language. */
  t: T;
  /** The language chosen on this device as given (even one shown as English), null if never chosen. */
  choice: string | null;
  /** Switches the language (an unknown or unavailable one falls back to English). */
  setLocale(code: string): void;
}

/** English until a LocaleProvider says otherwise, so a component renders the same in a spec. */
export const LocaleContext = createContext<LocaleValue>({
  fmt: createFormat(DEFAULT_LOCALE),
  t: createT(DEFAULT_LOCALE),
  choice: null,
  setLocale: () => undefined,
});

/** The page's formatters: `const { fmt } = useLocale(); fmt.date('2026-02-20')`. */
export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

/** Shorthand for the formatters alone. */
export function useFormat(): Format {
  return useContext(LocaleContext).fmt;
}

/** The screens' messages: `const t = useT(); t('board.title')`. */
export function useT(): T {
  return useContext(LocaleContext).t;
}
