import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { LocaleContext, useLocale } from '../../../lib/locale/context';
import { createFormat } from '../../../lib/locale/format';
import type { LocaleCode } from '../../../lib/locale/locales';
import { createT } from '../../../lib/locale/translate';
import { boardLanguageAt, boardLanguages, msUntilNextTurn } from '../boardLanguage';

/**
 * The language the board shows now: the room's `?lang=` (else this device's choice), alternating
 * with `?alt=` every `?every=` seconds. It never changes the device's remembered choice.
 */
export function useBoardLanguage(): LocaleCode {
  const [search] = useSearchParams();
  const device = useLocale().fmt.locale;
  const room = useMemo(() => boardLanguages(search), [search]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!room.alt) return;
    // A timer to the next turn's boundary, set again at each turn.
    const timer = setTimeout(() => setNow(Date.now()), msUntilNextTurn(Date.now(), room.everyMs) + 5);
    return () => clearTimeout(timer);
  }, [room, now]);
  return boardLanguageAt(now, room, device);
}

/**
 * Everything inside speaks `lang`: messages, numbers, dates, State names and their order, and the
 * page's `lang` and `dir` (right to left for Arabic) while the board is shown.
 */
export function BoardLocale({ lang, children }: { lang: LocaleCode; children: ReactNode }) {
  const outer = useLocale();
  const value = useMemo(
    () => ({ fmt: createFormat(lang), t: createT(lang), choice: outer.choice, setLocale: outer.setLocale }),
    [lang, outer.choice, outer.setLocale],
  );
  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir };
    root.lang = value.fmt.tag.replace(/-u-.*$/, '');
    root.dir = value.fmt.dir;
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
    };
  }, [value]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
