import type { FloorRefusal, Motion, VoteStep } from '@plenary/shared';
import { messages } from '../../i18n/messages/floor';
import { useT } from '../../lib/locale/context';

type Key = keyof (typeof messages)['en'];
const known = (key: string): key is Key => key in messages.en;

/**
 * The floor screens' words in the page's language: `t`, and the floor's recurring phrases (a
 * refusal with the rule it names, a motion, a step of the voting sequence) from the `floor`
 * catalogue (client/src/i18n/messages/floor).
 */
export function useFloorText() {
  const t = useT();
  /** Why an action is unavailable: the refusal's sentence and, in brackets, the rule it applies; a string is already worded. */
  const why = (r: FloorRefusal | string | null): string | null => {
    if (r === null || typeof r === 'string') return r;
    const key = `floor.why.${r.code}`;
    const text = known(key) ? t(key) : r.message;
    return r.rule ? `${text} (${t('floor.rule', { citation: r.rule })})` : text;
  };
  const motion = (m: Pick<Motion, 'id' | 'kind' | 'proposalId'>) =>
    t('floor.motion.label', { id: m.id, kind: m.kind, proposal: m.proposalId ?? '' });
  const step = (s: VoteStep) =>
    s.kind === 'amendment'
      ? t('floor.step.amendment', { amendment: s.amendmentId, proposal: s.proposalId })
      : s.kind === 'part'
        ? t('floor.step.part', { part: s.partId, proposal: s.proposalId })
        : s.amended
          ? t('floor.step.amended', { proposal: s.proposalId })
          : t('floor.step.proposal', { proposal: s.proposalId });
  return { t, why, motion, step };
}
