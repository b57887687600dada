import type { Result } from '../errors';
import type { FloorActor, FloorContext, FloorState, Motion } from './floor';
import { FLOOR_RULES, type FloorErrorCode, type FloorRule } from './floor.errors';
import { adoptMotionWithoutVote, putMotionToVote, takeUpMotion } from './motion-decision.rules';
import { nextMotion } from './motions.rules';
import { markConsequential, orderAmendments, questionToPut } from './proposals.rules';
import { endSpeech, pauseSpeech, resumeSpeech } from './speech.rules';
import { callNextSpeaker, closeList, openList, reopenList } from './speakers.rules';
import {
  callNextExplanation,
  callNextReply,
  closeExplanations,
  openExplanations,
  requestExplanation,
  requestReply,
} from './statements.rules';

/**
 * Why one of the President's floor actions is not available now: the refusal the rule itself
 * gives (code, the rule it applies, and its sentence), or `busy` while this console's own write
 * is in flight. The console disables the button and prints this beside it, so the button, the
 * keyboard shortcut and the server cannot disagree: all three run the same function of
 * shared/src/domain/floor.
 */
export type FloorRefusal =
  | { code: FloorErrorCode; rule: FloorRule | null; message: string }
  | { code: 'BUSY'; rule: null; message: string };

/** The actions the console offers on the floor (one button each, most with a shortcut). */
export type FloorConsoleAction =
  | 'openList'
  | 'closeList'
  | 'reopenList'
  | 'nextSpeaker'
  | 'endSpeech'
  | 'pauseSpeech'
  | 'resumeSpeech'
  | 'takeUpMotion'
  | 'putMotion'
  | 'adoptMotion'
  | 'putNext'
  | 'nextExplanation'
  | 'closeExplanations'
  | 'nextReplyEndOfItem'
  | 'nextReplyEndOfDay';

export type FloorConsoleReasons = Record<FloorConsoleAction, FloorRefusal | null>;

const RULE_BY_TEXT = new Map<string, FloorRule>(
  Object.entries(FLOOR_RULES).map(([k, v]) => [v, k as FloorRule]),
);

/** The refusal of a rule's answer, with the rule it names (from the sentence's closing citation); null when it succeeds. */
export function refusalOf(r: Result<unknown>): FloorRefusal | null {
  if (r.ok) return null;
  const cited = /\(([^()]*)\)$/.exec(r.error.message)?.[1];
  return {
    code: r.error.code as FloorErrorCode,
    rule: (cited && RULE_BY_TEXT.get(cited)) || null,
    message: r.error.message,
  };
}

/** The console's own action is still on its way: every other action waits for it. */
export const BUSY_REFUSAL: FloorRefusal = {
  code: 'BUSY',
  rule: null,
  message: 'Your last action is still being recorded.',
};

/**
 * Every console action's refusal, computed by applying the action's rule to the floor as the
 * console sees it (the rules are pure: nothing changes). The motion acted on is the one
 * precedence offers (nextMotion): the console offers no other.
 */
export function floorConsoleReasons(
  state: FloorState,
  ctx: FloorContext,
  busy: boolean,
): FloorConsoleReasons {
  const motion: Motion | null = nextMotion(state);
  const noMotion: Result<never> = {
    ok: false,
    error: {
      code: 'NOT_FOUND',
      message: `No procedural motion is pending. (${FLOOR_RULES.precedence})`,
    },
  };
  const onMotion = (f: (id: string) => Result<unknown>) => (motion ? f(motion.id) : noMotion);
  const all: Record<FloorConsoleAction, () => Result<unknown>> = {
    openList: () => openList(state),
    closeList: () => closeList(state, { kind: 'no-objection' }, ctx),
    reopenList: () => reopenList(state),
    nextSpeaker: () => callNextSpeaker(state, ctx),
    endSpeech: () => endSpeech(state, ctx),
    pauseSpeech: () => pauseSpeech(state, ctx),
    resumeSpeech: () => resumeSpeech(state, ctx),
    takeUpMotion: () => onMotion((id) => takeUpMotion(state, id, ctx)),
    putMotion: () => onMotion((id) => putMotionToVote(state, id, ctx)),
    adoptMotion: () => onMotion((id) => adoptMotionWithoutVote(state, id, ctx)),
    putNext: () => questionToPut(state, ctx),
    nextExplanation: () => callNextExplanation(state, ctx),
    closeExplanations: () => closeExplanations(state),
    nextReplyEndOfItem: () => callNextReply(state, ctx, 'end-of-item'),
    nextReplyEndOfDay: () => callNextReply(state, ctx, 'end-of-day'),
  };
  const out = {} as FloorConsoleReasons;
  for (const [k, f] of Object.entries(all) as [FloorConsoleAction, () => Result<unknown>][]) {
    out[k] = refusalOf(f()) ?? (busy ? BUSY_REFUSAL : null);
  }
  return out;
}

/** Why `actor` cannot be inscribed to explain its vote now (e.g. the sponsor of an unamended proposal); null if it can. */
export const explanationRefusal = (state: FloorState, actor: FloorActor, ctx: FloorContext) =>
  refusalOf(requestExplanation(state, actor, ctx));

/** Why `actor` cannot be inscribed for a right of reply now; null if it can. */
export const replyRefusal = (state: FloorState, actor: FloorActor, ctx: FloorContext) =>
  refusalOf(requestReply(state, actor, ctx));

/** Why explanations cannot be opened on `subjectId` now; null if they can. */
export const openExplanationsRefusal = (
  state: FloorState,
  subjectId: string,
  phase: 'before' | 'after',
  ctx: FloorContext,
) => refusalOf(openExplanations(state, { subjectId, phase }, ctx));

/** Why the amendments cannot be put in this order; null if they can. */
export const orderRefusal = (state: FloorState, proposalId: string, order: string[]) =>
  refusalOf(orderAmendments(state, proposalId, order));

/** Why `amendmentId` cannot be marked as decided by the adoption of `onAdoptionOf`; null if it can. */
export const consequentialRefusal = (state: FloorState, amendmentId: string, onAdoptionOf: string) =>
  refusalOf(markConsequential(state, amendmentId, onAdoptionOf));
