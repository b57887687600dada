import type { Language } from './languages';
import { STATE_ALIASES } from './state-aliases';
import { collatorFor, sortKey, stateName, STATE_NAME_CODES } from './state-names';
import { STATE_NAMES } from './state-names.generated';

/**
 * The door's search: a State is found by its UN short or formal name in any of the six languages,
 * by a common or former name or an abbreviation (STATE_ALIASES), or by its ISO code; accents,
 * case, punctuation and Arabic letter variants are ignored. Exact matches come first, then names
 * that start with the query, then names with a word that starts with it, then names that contain it.
 * So "UK" finds the United Kingdom before Ukraine, and "Turkey" finds Türkiye.
 */
export type StateMatch = {
  iso3: string;
  /** The State's short name in the language shown. */
  name: string;
  /** The name or alias that matched, as written. */
  matched: string;
  /** 0 exact, 1 name starts with the query, 2 a word starts with it, 3 contains it. */
  rank: 0 | 1 | 2 | 3;
};

export type SearchOptions = {
  /** Only these States (the meeting's delegations); all States in the names file by default. */
  among?: readonly string[];
  /** The register's names, searched too and shown for a State the names file lacks. */
  registerNames?: Readonly<Record<string, string>>;
  limit?: number;
};

const ARABIC_VARIANTS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};

/** Words of `text` for matching: no accents or Arabic vowel marks, lower case, punctuation as spaces. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ـ/g, '')
    .replace(/[أإآٱىةؤئ]/g, (c) => ARABIC_VARIANTS[c])
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’ʼ`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

type Candidate = { text: string; words: string[]; compact: string };

function candidate(text: string): Candidate {
  const words = searchWords(text);
  return { text, words, compact: words.join('') };
}

const candidates = new Map<string, Candidate[]>();

function candidatesOf(iso3: string, registerName: string | undefined): Candidate[] {
  let list = candidates.get(iso3);
  if (!list) {
    const entry = STATE_NAMES[iso3];
    const texts = [iso3, ...(entry ? [...entry.short, ...entry.formal] : []), ...(STATE_ALIASES[iso3] ?? [])];
    list = [...new Set(texts)].map(candidate);
    candidates.set(iso3, list);
  }
  return registerName ? [...list, candidate(registerName)] : list;
}

function rankOf(query: Candidate, c: Candidate): StateMatch['rank'] | null {
  if (c.compact === query.compact) return 0;
  if (c.compact.startsWith(query.compact)) return 1;
  for (let i = 0; i < c.words.length; i++) {
    if (
      query.words.every((w, j) =>
        j === query.words.length - 1 ? c.words[i + j]?.startsWith(w) : c.words[i + j] === w,
      )
    )
      return 2;
  }
  return c.compact.includes(query.compact) ? 3 : null;
}

export function searchStates(query: string, lang: Language, options: SearchOptions = {}): StateMatch[] {
  const q = candidate(query);
  if (q.compact === '') return [];
  const registerNames = options.registerNames ?? {};
  const pool = options.among ?? STATE_NAME_CODES;
  const found: StateMatch[] = [];
  for (const iso3 of pool) {
    let best: { rank: StateMatch['rank']; matched: string } | null = null;
    for (const c of candidatesOf(iso3, registerNames[iso3])) {
      const rank = rankOf(q, c);
      if (rank !== null && (best === null || rank < best.rank)) best = { rank, matched: c.text };
      if (best?.rank === 0) break;
    }
    if (best) {
      const name = stateName(iso3, lang, 'short', { registerName: registerNames[iso3] });
      found.push({ iso3, name, matched: best.matched, rank: best.rank });
    }
  }
  const collator = collatorFor(lang);
  found.sort((a, b) => a.rank - b.rank || collator.compare(sortKey(lang, a.name), sortKey(lang, b.name)));
  return options.limit === undefined ? found : found.slice(0, options.limit);
}
