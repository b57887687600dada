import { ok, type Result } from '../errors';
import {
  isParticipant,
  type Credentials,
  type DelegationKind,
  type PartyStatusName,
} from '../participation/participation.rules';
import {
  SPEAKER_CATEGORIES,
  type Consent,
  type FloorActor,
  type FloorContext,
  type FloorState,
  type ListEntry,
  type SpeakerCategory,
} from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import { floorBusy, issueSeq, motionPending } from './floor.state';
import { finishSpeech, giveFloor } from './speech.rules';

// The organisations DOMAIN.md §7 names as the third category (the UN system by name or acronym).
const NAMED_ORGANISATIONS = [
  /\bUnited Nations\b/i,
  /^UN[A-Z]{0,7}\b/,
  /\bICRC\b/,
  /International Committee of the Red Cross/i,
  /\bICBL\b/,
  /International Campaign to Ban Landmines/i,
  /\bGICHD\b/,
  /Geneva International Centre for Humanitarian Demining/i,
];

/** The list-of-speakers category of a delegation: participants first, then observer States, the named organisations, others. */
export function speakerCategory(
  d: { kind: DelegationKind; credentials: Credentials; name: string },
  partyStatusOnDay: PartyStatusName | null,
): SpeakerCategory {
  if (isParticipant(d, partyStatusOnDay)) return 'state-party';
  if (d.kind === 'state') return 'observer-state';
  return NAMED_ORGANISATIONS.some((re) => re.test(d.name)) ? 'un-icrc-icbl-gichd' : 'other-observer';
}

/** Interventions on the item so far: speeches given on the list, including the one in progress. */
export function interventionsUsed(state: FloorState, delegationId: string): number {
  const given = state.spoken.filter((s) => s.kind === 'debate' && s.delegationId === delegationId).length;
  const now = state.speech?.kind === 'debate' && state.speech.delegationId === delegationId ? 1 : 0;
  return given + now;
}

/** 1 for the next speaker; null when not listed. */
export function placeInQueue(state: FloorState, delegationId: string): number | null {
  const i = state.list.queue.findIndex((e) => e.delegationId === delegationId);
  return i < 0 ? null : i + 1;
}

export function upcomingSpeakers(state: FloorState, n: number): ListEntry[] {
  return state.list.queue.slice(0, Math.max(0, n));
}

const rank = (order: readonly SpeakerCategory[], c: SpeakerCategory): number => order.indexOf(c);

/** As asked, grouped by category: after the last speaker of the same or an earlier category. */
function insertByCategory(queue: ListEntry[], entry: ListEntry, order: SpeakerCategory[]): ListEntry[] {
  const r = rank(order, entry.category);
  let at = 0;
  queue.forEach((e, i) => {
    if (rank(order, e.category) <= r) at = i + 1;
  });
  return [...queue.slice(0, at), entry, ...queue.slice(at)];
}

/**
 * A delegation or observer asks for the floor; the secretariat adds one without a device
 * (`addedBy: 'secretariat'`). Refused on a list not opened or closed, twice, or over the limit.
 */
export function requestFloor(
  state: FloorState,
  actor: FloorActor,
  ctx: FloorContext,
  addedBy: ListEntry['addedBy'] = 'delegation',
): Result<FloorState> {
  const { list } = state;
  if (list.status === 'not-opened') {
    return floorFail(
      'LIST_NOT_OPEN',
      'speakers',
      'The President has not yet opened the list of speakers.',
      undefined,
      reason('refusal.floor.listNotOpen', {}),
    );
  }
  if (list.status === 'closed') {
    return floorFail(
      'LIST_CLOSED',
      'listClosure',
      'The list of speakers was closed with the consent of the meeting; only a right of reply may still be requested.',
      undefined,
      reason('refusal.floor.listClosed', {}),
    );
  }
  if (placeInQueue(state, actor.delegationId) !== null) {
    return floorFail(
      'ALREADY_REQUESTED',
      'speakers',
      'This delegation is already on the list of speakers.',
      undefined,
      reason('refusal.floor.alreadyOnList', {}),
    );
  }
  const max = ctx.settings.maxInterventionsPerItem;
  if (max !== null && interventionsUsed(state, actor.delegationId) >= max) {
    return floorFail(
      'INTERVENTION_LIMIT',
      'timeLimit',
      `The meeting limited interventions on this item to ${max} per delegation.`,
      undefined,
      reason('refusal.floor.interventionLimit', { max }),
    );
  }
  const [seq, next] = issueSeq(state);
  const entry: ListEntry = {
    delegationId: actor.delegationId,
    category: actor.category,
    seq,
    requestedAt: ctx.now,
    addedBy,
  };
  return ok({ ...next, list: { ...list, queue: insertByCategory(list.queue, entry, list.categoryOrder) } });
}

/** The secretariat inscribes a delegation (one without a device): the same rules as asking. */
export function addSpeaker(state: FloorState, actor: FloorActor, ctx: FloorContext): Result<FloorState> {
  return requestFloor(state, actor, ctx, 'secretariat');
}

function notListed(): Result<never> {
  return floorFail(
    'NOT_ON_LIST',
    'speakers',
    'This delegation is not on the list of speakers.',
    undefined,
    reason('refusal.floor.list', { problem: 'not-on-list' }),
  );
}

/** The delegation withdraws its request (allowed on a closed list too). */
export function withdrawRequest(state: FloorState, delegationId: string): Result<FloorState> {
  if (placeInQueue(state, delegationId) === null) return notListed();
  const queue = state.list.queue.filter((e) => e.delegationId !== delegationId);
  return ok({ ...state, list: { ...state.list, queue } });
}

/** The President moves a speaker to `toIndex` (0 = next). */
export function moveSpeaker(state: FloorState, delegationId: string, toIndex: number): Result<FloorState> {
  const queue = state.list.queue;
  const from = queue.findIndex((e) => e.delegationId === delegationId);
  if (from < 0) return notListed();
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= queue.length) {
    return floorFail(
      'INVALID_ORDER',
      'speakers',
      `The position must be from 0 to ${queue.length - 1}.`,
      'toIndex',
      reason('refusal.floor.position', { last: queue.length - 1 }),
    );
  }
  const rest = queue.filter((_, i) => i !== from);
  const moved = [...rest.slice(0, toIndex), queue[from], ...rest.slice(toIndex)];
  return ok({ ...state, list: { ...state.list, queue: moved } });
}

/** The President reorders the categories; the queue is regrouped, keeping the order within each. */
export function setCategoryOrder(state: FloorState, order: SpeakerCategory[]): Result<FloorState> {
  const valid =
    order.length === SPEAKER_CATEGORIES.length && SPEAKER_CATEGORIES.every((c) => order.includes(c));
  if (!valid) {
    return floorFail(
      'INVALID_ORDER',
      'speakers',
      'Name each of the four categories exactly once.',
      'order',
      reason('refusal.floor.order', { problem: 'each-category-once' }),
    );
  }
  const queue = state.list.queue
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(order, a.e.category) - rank(order, b.e.category) || a.i - b.i)
    .map(({ e }) => e);
  return ok({ ...state, list: { ...state.list, categoryOrder: [...order], queue } });
}

export function openList(state: FloorState): Result<FloorState> {
  if (state.list.status !== 'not-opened') {
    return floorFail(
      'INVALID_TRANSITION',
      'speakers',
      'The list of speakers has already been opened.',
      undefined,
      reason('refusal.floor.list', { problem: 'already-opened' }),
    );
  }
  return ok({ ...state, list: { ...state.list, status: 'open' } });
}

/** The President closes the list with the meeting's consent, which is recorded. */
export function closeList(state: FloorState, consent: Consent, ctx: FloorContext): Result<FloorState> {
  if (state.list.status !== 'open') {
    return floorFail(
      'INVALID_TRANSITION',
      'listClosure',
      'Only an open list of speakers can be closed.',
      undefined,
      reason('refusal.floor.list', { problem: 'not-open' }),
    );
  }
  return ok({ ...state, list: { ...state.list, status: 'closed', closure: { at: ctx.now, consent } } });
}

export function reopenList(state: FloorState): Result<FloorState> {
  if (state.list.status !== 'closed') {
    return floorFail(
      'INVALID_TRANSITION',
      'listClosure',
      'Only a closed list of speakers can be reopened.',
      undefined,
      reason('refusal.floor.list', { problem: 'not-closed' }),
    );
  }
  if (state.debate === 'closed') {
    return floorFail(
      'DEBATE_NOT_OPEN',
      'listClosure',
      'The meeting closed the debate on this item.',
      undefined,
      reason('refusal.floor.list', { problem: 'debate-closed' }),
    );
  }
  return ok({ ...state, list: { ...state.list, status: 'open', closure: null } });
}

/** The next speaker on the list takes the floor; the current speech ends and is recorded. */
export function callNextSpeaker(state: FloorState, ctx: FloorContext): Result<FloorState> {
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const pending = motionPending(state, 'next');
  if (pending) return pending;
  if (state.debate !== 'open') {
    return floorFail(
      'DEBATE_NOT_OPEN',
      'speakers',
      `The debate on this item is ${state.debate}.`,
      undefined,
      reason('refusal.floor.debateNot', { debate: state.debate }),
    );
  }
  const [first, ...rest] = state.list.queue;
  if (!first)
    return floorFail(
      'LIST_EMPTY',
      'speakers',
      'Nobody is left on the list of speakers.',
      undefined,
      reason('refusal.floor.nobodyWaiting', { queue: 'speakers' }),
    );
  const next = { ...state, list: { ...state.list, queue: rest } };
  return giveFloor(
    next,
    {
      delegationId: first.delegationId,
      category: first.category,
      kind: 'debate',
      ref: null,
      side: null,
      limitMs: ctx.settings.speakingTimeMs,
    },
    ctx,
  );
}

/** The President withdraws the floor (the clock stops there) or strikes a delegation from the queue. */
export function removeSpeaker(
  state: FloorState,
  delegationId: string,
  ctx: FloorContext,
): Result<FloorState> {
  if (state.speech?.delegationId === delegationId) return ok(finishSpeech(state, ctx.now, 'removed'));
  return withdrawRequest(state, delegationId);
}
