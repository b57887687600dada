import type { VotingRule } from '../decisions/decisions';
import { ok, type Result } from '../errors';
import { validateDivision } from './division.rules';
import type { DivisionPart, FloorActor, FloorContext, FloorState, Motion, MotionKind } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail, type FloorRule } from './floor.errors';
import {
  findMotion,
  isParticipantActor,
  isUndecided,
  issueSeq,
  replaceMotion,
  voteUnderWay,
} from './floor.state';
import type { FloorSettings, MotionSpeakers } from './floor.settings';

/**
 * Precedence (DOMAIN.md §5, §7; GA rule 77): suspend the meeting, adjourn the meeting, adjourn the
 * debate, close the debate, over every other motion; division and reconsideration come after them,
 * in the order moved. A lower rank goes first.
 */
export const MOTION_PRECEDENCE: Record<MotionKind, number> = {
  'suspend-meeting': 1,
  'adjourn-meeting': 2,
  'adjourn-debate': 3,
  'close-debate': 4,
  division: 5,
  reconsideration: 5,
};

export const MOTION_LABELS: Record<MotionKind, string> = {
  'suspend-meeting': 'suspend the meeting',
  'adjourn-meeting': 'adjourn the meeting',
  'adjourn-debate': 'adjourn the debate on the item',
  'close-debate': 'close the debate on the item',
  division: 'divide the proposal',
  reconsideration: 'reconsider the proposal',
};

export const MOTION_CITATIONS: Record<MotionKind, FloorRule> = {
  'suspend-meeting': 'motionSpeakers',
  'adjourn-meeting': 'motionSpeakers',
  'adjourn-debate': 'motionSpeakers',
  'close-debate': 'motionSpeakers',
  division: 'division',
  reconsideration: 'reconsideration',
};

/** The rule a motion is decided by: majority present and voting, reconsideration two-thirds (settings). */
export function motionVotingRule(kind: MotionKind, settings: FloorSettings): VotingRule {
  return kind === 'reconsideration' ? settings.reconsiderationRule : 'majority-present-voting';
}

/** Speakers for and against heard before the vote; none for suspension and adjournment of the meeting. */
export function motionSpeakers(kind: MotionKind, settings: FloorSettings): MotionSpeakers {
  return settings.motionSpeakers[kind];
}

/** Undecided motions in the order the console must take them: precedence, then the order moved. */
export function pendingMotions(state: FloorState): Motion[] {
  return state.motions
    .filter(isUndecided)
    .sort((a, b) => MOTION_PRECEDENCE[a.kind] - MOTION_PRECEDENCE[b.kind] || a.seq - b.seq);
}

/**
 * The only motion the console may take: the one being voted on, else the highest pending. A
 * motion of higher precedence moved during another's debate comes first (that debate resumes after).
 */
export function nextMotion(state: FloorState): Motion | null {
  return state.motions.find((m) => m.status === 'voting') ?? pendingMotions(state)[0] ?? null;
}

/** The refusal for acting on a motion the console is not offered. */
export function outOfPrecedence(state: FloorState, motionId: string): Result<never> | null {
  const next = nextMotion(state);
  if (next === null || next.id === motionId) return null;
  return floorFail(
    'OUT_OF_PRECEDENCE',
    'precedence',
    `The motion to ${MOTION_LABELS[next.kind]} (${next.id}) is taken first; this one stays queued.`,
    undefined,
    reason('refusal.floor.outOfPrecedence', { motion: next.kind }),
  );
}

export type MotionInput =
  | { kind: 'suspend-meeting' | 'adjourn-meeting' | 'adjourn-debate' | 'close-debate' }
  | { kind: 'division'; proposalId: string; parts: DivisionPart[] }
  | { kind: 'reconsideration'; proposalId: string };

function checkTarget(state: FloorState, input: MotionInput): Result<{ proposalId: string | null }> {
  if (input.kind === 'adjourn-debate' || input.kind === 'close-debate') {
    if (state.debate !== 'open') {
      return floorFail(
        'DEBATE_NOT_OPEN',
        'motionSpeakers',
        `The debate on this item is ${state.debate}.`,
        undefined,
        reason('refusal.floor.debateNot', { debate: state.debate }),
      );
    }
    return ok({ proposalId: null });
  }
  if (input.kind !== 'division' && input.kind !== 'reconsideration') return ok({ proposalId: null });
  const p = state.proposals.find((x) => x.id === input.proposalId);
  if (!p)
    return floorFail(
      'NOT_FOUND',
      input.kind,
      `No proposal ${input.proposalId} on this item.`,
      'proposalId',
      reason('refusal.floor.notFound', { what: 'proposal' }),
    );
  if (input.kind === 'reconsideration') {
    if (p.result === null) {
      return floorFail(
        'NOT_DECIDED',
        'reconsideration',
        'Only a proposal adopted or rejected can be reconsidered.',
        undefined,
        reason('refusal.floor.proposal', { problem: 'not-decided' }),
      );
    }
    return ok({ proposalId: p.id });
  }
  if (p.result !== null)
    return floorFail(
      'ALREADY_DECIDED',
      'division',
      'The proposal has already been decided.',
      undefined,
      reason('refusal.floor.proposal', { problem: 'decided' }),
    );
  if (p.division !== null)
    return floorFail(
      'INVALID_DIVISION',
      'division',
      'The proposal is already divided.',
      undefined,
      reason('refusal.floor.division', { problem: 'already-divided' }),
    );
  const other = state.motions.some((m) => m.kind === 'division' && m.proposalId === p.id && isUndecided(m));
  if (other)
    return floorFail(
      'ALREADY_REQUESTED',
      'division',
      'A motion for division of it is already pending.',
      undefined,
      reason('refusal.floor.proposal', { problem: 'division-pending' }),
    );
  const parts = validateDivision(input.parts);
  return parts.ok ? ok({ proposalId: p.id }) : parts;
}

/**
 * A participant moves a motion. It is always queued in precedence, never refused for being
 * lower than another (the console simply does not offer it yet). Observers cannot move motions.
 */
export function moveMotion(
  state: FloorState,
  actor: FloorActor,
  input: MotionInput,
  ctx: FloorContext,
): Result<FloorState> {
  if (!isParticipantActor(actor)) {
    return floorFail(
      'OBSERVER_NOT_PERMITTED',
      'observers',
      'An observer cannot move a motion.',
      undefined,
      reason('refusal.floor.observerMotion', {}),
    );
  }
  if (voteUnderWay(state, ctx)) {
    return floorFail(
      'VOTE_OPEN',
      'conductOfVote',
      'A vote is under way: no motion may interrupt it.',
      undefined,
      reason('refusal.floor.voteOpen', { interrupt: 'motion' }),
    );
  }
  const target = checkTarget(state, input);
  if (!target.ok) return target;
  const [seq, next] = issueSeq(state);
  const motion: Motion = {
    id: `M${seq}`,
    seq,
    kind: input.kind,
    movedBy: actor.delegationId,
    movedAt: ctx.now,
    proposalId: target.value.proposalId,
    parts: input.kind === 'division' ? input.parts.map((p) => ({ ...p })) : null,
    status: 'pending',
    objections: [],
    speakers: [],
    decision: null,
    decidedAt: null,
    effect: null,
  };
  return ok({ ...next, motions: [...next.motions, motion] });
}

export function undecidedMotion(state: FloorState, motionId: string): Motion | Result<never> {
  const m = findMotion(state, motionId);
  if (!m)
    return floorFail(
      'NOT_FOUND',
      'precedence',
      `No motion ${motionId}.`,
      'motionId',
      reason('refusal.floor.notFound', { what: 'motion' }),
    );
  if (!isUndecided(m))
    return floorFail(
      'ALREADY_DECIDED',
      MOTION_CITATIONS[m.kind],
      `The motion is ${m.status}.`,
      undefined,
      reason('refusal.floor.motionDecided', { status: m.status }),
    );
  return m;
}

export const isRefusal = (x: Motion | Result<never>): x is Result<never> => 'ok' in x;

/** A participant objects (to a division, or to adopting any motion without a vote): it must be voted on. */
export function objectToMotion(state: FloorState, motionId: string, actor: FloorActor): Result<FloorState> {
  if (!isParticipantActor(actor)) {
    return floorFail(
      'OBSERVER_NOT_PERMITTED',
      'observers',
      'An observer does not take part in the decision.',
      undefined,
      reason('refusal.floor.observer', { act: 'decide' }),
    );
  }
  const m = undecidedMotion(state, motionId);
  if (isRefusal(m)) return m;
  if (m.objections.includes(actor.delegationId)) return ok(state);
  return ok(replaceMotion(state, { ...m, objections: [...m.objections, actor.delegationId] }));
}

/** The mover withdraws it before the voting has begun (GA rule 80). */
export function withdrawMotion(
  state: FloorState,
  motionId: string,
  delegationId: string,
): Result<FloorState> {
  const m = undecidedMotion(state, motionId);
  if (isRefusal(m)) return m;
  if (m.movedBy !== delegationId) {
    return floorFail(
      'NOT_THE_MOVER',
      'withdrawal',
      'Only the delegation that moved it may withdraw it.',
      undefined,
      reason('refusal.floor.notTheMover', { what: 'motion' }),
    );
  }
  if (m.status === 'voting') {
    return floorFail(
      'INVALID_TRANSITION',
      'withdrawal',
      'The voting on the motion has begun.',
      undefined,
      reason('refusal.floor.motionState', { state: 'voting-begun' }),
    );
  }
  return ok(replaceMotion(state, { ...m, status: 'withdrawn' }));
}
