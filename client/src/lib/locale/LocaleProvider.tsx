import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormat } from './format';
import { LocaleContext } from './context';
import { resolveLocale, type LocaleCode } from './locales';

/**
 * The one locale of the page: every date, number, plural and name order is formatted through it,
 * and it sets the document's `lang` and `dir` (right to left for Arabic). English only for now.
 */
export function LocaleProvider({ initial, children }: { initial?: LocaleCode; children: ReactNode }) {
  const [locale, setLocale] = useState<LocaleCode>(resolveLocale(initial));
  const value = useMemo(
    () => ({ fmt: createFormat(locale), setLocale: (c: string) => setLocale(resolveLocale(c)) }),
    [locale],
  );
  useEffect(() => {
    const root = document.documentElement;
    root.lang = value.fmt.tag.replace(/-u-.*$/, '');
    root.dir = value.fmt.dir;
  }, [value]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
