import type { DecisionOutcome } from '../decisions/decisions';
import { ok, type Result } from '../errors';
import type { DivisionPart } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';

/**
 * Division (DOMAIN.md §7, GA rule 89): the parts are voted separately, in the order the motion gave;
 * then the parts approved are put to the vote as a whole; if every operative part was rejected,
 * the proposal is rejected without that vote.
 */
export type DivisionOutcome =
  | { kind: 'pending'; nextPartId: string }
  | { kind: 'rejected' }
  | { kind: 'vote-as-whole'; approved: string[] };

/** The parts a motion for division names: at least two, distinct, at least one operative. */
export function validateDivision(parts: DivisionPart[]): Result<DivisionPart[]> {
  if (parts.length < 2) {
    return floorFail(
      'INVALID_DIVISION',
      'division',
      'A division names at least two parts.',
      'parts',
      reason('refusal.floor.division', { problem: 'too-few-parts' }),
    );
  }
  const ids = new Set(parts.map((p) => p.id));
  if (ids.size !== parts.length || parts.some((p) => p.id.trim() === '' || p.label.trim() === '')) {
    return floorFail(
      'INVALID_DIVISION',
      'division',
      'Each part needs its own id and a label.',
      'parts',
      reason('refusal.floor.division', { problem: 'part-labels' }),
    );
  }
  if (!parts.some((p) => p.operative)) {
    return floorFail(
      'INVALID_DIVISION',
      'division',
      'A division names at least one operative part.',
      'parts',
      reason('refusal.floor.division', { problem: 'no-operative-part' }),
    );
  }
  return ok(parts);
}

/** Where a divided proposal stands, given the parts' results so far. */
export function divisionOutcome(
  parts: DivisionPart[],
  results: { partId: string; outcome: DecisionOutcome }[],
): DivisionOutcome {
  const outcomeOf = (id: string) => results.find((r) => r.partId === id)?.outcome;
  const pending = parts.find((p) => outcomeOf(p.id) === undefined);
  if (pending) return { kind: 'pending', nextPartId: pending.id };
  const operative = parts.filter((p) => p.operative);
  if (operative.every((p) => outcomeOf(p.id) === 'rejected')) return { kind: 'rejected' };
  return {
    kind: 'vote-as-whole',
    approved: parts.filter((p) => outcomeOf(p.id) === 'adopted').map((p) => p.id),
  };
}
