import { searchStates, stateName, type DelegationView, type Language } from '@plenary/shared';

/** Lower case without accents, so "cote" finds "Côte d'Ivoire". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Delegations matching what the secretariat typed, best first. States are found as the door's
 * shared search finds them (`searchStates`: UN names in six languages, common and former names,
 * abbreviations, ISO codes), so "Turkey" finds Türkiye and "UK" the United Kingdom before
 * Ukraine; organisations by their name. Ties keep the list's own order.
 */
export function searchDelegations(
  list: readonly DelegationView[],
  query: string,
  lang: Language = 'en',
): DelegationView[] {
  const q = fold(query.trim());
  if (q === '') return [...list];
  const states = list.filter((d) => d.stateIso3);
  const registerNames = Object.fromEntries(states.map((d) => [d.stateIso3!, d.name]));
  const rankByIso = new Map(
    searchStates(query, lang, { among: states.map((d) => d.stateIso3!), registerNames }).map((m) => [
      m.iso3,
      m.rank as number,
    ]),
  );
  const scored: { d: DelegationView; score: number; i: number }[] = [];
  list.forEach((d, i) => {
    let score = -1;
    if (d.stateIso3) score = rankByIso.get(d.stateIso3) ?? -1;
    else {
      const name = fold(d.name);
      if (name.startsWith(q)) score = 1;
      else if (name.split(/[\s(),'-]+/).some((w) => w.startsWith(q))) score = 2;
      else if (name.includes(q)) score = 3;
    }
    if (score >= 0) scored.push({ d, score, i });
  });
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).map((s) => s.d);
}

export type PresenceKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

/** The next highlighted row after a navigation key, clamped to the list. */
export function moveActive(active: number, key: PresenceKey, length: number): number {
  if (length === 0) return -1;
  const page = 10;
  const clamp = (n: number) => Math.max(0, Math.min(length - 1, n));
  switch (key) {
    case 'ArrowDown':
      return clamp(active + 1);
    case 'ArrowUp':
      return clamp(active - 1);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    case 'PageDown':
      return clamp(active + page);
    case 'PageUp':
      return clamp(active - page);
  }
}

export function isPresenceKey(key: string): key is PresenceKey {
  return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key);
}

/** Only participants (States Parties seated) count toward the quorum; observers may still be checked in. */
export function countsTowardQuorum(d: DelegationView): boolean {
  return d.standing === 'participant';
}

/**
 * A delegation's name in the language shown: a State as the UN writes it (the register's name where
 * the names file lacks it), an organisation as registered.
 */
export function delegationName(d: Pick<DelegationView, 'name' | 'stateIso3'>, lang: Language): string {
  return d.stateIso3 ? stateName(d.stateIso3, lang, 'short', { registerName: d.name }) : d.name;
}
