import { SUPPORTED_LANGUAGES, type Language } from '@plenary/shared';
import * as common from './messages/common';
import * as board from './messages/board';
import * as vote from './messages/vote';
import * as live from './messages/live';
import * as consoleScreens from './messages/console';
import * as desk from './messages/desk';
import * as register from './messages/register';
import * as procedures from './messages/procedures';
import * as recordView from './messages/recordView';
import * as election from './messages/election';
import * as officeholders from './messages/officeholders';
import * as floor from './messages/floor';

/**
 * The screens' messages, one namespace per area, each in its own folder of six ICU MessageFormat
 * files (messages/<namespace>/<lang>.json), the format translators' tools read. Keys carry their
 * namespace ("board.title"), so namespaces never collide. English defines the keys: a language
 * lacking one does not compile (each namespace's index.ts), and catalogue.spec.ts runs the shared
 * `catalogueProblems` over the whole set (arguments, plural forms, messages left in English).
 * The Convention's own sentences (outcomes, refusals, the record) stay in the shared catalogue.
 */
const NAMESPACES = {
  common,
  board,
  vote,
  live,
  console: consoleScreens,
  desk,
  register,
  procedures,
  recordView,
  election,
  officeholders,
  floor,
};

export type UiKey = {
  [N in keyof typeof NAMESPACES]: (typeof NAMESPACES)[N] extends { messages: Record<'en', infer M> }
    ? keyof M
    : never;
}[keyof typeof NAMESPACES];

export const UI_CATALOGUES = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [
    lang,
    Object.assign({}, ...Object.values(NAMESPACES).map((ns) => ns.messages[lang])) as Record<UiKey, string>,
  ]),
) as Record<Language, Record<UiKey, string>>;

export const UI_KEYS = Object.keys(UI_CATALOGUES.en) as UiKey[];

export function isUiKey(key: string): key is UiKey {
  return Object.prototype.hasOwnProperty.call(UI_CATALOGUES.en, key);
}
