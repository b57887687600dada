import type { Result } from '../errors';
import type { FloorActor, FloorContext, FloorState, Motion, Proposal, Ruling } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import type { FloorSettings } from './floor.settings';

/** The floor of an agenda item before anything happened: the list not yet opened, the debate open. */
export function createFloor(agendaItemId: string, settings: FloorSettings): FloorState {
  return {
    agendaItemId,
    seq: 0,
    debate: 'open',
    list: {
      status: 'not-opened',
      categoryOrder: [...settings.categoryOrder],
      queue: [],
      closure: null,
      notHeard: [],
    },
    speech: null,
    spoken: [],
    rulings: [],
    motions: [],
    proposals: [],
    proposalOrder: null,
    explanations: null,
    replies: [],
  };
}

/** A participant (a seated State Party) may vote, move motions and appeal; observers may speak. */
export const isParticipantActor = (actor: FloorActor): boolean => actor.category === 'state-party';

/** The next sequence number and the state that has issued it. */
export function issueSeq(state: FloorState): [number, FloorState] {
  const seq = state.seq + 1;
  return [seq, { ...state, seq }];
}

/** A point of order awaiting the ruling, or an appeal awaiting its vote: the floor waits for it. */
export function pendingRuling(state: FloorState): Ruling | null {
  return state.rulings.find((r) => r.status === 'raised' || r.status === 'appealed') ?? null;
}

export const isUndecided = (m: Motion): boolean =>
  m.status === 'pending' || m.status === 'debating' || m.status === 'voting';

/**
 * Once the floor moves on, a ruling nobody appealed is final: an appeal is put "at once"
 * (GA rule 71), not after the debate has continued.
 */
export function settleRulings(state: FloorState, now: number): FloorState {
  if (!state.rulings.some((r) => r.status === 'ruled')) return state;
  return {
    ...state,
    rulings: state.rulings.map((r) =>
      r.status === 'ruled'
        ? { ...r, status: 'final' as const, outcome: 'stands' as const, decidedAt: now }
        : r,
    ),
  };
}

/**
 * A vote is under way: the meeting's (the server knows it) or one on a motion of this floor (put
 * to the vote and not yet decided).
 */
export function voteUnderWay(state: FloorState, ctx: FloorContext): boolean {
  return ctx.voteOpen || state.motions.some((m) => m.status === 'voting');
}

/** Refuses while a vote is open (GA rule 88) or a point of order waits (GA rule 71); null when the floor is free. */
export function floorBusy(state: FloorState, ctx: FloorContext): Result<never> | null {
  if (voteUnderWay(state, ctx)) {
    return floorFail(
      'VOTE_OPEN',
      'conductOfVote',
      'A vote is under way: nobody may interrupt it except on a point of order on the conduct of the vote.',
      undefined,
      reason('refusal.floor.voteUnderWay', {}),
    );
  }
  const ruling = pendingRuling(state);
  if (ruling) {
    const what = ruling.status === 'raised' ? 'awaits the President’s ruling' : 'is under appeal';
    return floorFail(
      'POINT_OF_ORDER_PENDING',
      'pointOfOrder',
      `A point of order ${what}; it is decided first.`,
      undefined,
      reason('refusal.floor.pointOfOrderPending', {
        status: ruling.status === 'raised' ? 'raised' : 'appealed',
      }),
    );
  }
  return null;
}

/**
 * Refuses while a procedural motion is undecided (it is decided before the next speaker or reply,
 * or before any proposal is put); null when none is.
 */
export function motionPending(state: FloorState, before: 'next' | 'proposal'): Result<never> | null {
  if (!state.motions.some(isUndecided)) return null;
  return floorFail(
    'MOTION_PENDING',
    'precedence',
    before === 'proposal'
      ? 'A motion is pending; it is decided before any proposal.'
      : 'A procedural motion is pending; it is decided first.',
    undefined,
    reason('refusal.floor.motionPending', { before }),
  );
}

export function findMotion(state: FloorState, motionId: string): Motion | undefined {
  return state.motions.find((m) => m.id === motionId);
}

export function updateProposal(state: FloorState, id: string, f: (p: Proposal) => Proposal): FloorState {
  return { ...state, proposals: state.proposals.map((p) => (p.id === id ? f(p) : p)) };
}

export function replaceMotion(state: FloorState, motion: Motion): FloorState {
  return { ...state, motions: state.motions.map((m) => (m.id === motion.id ? motion : m)) };
}
