import type { Language } from './languages';
import ar from './messages/ar.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import ru from './messages/ru.json';
import zh from './messages/zh.json';

/**
 * The message catalogues, one ICU MessageFormat file per language (messages/*.json, the format
 * translators' tools read). The English catalogue defines the keys: a key missing from another
 * language fails to compile here, and catalogue.spec.ts fails on extra keys, unparsable messages,
 * arguments that differ from English and plural categories a language needs but lacks.
 */
export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, es, ru, zh, ar };

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
