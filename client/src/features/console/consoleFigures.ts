import type { QuorumView } from '@plenary/shared';
import { createT, type T } from '../../lib/locale/translate';

const english = createT('en');

/** The warning shown whenever a decision could not be taken now, in the language of `t`. */
export function decisionWarning(q: QuorumView, t: T = english): string | null {
  if (q.decision.required === null) return t('console.warning.noDecisions');
  if (q.decision.met) return null;
  const short = q.decision.required - q.present;
  return t('console.warning.noQuorum', { present: q.present, required: q.decision.required, short });
}
