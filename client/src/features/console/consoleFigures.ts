import type { QuorumView } from '@plenary/shared';

/** The warning shown whenever a decision could not be taken now. */
export function decisionWarning(q: QuorumView): string | null {
  if (q.decision.required === null) return 'This meeting takes no decisions.';
  if (q.decision.met) return null;
  const short = q.decision.required - q.present;
  return `No decision can be taken: ${q.present} present, ${q.decision.required} needed (${short} more).`;
}
