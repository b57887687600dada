import { formatSource, type MessageParams } from '@plenary/shared';
import { UI_CATALOGUES, type UiKey } from '../../i18n/catalogue';
import type { LocaleCode } from './locales';

/** A screen message in one language: `t('board.title')`, `t('vote.remaining', { count: 3 })`. */
export type T = (key: UiKey, params?: MessageParams) => string;

const cache = new Map<LocaleCode, T>();

/**
 * The screens' translator for one language: the shared ICU engine and parameter conventions
 * (an ISO date is a long date, `iso3` a State's name, a kebab code reaches `select`) over the
 * client's catalogues. A message that cannot be formatted (a parameter missing) is reported on the
 * console and shows its key, so one bad message never blanks a screen; specs fail on that report.
 */
export function createT(locale: LocaleCode): T {
  const hit = cache.get(locale);
  if (hit) return hit;
  const catalogue = UI_CATALOGUES[locale];
  const t: T = (key, params) => {
    try {
      return formatSource(locale, key, catalogue[key], params);
    } catch (e) {
      console.error(`Missing or broken message: ${e instanceof Error ? e.message : String(e)}`);
      return key;
    }
  };
  cache.set(locale, t);
  return t;
}
