import { resolveLocale, type LocaleCode } from '../../lib/locale/locales';

/** How long each language stays on a board that alternates, unless the room says otherwise. */
export const DEFAULT_EVERY_SECONDS = 20;
/** The shortest turn a room may ask for: long enough to read a vote's figures. */
export const MIN_EVERY_SECONDS = 5;

/** The board's languages as the room set them in its address: `/board?lang=ar&alt=en&every=20`. */
export interface BoardLanguages {
  /** The language the room chose (`lang`), else null: the device's own choice. */
  lang: LocaleCode | null;
  /** The second language it alternates with (`alt`), else null: no alternation. */
  alt: LocaleCode | null;
  /** How long each language stays, in ms. */
  everyMs: number;
}

/**
 * Reads the room's choice from the board's address. An unknown language shows English (as the
 * rest of the app does); an `alt` equal to `lang` does not alternate; `every` is whole seconds,
 * at least MIN_EVERY_SECONDS, DEFAULT_EVERY_SECONDS when absent or not a number.
 */
export function boardLanguages(search: URLSearchParams): BoardLanguages {
  const lang = search.get('lang') ? resolveLocale(search.get('lang')) : null;
  const altRaw = search.get('alt') ? resolveLocale(search.get('alt')) : null;
  const every = Number(search.get('every'));
  const seconds =
    search.get('every') !== null && Number.isFinite(every) && every > 0
      ? Math.max(MIN_EVERY_SECONDS, Math.round(every))
      : DEFAULT_EVERY_SECONDS;
  const alt = altRaw && altRaw !== (lang ?? null) ? altRaw : null;
  return { lang, alt, everyMs: seconds * 1000 };
}

/**
 * The language a board shows at `now` (ms since the epoch): the room's `lang` (or the device's),
 * and, when the room alternates, `alt` in every other turn of `everyMs`. Turns are counted from
 * the epoch, so every board in the hall with the same address shows the same language at once.
 */
export function boardLanguageAt(now: number, room: BoardLanguages, device: LocaleCode): LocaleCode {
  const first = room.lang ?? device;
  if (!room.alt || room.alt === first) return first;
  return Math.floor(now / room.everyMs) % 2 === 0 ? first : room.alt;
}

/** Milliseconds from `now` until the next turn begins (when a board that alternates switches). */
export function msUntilNextTurn(now: number, everyMs: number): number {
  return everyMs - (now % everyMs);
}
