import type { Decision, Tally } from '../decisions/decisions';
import { decide, validateTally } from '../decisions/decisions.rules';
import { ok, type Result } from '../errors';
import type { DecidedBy, FloorActor, FloorContext, FloorEffect, FloorState, Motion, Side } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import { floorBusy, isUndecided, replaceMotion, settleRulings, updateProposal } from './floor.state';
import {
  isRefusal,
  MOTION_CITATIONS,
  MOTION_LABELS,
  motionSpeakers,
  motionVotingRule,
  outOfPrecedence,
  undecidedMotion,
} from './motions.rules';
import { finishSpeech, giveFloor } from './speech.rules';

/** The console's motion, checked: it exists, is undecided, and is the one precedence offers. */
function offered(state: FloorState, motionId: string): Motion | Result<never> {
  const m = undecidedMotion(state, motionId);
  if (isRefusal(m)) return m;
  return outOfPrecedence(state, motionId) ?? m;
}

/** The President takes up the next motion: the current speech ends and its debate (if any) begins. */
export function takeUpMotion(state: FloorState, motionId: string, ctx: FloorContext): Result<FloorState> {
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const m = offered(state, motionId);
  if (isRefusal(m)) return m;
  if (m.status !== 'pending') {
    return floorFail(
      'INVALID_TRANSITION',
      MOTION_CITATIONS[m.kind],
      'The motion has already been taken up.',
      undefined,
      reason('refusal.floor.motionState', { state: 'taken-up' }),
    );
  }
  const next = settleRulings(finishSpeech(state, ctx.now, 'finished'), ctx.now);
  return ok(replaceMotion(next, { ...m, status: 'debating' }));
}

/** Gives the floor on the motion, within the speakers allowed for and against it. */
export function giveFloorOnMotion(
  state: FloorState,
  motionId: string,
  actor: FloorActor,
  side: Side,
  ctx: FloorContext,
): Result<FloorState> {
  const m = offered(state, motionId);
  if (isRefusal(m)) return m;
  const rule = MOTION_CITATIONS[m.kind];
  const slots = motionSpeakers(m.kind, ctx.settings);
  if (slots.for === 0 && slots.against === 0) {
    return floorFail(
      'NOT_DEBATABLE',
      rule,
      `A motion to ${MOTION_LABELS[m.kind]} is put to the vote without debate.`,
      undefined,
      reason('refusal.floor.notDebatable', { motion: m.kind }),
    );
  }
  if (m.status !== 'debating') {
    return floorFail(
      'INVALID_TRANSITION',
      rule,
      'The President first takes up the motion.',
      undefined,
      reason('refusal.floor.motionState', { state: 'take-up-first' }),
    );
  }
  const heard = m.speakers.filter((s) => s.side === side).length;
  if (heard >= slots[side]) {
    const n = slots[side];
    const who = n === 0 ? 'no speaker' : n === 1 ? 'one speaker' : `only ${n} speakers`;
    return floorFail(
      'MOTION_SPEAKERS_FULL',
      rule,
      `On a motion to ${MOTION_LABELS[m.kind]}, ${who} ${side === 'for' ? 'in favour' : 'against'} may be heard.`,
      undefined,
      reason('refusal.floor.motionSpeakersFull', { motion: m.kind, side, slots: n }),
    );
  }
  if (m.speakers.some((s) => s.delegationId === actor.delegationId)) {
    return floorFail(
      'ALREADY_REQUESTED',
      rule,
      'This delegation has already spoken on the motion.',
      undefined,
      reason('refusal.floor.alreadySpokeOnMotion', {}),
    );
  }
  const given = giveFloor(
    state,
    {
      delegationId: actor.delegationId,
      category: actor.category,
      kind: 'motion',
      ref: m.id,
      side,
      limitMs: ctx.settings.speakingTimeMs,
    },
    ctx,
  );
  if (!given.ok) return given;
  return ok(
    replaceMotion(given.value, {
      ...m,
      speakers: [...m.speakers, { delegationId: actor.delegationId, side }],
    }),
  );
}

/** The motion is put to the vote (the server opens the question under motionVotingRule). */
export function putMotionToVote(state: FloorState, motionId: string, ctx: FloorContext): Result<FloorState> {
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const m = offered(state, motionId);
  if (isRefusal(m)) return m;
  if (m.status === 'voting') {
    return floorFail(
      'INVALID_TRANSITION',
      MOTION_CITATIONS[m.kind],
      'The motion is already being voted on.',
      undefined,
      reason('refusal.floor.motionState', { state: 'being-voted' }),
    );
  }
  const next = settleRulings(finishSpeech(state, ctx.now, 'finished'), ctx.now);
  return ok(replaceMotion(next, { ...m, status: 'voting' }));
}

/** The motion's vote closed: decided by its rule (decide(): a tie rejects); an adopted motion takes effect. */
export function decideMotion(
  state: FloorState,
  motionId: string,
  tally: Tally,
  ctx: FloorContext,
): Result<FloorState> {
  const m = undecidedMotion(state, motionId);
  if (isRefusal(m)) return m;
  if (m.status !== 'voting') {
    return floorFail(
      'INVALID_TRANSITION',
      MOTION_CITATIONS[m.kind],
      'The motion has not been put to the vote.',
      undefined,
      reason('refusal.floor.motionState', { state: 'not-put-to-vote' }),
    );
  }
  const valid = validateTally(tally);
  if (!valid.ok) return { ok: false, error: valid.error };
  const decision = decide(motionVotingRule(m.kind, ctx.settings), valid.value);
  return ok(applyOutcome(state, m, decision.outcome === 'adopted', decision, ctx.now, 'vote'));
}

/**
 * The motion was put to the vote as a question and the meeting adopted that question without a
 * vote (consensus, DOMAIN.md §3): adopted, no arithmetic (`decision` null), `decidedBy: 'consensus'`.
 * Never a tally of one vote to none.
 */
export function adoptMotionByConsensus(
  state: FloorState,
  motionId: string,
  ctx: FloorContext,
): Result<FloorState> {
  const m = undecidedMotion(state, motionId);
  if (isRefusal(m)) return m;
  if (m.status !== 'voting') {
    return floorFail(
      'INVALID_TRANSITION',
      MOTION_CITATIONS[m.kind],
      'The motion has not been put to the meeting.',
      undefined,
      reason('refusal.floor.motionState', { state: 'not-put-to-meeting' }),
    );
  }
  return ok(applyOutcome(state, m, true, null, ctx.now, 'consensus'));
}

/** Nobody objected: the motion is adopted without a vote (DOMAIN.md §3, consensus first). */
export function adoptMotionWithoutVote(
  state: FloorState,
  motionId: string,
  ctx: FloorContext,
): Result<FloorState> {
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const m = offered(state, motionId);
  if (isRefusal(m)) return m;
  if (m.status === 'voting') {
    return floorFail(
      'INVALID_TRANSITION',
      MOTION_CITATIONS[m.kind],
      'The motion is being voted on.',
      undefined,
      reason('refusal.floor.motionState', { state: 'being-voted' }),
    );
  }
  if (m.objections.length > 0) {
    return floorFail(
      'OBJECTION_RAISED',
      MOTION_CITATIONS[m.kind],
      'A delegation objected: the motion is put to the vote.',
      undefined,
      reason('refusal.floor.motionState', { state: 'objected' }),
    );
  }
  const next = settleRulings(finishSpeech(state, ctx.now, 'finished'), ctx.now);
  return ok(applyOutcome(next, m, true, null, ctx.now, 'no-objection'));
}

/** What the motion does if adopted. */
export function motionEffect(state: FloorState, m: Motion): FloorEffect {
  switch (m.kind) {
    case 'suspend-meeting':
      return { kind: 'meeting-suspended' };
    case 'adjourn-meeting':
      return { kind: 'meeting-adjourned' };
    case 'adjourn-debate':
      return { kind: 'debate-adjourned' };
    case 'close-debate':
      return {
        kind: 'debate-closed',
        listClosed: true,
        notHeard: state.list.queue.map((e) => e.delegationId),
      };
    case 'division':
      return { kind: 'division-carried', proposalId: m.proposalId ?? '', parts: m.parts ?? [] };
    case 'reconsideration':
      return { kind: 'reconsideration-carried', proposalId: m.proposalId ?? '' };
  }
}

// Motions about the debate lapse once the debate is adjourned or closed.
function lapseDebateMotions(state: FloorState, except: string, now: number): FloorState {
  const about = (m: Motion) => m.kind === 'adjourn-debate' || m.kind === 'close-debate';
  return {
    ...state,
    motions: state.motions.map((m) =>
      m.id !== except && isUndecided(m) && about(m) ? { ...m, status: 'lapsed' as const, decidedAt: now } : m,
    ),
  };
}

function applyEffect(state: FloorState, effect: FloorEffect, m: Motion, now: number): FloorState {
  switch (effect.kind) {
    case 'meeting-suspended':
    case 'meeting-adjourned':
    case 'none':
      return state;
    case 'debate-adjourned':
      return lapseDebateMotions({ ...state, debate: 'adjourned' }, m.id, now);
    case 'debate-closed': {
      const list = state.list;
      const closure = list.closure ?? { at: now, consent: { kind: 'motion' as const, ref: m.id } };
      const closed = {
        ...list,
        status: 'closed' as const,
        closure,
        queue: [],
        notHeard: [...list.notHeard, ...list.queue],
      };
      return lapseDebateMotions({ ...state, debate: 'closed', list: closed }, m.id, now);
    }
    case 'division-carried':
      return updateProposal(state, effect.proposalId, (p) => ({
        ...p,
        division: { motionId: m.id, parts: effect.parts, results: [] },
      }));
    case 'reconsideration-carried':
      return updateProposal(state, effect.proposalId, (p) => ({
        ...p,
        result: null,
        reconsidered:
          p.result === null ? p.reconsidered : [...p.reconsidered, { result: p.result, motionId: m.id }],
        division: p.division && { ...p.division, results: [] },
      }));
  }
}

function applyOutcome(
  state: FloorState,
  m: Motion,
  adopted: boolean,
  decision: Decision | null,
  now: number,
  decidedBy: DecidedBy,
): FloorState {
  const effect: FloorEffect = adopted ? motionEffect(state, m) : { kind: 'none' };
  const decided: Motion = {
    ...m,
    status: adopted ? 'adopted' : 'rejected',
    decision,
    decidedAt: now,
    effect,
    decidedBy,
  };
  return applyEffect(replaceMotion(state, decided), effect, m, now);
}

/** The meeting returns to an adjourned item. */
export function resumeDebate(state: FloorState): Result<FloorState> {
  if (state.debate !== 'adjourned') {
    return floorFail(
      'INVALID_TRANSITION',
      'motionSpeakers',
      `The debate is ${state.debate}, not adjourned.`,
      undefined,
      reason('refusal.floor.debateNotAdjourned', { debate: state.debate }),
    );
  }
  return ok({ ...state, debate: 'open' });
}
