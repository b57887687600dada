import type { Language } from '@plenary/shared';
import ar from './ar.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import ru from './ru.json';
import zh from './zh.json';

/** The `live` screens' messages; English defines the keys, so a language lacking one does not compile. */
export type Key = keyof typeof en;
export const messages: Record<Language, Record<Key, string>> = { en, fr, es, ru, zh, ar };
