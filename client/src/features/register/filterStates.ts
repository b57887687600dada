import type { StateView } from '@plenary/shared';
import type { PartyStatus } from './status';

export interface StateFilter {
  text: string;
  status: PartyStatus | 'all';
}

/** Lower case without accents, so "cote" finds "Côte d'Ivoire". */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The States matching the filter. The text is looked for in the register's name, the ISO code,
 * the group as stored and whatever else the screen shows for the State (its name and group in the
 * language shown, from `shown`).
 */
export function filterStates(
  states: readonly StateView[],
  filter: StateFilter,
  shown: (s: StateView) => readonly string[] = () => [],
): StateView[] {
  const needle = fold(filter.text.trim());
  return states.filter((s) => {
    if (filter.status !== 'all' && s.status !== filter.status) return false;
    if (!needle) return true;
    return [s.name, s.iso3, s.regionalGroup ?? '', ...shown(s)].some((field) => fold(field).includes(needle));
  });
}

export function countByStatus(states: readonly StateView[]): Record<PartyStatus, number> {
  const counts: Record<PartyStatus, number> = { party: 0, pending: 0, withdrawn: 0, 'non-party': 0 };
  for (const s of states) counts[s.status] += 1;
  return counts;
}
