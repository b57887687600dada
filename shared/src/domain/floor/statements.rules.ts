import { ok, type Result } from '../errors';
import type { ExplanationWindow, FloorActor, FloorContext, FloorState, ListEntry } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import { isParticipantActor, issueSeq, motionPending, voteUnderWay } from './floor.state';
import type { FloorSettings } from './floor.settings';
import { giveFloor } from './speech.rules';

// ---- Explanations of vote ---------------------------------------------------------------------

/** Who sponsored what is voted on, and whether it was amended: a proposal's own, or given for another question. */
function subjectOf(
  state: FloorState,
  input: { subjectId: string; sponsors?: string[]; amended?: boolean },
): { sponsors: string[]; amended: boolean } {
  const p = state.proposals.find((x) => x.id === input.subjectId);
  if (p) return { sponsors: p.sponsors, amended: p.amendments.some((a) => a.result === 'adopted') };
  const a = state.proposals.flatMap((x) => x.amendments).find((x) => x.id === input.subjectId);
  if (a) return { sponsors: a.sponsors, amended: false };
  return { sponsors: input.sponsors ?? [], amended: input.amended ?? false };
}

/** The President opens explanations of vote before or after the vote on a proposal or amendment (never during it). */
export function openExplanations(
  state: FloorState,
  input: { subjectId: string; phase: ExplanationWindow['phase']; sponsors?: string[]; amended?: boolean },
  ctx: FloorContext,
): Result<FloorState> {
  if (voteUnderWay(state, ctx)) {
    return floorFail(
      'VOTE_OPEN',
      'explanation',
      'Explanations of vote are heard before or after the vote, not during it.',
      undefined,
      reason('refusal.floor.voteOpen', { interrupt: 'explanation' }),
    );
  }
  const { sponsors, amended } = subjectOf(state, input);
  const window: ExplanationWindow = {
    subjectId: input.subjectId,
    phase: input.phase,
    sponsors: [...sponsors],
    amended,
    status: 'open',
    queue: [],
  };
  return ok({ ...state, explanations: window });
}

function explained(state: FloorState, w: ExplanationWindow, delegationId: string): boolean {
  const kind = `explanation-${w.phase}` as const;
  const same = (s: { kind: string; ref: string | null; delegationId: string }) =>
    s.kind === kind && s.ref === w.subjectId && s.delegationId === delegationId;
  return (
    state.spoken.some(same) ||
    (state.speech !== null && same(state.speech)) ||
    w.queue.some((e) => e.delegationId === delegationId)
  );
}

/** A participant asks to explain its vote; the sponsor of a proposal not amended cannot (GA rule 88). */
export function requestExplanation(
  state: FloorState,
  actor: FloorActor,
  ctx: FloorContext,
): Result<FloorState> {
  const w = state.explanations;
  if (!w || w.status !== 'open') {
    return floorFail(
      'EXPLANATIONS_NOT_OPEN',
      'explanation',
      'The President has not opened explanations of vote.',
      undefined,
      reason('refusal.floor.explanationsNotOpened', {}),
    );
  }
  if (voteUnderWay(state, ctx))
    return floorFail(
      'VOTE_OPEN',
      'explanation',
      'The vote is under way.',
      undefined,
      reason('refusal.floor.voteOpen', { interrupt: 'explanation-request' }),
    );
  if (!isParticipantActor(actor)) {
    return floorFail(
      'OBSERVER_NOT_PERMITTED',
      'observers',
      'An observer does not vote, so has no vote to explain.',
      undefined,
      reason('refusal.floor.observer', { act: 'explain' }),
    );
  }
  if (w.sponsors.includes(actor.delegationId) && !w.amended) {
    return floorFail(
      'SPONSOR_CANNOT_EXPLAIN',
      'explanation',
      'A sponsor does not explain its vote on its own proposal unless it was amended.',
      undefined,
      reason('refusal.floor.statement', { problem: 'sponsor' }),
    );
  }
  if (explained(state, w, actor.delegationId)) {
    return floorFail(
      'ALREADY_REQUESTED',
      'explanation',
      `This delegation has already asked to explain its vote ${w.phase} the vote.`,
      undefined,
      reason('refusal.floor.alreadyExplaining', { phase: w.phase }),
    );
  }
  const [seq, next] = issueSeq(state);
  const entry: ListEntry = {
    delegationId: actor.delegationId,
    category: actor.category,
    seq,
    requestedAt: ctx.now,
    addedBy: 'delegation',
  };
  return ok({ ...next, explanations: { ...w, queue: [...w.queue, entry] } });
}

/** The next explanation, limited to the meeting's explanation time. */
export function callNextExplanation(state: FloorState, ctx: FloorContext): Result<FloorState> {
  const w = state.explanations;
  if (!w || w.status !== 'open') {
    return floorFail(
      'EXPLANATIONS_NOT_OPEN',
      'explanation',
      'The President has not opened explanations of vote.',
      undefined,
      reason('refusal.floor.explanationsNotOpened', {}),
    );
  }
  const [first, ...rest] = w.queue;
  if (!first)
    return floorFail(
      'LIST_EMPTY',
      'explanation',
      'Nobody is waiting to explain its vote.',
      undefined,
      reason('refusal.floor.nobodyWaiting', { queue: 'explanation' }),
    );
  return giveFloor(
    { ...state, explanations: { ...w, queue: rest } },
    {
      delegationId: first.delegationId,
      category: first.category,
      kind: `explanation-${w.phase}`,
      ref: w.subjectId,
      side: null,
      limitMs: ctx.settings.explanationTimeMs,
    },
    ctx,
  );
}

export function closeExplanations(state: FloorState): Result<FloorState> {
  const w = state.explanations;
  if (!w || w.status !== 'open') {
    return floorFail(
      'EXPLANATIONS_NOT_OPEN',
      'explanation',
      'Explanations of vote are not open.',
      undefined,
      reason('refusal.floor.statement', { problem: 'explanations-not-open' }),
    );
  }
  return ok({ ...state, explanations: { ...w, status: 'closed', queue: [] } });
}

// ---- Rights of reply --------------------------------------------------------------------------

/** Replies given on the item so far, including one in progress. */
export function repliesUsed(state: FloorState, delegationId: string): number {
  const given = state.spoken.filter((s) => s.kind === 'reply' && s.delegationId === delegationId).length;
  return given + (state.speech?.kind === 'reply' && state.speech.delegationId === delegationId ? 1 : 0);
}

/** The length of the delegation's next reply: the first, then shorter ones. */
export function replyTimeMs(state: FloorState, delegationId: string, settings: FloorSettings): number {
  return repliesUsed(state, delegationId) === 0 ? settings.replies.firstMs : settings.replies.laterMs;
}

/** A delegation asks for a right of reply: received even on a closed list, within the number allowed. */
export function requestReply(state: FloorState, actor: FloorActor, ctx: FloorContext): Result<FloorState> {
  if (state.replies.some((e) => e.delegationId === actor.delegationId)) {
    return floorFail(
      'ALREADY_REQUESTED',
      'reply',
      'This delegation has already asked for a right of reply.',
      undefined,
      reason('refusal.floor.statement', { problem: 'already-replying' }),
    );
  }
  const max = ctx.settings.replies.maxPerItem;
  if (repliesUsed(state, actor.delegationId) >= max) {
    return floorFail(
      'REPLY_LIMIT',
      'reply',
      `Rights of reply are limited to ${max} per delegation on an item.`,
      undefined,
      reason('refusal.floor.replyLimit', { max }),
    );
  }
  const [seq, next] = issueSeq(state);
  const entry: ListEntry = {
    delegationId: actor.delegationId,
    category: actor.category,
    seq,
    requestedAt: ctx.now,
    addedBy: 'delegation',
  };
  return ok({ ...next, replies: [...next.replies, entry] });
}

/** The delegation withdraws its request for an explanation of vote or a right of reply. */
export function withdrawStatement(
  state: FloorState,
  queue: 'explanation' | 'reply',
  delegationId: string,
): Result<FloorState> {
  const rule = queue === 'reply' ? 'reply' : 'explanation';
  const entries = queue === 'reply' ? state.replies : (state.explanations?.queue ?? []);
  if (!entries.some((e) => e.delegationId === delegationId)) {
    return floorFail(
      'NOT_ON_LIST',
      rule,
      'This delegation has not asked for it.',
      undefined,
      reason('refusal.floor.list', { problem: 'not-asked' }),
    );
  }
  const left = entries.filter((e) => e.delegationId !== delegationId);
  if (queue === 'reply') return ok({ ...state, replies: left });
  return ok({ ...state, explanations: state.explanations && { ...state.explanations, queue: left } });
}

/**
 * The next right of reply, given at the end of the item (nobody left on the list, or the debate
 * over) or at the end of the day (the President's call); its length depends on replies already given.
 */
export function callNextReply(
  state: FloorState,
  ctx: FloorContext,
  at: 'end-of-item' | 'end-of-day',
): Result<FloorState> {
  if (at === 'end-of-item' && state.debate === 'open' && state.list.queue.length > 0) {
    return floorFail(
      'REPLIES_AT_END',
      'reply',
      'Rights of reply are given at the end of the item or of the day; speakers remain on the list.',
      undefined,
      reason('refusal.floor.statement', { problem: 'replies-at-end' }),
    );
  }
  const pending = motionPending(state, 'next');
  if (pending) return pending;
  const [first, ...rest] = state.replies;
  if (!first)
    return floorFail(
      'LIST_EMPTY',
      'reply',
      'Nobody is waiting to reply.',
      undefined,
      reason('refusal.floor.nobodyWaiting', { queue: 'reply' }),
    );
  return giveFloor(
    { ...state, replies: rest },
    {
      delegationId: first.delegationId,
      category: first.category,
      kind: 'reply',
      ref: null,
      side: null,
      limitMs: replyTimeMs(state, first.delegationId, ctx.settings),
    },
    ctx,
  );
}
