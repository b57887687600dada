import type { StateView } from '@plenary/shared';
import { fold } from './presenceSearch';

/** "Poland (POL)": what the type-ahead offers and what a choice looks like in the box. */
export function stateOption(s: Pick<StateView, 'name' | 'iso3'>): string {
  return `${s.name} (${s.iso3})`;
}

/** The State meant by what was typed or chosen: "Poland (POL)", "POL", "pol" or "Poland". */
export function findState<S extends Pick<StateView, 'name' | 'iso3'>>(
  states: readonly S[],
  typed: string,
): S | null {
  const t = typed.trim();
  if (t === '') return null;
  const iso = /\(([A-Za-z]{3})\)\s*$/.exec(t)?.[1] ?? (/^[A-Za-z]{3}$/.test(t) ? t : null);
  if (iso) {
    const hit = states.find((s) => s.iso3 === iso.toUpperCase());
    if (hit) return hit;
  }
  const f = fold(t);
  return states.find((s) => fold(s.name) === f) ?? null;
}
