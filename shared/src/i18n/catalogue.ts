import type { Language } from './languages';
import arMain from './messages/ar.json';
import enMain from './messages/en.json';
import esMain from './messages/es.json';
import frMain from './messages/fr.json';
import ruMain from './messages/ru.json';
import zhMain from './messages/zh.json';
import arErrors from './messages/errors/ar.json';
import enErrors from './messages/errors/en.json';
import esErrors from './messages/errors/es.json';
import frErrors from './messages/errors/fr.json';
import ruErrors from './messages/errors/ru.json';
import zhErrors from './messages/errors/zh.json';

// The error codes' messages (`error.<CODE>`) live in their own files (messages/errors/*.json), so the
// catalogue of refusals can grow without touching the record's and the rules' messages.
const en = { ...enMain, ...enErrors };
const fr = { ...frMain, ...frErrors };
const es = { ...esMain, ...esErrors };
const ru = { ...ruMain, ...ruErrors };
const zh = { ...zhMain, ...zhErrors };
const ar = { ...arMain, ...arErrors };

/**
 * The message catalogues, ICU MessageFormat files per language (messages/*.json and
 * messages/errors/*.json, the format
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
