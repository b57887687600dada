import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { setCurrentLocale } from './current';
import { createFormat } from './format';
import { LocaleContext } from './context';
import { resolveLocale, type LocaleCode } from './locales';
import { createT } from './translate';

/** Where this device remembers the language chosen (the choice as given, even one not shown yet). */
export const LANGUAGE_STORAGE_KEY = 'plenary.lang';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage switched off: English until chosen again
  }
}

function remember(code: string): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, code);
  } catch {
    // storage switched off: the choice holds for this page only
  }
}

/**
 * The one locale of the page: every message, date, number, plural and name order is formatted
 * through it, and it sets the document's `lang` and `dir` (right to left for Arabic). The language
 * is `initial` when given (a spec, the board's room setting), else this device's last choice.
 */
export function LocaleProvider({ initial, children }: { initial?: LocaleCode; children: ReactNode }) {
  const [choice, setChoice] = useState<string | null>(() => initial ?? remembered());
  const locale = resolveLocale(choice);
  const value = useMemo(() => {
    setCurrentLocale(locale);
    return {
      fmt: createFormat(locale),
      t: createT(locale),
      choice,
      setLocale: (c: string) => {
        remember(c);
        setChoice(c);
      },
    };
  }, [locale, choice]);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = value.fmt.tag.replace(/-u-.*$/, '');
    root.dir = value.fmt.dir;
  }, [value]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
