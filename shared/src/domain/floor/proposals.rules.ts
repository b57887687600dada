import type { DecisionOutcome } from '../decisions/decisions';
import { ok, type Result } from '../errors';
import { divisionOutcome } from './division.rules';
import type { Amendment, FloorContext, FloorState, Proposal, VoteOn, VoteStep } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import { floorBusy, issueSeq, motionPending, updateProposal } from './floor.state';

export type DocumentInput = { id: string; symbol: string | null; text: string; sponsors: string[] };

/** Every amendment, part or whole vote already recorded for the proposal. */
export function votingBegun(p: Proposal): boolean {
  return (
    p.result !== null || p.amendments.some((a) => a.result !== null) || (p.division?.results.length ?? 0) > 0
  );
}

const idTaken = (state: FloorState, id: string) =>
  state.proposals.some((p) => p.id === id || p.amendments.some((a) => a.id === id));

const notFound = (id: string, field: string): Result<never> =>
  floorFail(
    'NOT_FOUND',
    'amendments',
    `No proposal or amendment ${id} on this item.`,
    field,
    reason('refusal.floor.notFound', { what: 'proposal-or-amendment' }),
  );

/** A proposal (draft decision) is tabled on the item; proposals are voted in the order submitted. */
export function submitProposal(state: FloorState, input: DocumentInput): Result<FloorState> {
  if (idTaken(state, input.id))
    return floorFail(
      'ALREADY_EXISTS',
      'proposals',
      `${input.id} is already tabled.`,
      'id',
      reason('refusal.floor.alreadyTabled', { what: 'proposal' }),
    );
  const [seq, next] = issueSeq(state);
  const proposal: Proposal = {
    ...input,
    sponsors: [...input.sponsors],
    seq,
    amendments: [],
    amendmentOrder: null,
    consequential: [],
    division: null,
    result: null,
    reconsidered: [],
  };
  return ok({ ...next, proposals: [...next.proposals, proposal] });
}

/** An amendment to a proposal, tabled before voting on that proposal begins. */
export function submitAmendment(
  state: FloorState,
  input: DocumentInput & { proposalId: string },
): Result<FloorState> {
  const p = state.proposals.find((x) => x.id === input.proposalId);
  if (!p) return notFound(input.proposalId, 'proposalId');
  if (votingBegun(p)) {
    return floorFail(
      'INVALID_TRANSITION',
      'amendments',
      'Voting on this proposal has begun; no amendment is received.',
      undefined,
      reason('refusal.floor.order', { problem: 'amendment-voting-begun' }),
    );
  }
  if (idTaken(state, input.id))
    return floorFail(
      'ALREADY_EXISTS',
      'amendments',
      `${input.id} is already tabled.`,
      'id',
      reason('refusal.floor.alreadyTabled', { what: 'amendment' }),
    );
  const [seq, next] = issueSeq(state);
  const { proposalId: _proposalId, ...doc } = input;
  const amendment: Amendment = { ...doc, sponsors: [...doc.sponsors], seq, result: null };
  return ok(
    updateProposal(next, p.id, (x) => ({
      ...x,
      amendments: [...x.amendments, amendment],
      amendmentOrder: x.amendmentOrder && [...x.amendmentOrder, amendment.id],
    })),
  );
}

/** The amendments in the order they are put: the President's (furthest removed first), else as submitted. */
export function amendmentsInOrder(p: Proposal): Amendment[] {
  if (p.amendmentOrder === null) return [...p.amendments].sort((a, b) => a.seq - b.seq);
  return p.amendmentOrder.map((id) => p.amendments.find((a) => a.id === id)).filter((a) => a !== undefined);
}

function marksRespected(order: string[], marks: Proposal['consequential']): boolean {
  return marks.every((m) => order.indexOf(m.onAdoptionOf) < order.indexOf(m.amendmentId));
}

/** The President orders the amendments, the one furthest removed in substance first. */
export function orderAmendments(state: FloorState, proposalId: string, order: string[]): Result<FloorState> {
  const p = state.proposals.find((x) => x.id === proposalId);
  if (!p) return notFound(proposalId, 'proposalId');
  if (votingBegun(p)) {
    return floorFail(
      'INVALID_TRANSITION',
      'amendments',
      'Voting on this proposal has begun; its order is fixed.',
      undefined,
      reason('refusal.floor.order', { problem: 'order-voting-begun' }),
    );
  }
  const ids = p.amendments.map((a) => a.id);
  if (
    order.length !== ids.length ||
    new Set(order).size !== order.length ||
    !ids.every((id) => order.includes(id))
  ) {
    return floorFail(
      'INVALID_ORDER',
      'amendments',
      'Name each amendment to the proposal exactly once.',
      'order',
      reason('refusal.floor.order', { problem: 'each-amendment-once' }),
    );
  }
  if (!marksRespected(order, p.consequential)) {
    return floorFail(
      'INVALID_ORDER',
      'amendments',
      'An amendment marked as decided by another must come after it.',
      'order',
      reason('refusal.floor.order', { problem: 'consequential-after' }),
    );
  }
  return ok(updateProposal(state, p.id, (x) => ({ ...x, amendmentOrder: [...order] })));
}

/** The President marks `amendmentId` as not put to the vote if `onAdoptionOf` (voted earlier) is adopted. */
export function markConsequential(
  state: FloorState,
  amendmentId: string,
  onAdoptionOf: string,
): Result<FloorState> {
  const p = state.proposals.find((x) => x.amendments.some((a) => a.id === amendmentId));
  if (!p) return notFound(amendmentId, 'amendmentId');
  const order = amendmentsInOrder(p).map((a) => a.id);
  if (!order.includes(onAdoptionOf) || onAdoptionOf === amendmentId) {
    return floorFail(
      'INVALID_ORDER',
      'amendments',
      'Name another amendment to the same proposal.',
      'onAdoptionOf',
      reason('refusal.floor.order', { problem: 'same-proposal' }),
    );
  }
  if (order.indexOf(onAdoptionOf) > order.indexOf(amendmentId)) {
    return floorFail(
      'INVALID_ORDER',
      'amendments',
      `${onAdoptionOf} must be voted before ${amendmentId}.`,
      'onAdoptionOf',
      reason('refusal.floor.order', { problem: 'voted-before' }),
    );
  }
  if (p.amendments.find((a) => a.id === amendmentId)?.result !== null) {
    return floorFail(
      'ALREADY_DECIDED',
      'amendments',
      `${amendmentId} has already been voted on.`,
      undefined,
      reason('refusal.floor.order', { problem: 'amendment-voted' }),
    );
  }
  if (p.consequential.some((m) => m.amendmentId === amendmentId && m.onAdoptionOf === onAdoptionOf))
    return ok(state);
  return ok(
    updateProposal(state, p.id, (x) => ({
      ...x,
      consequential: [...x.consequential, { amendmentId, onAdoptionOf }],
    })),
  );
}

/** The meeting decided to vote on the proposals in another order than submitted (its decision is `decidedBy`). */
export function orderProposals(state: FloorState, order: string[], decidedBy: string): Result<FloorState> {
  const ids = state.proposals.map((p) => p.id);
  if (
    order.length !== ids.length ||
    new Set(order).size !== order.length ||
    !ids.every((id) => order.includes(id))
  ) {
    return floorFail(
      'INVALID_ORDER',
      'proposals',
      'Name each proposal on the item exactly once.',
      'order',
      reason('refusal.floor.order', { problem: 'each-proposal-once' }),
    );
  }
  return ok({ ...state, proposalOrder: { order: [...order], decidedBy } });
}

export function proposalsInOrder(state: FloorState): Proposal[] {
  const byId = (id: string) => state.proposals.find((p) => p.id === id);
  if (state.proposalOrder === null) return [...state.proposals].sort((a, b) => a.seq - b.seq);
  return state.proposalOrder.order.map(byId).filter((p) => p !== undefined);
}

function proposalSteps(p: Proposal): VoteStep[] {
  const steps: VoteStep[] = [];
  for (const a of amendmentsInOrder(p)) {
    const cause = p.consequential.find(
      (m) =>
        m.amendmentId === a.id && p.amendments.find((x) => x.id === m.onAdoptionOf)?.result === 'adopted',
    );
    const base = { kind: 'amendment' as const, proposalId: p.id, amendmentId: a.id };
    if (a.result !== null) steps.push({ ...base, status: a.result });
    else if (cause) steps.push({ ...base, status: 'skipped', skippedBecause: cause.onAdoptionOf });
    else steps.push({ ...base, status: 'pending' });
  }
  const amended = p.amendments.some((a) => a.result === 'adopted');
  const whole = { kind: 'proposal' as const, proposalId: p.id, amended };
  if (p.division) {
    const { parts, results } = p.division;
    for (const part of parts) {
      const r = results.find((x) => x.partId === part.id);
      steps.push({ kind: 'part', proposalId: p.id, partId: part.id, status: r?.outcome ?? 'pending' });
    }
    if (divisionOutcome(parts, results).kind === 'rejected') {
      steps.push({ ...whole, status: 'skipped', skippedBecause: 'every operative part was rejected' });
      return steps;
    }
  }
  steps.push({ ...whole, status: p.result ?? 'pending' });
  return steps;
}

/**
 * The questions on the item in the order they are put (GA rules 89-91): for each proposal (in
 * order submitted unless the meeting decided otherwise), its amendments in the President's order,
 * an amendment skipped when one it depends on was adopted; then the parts, if divided; then the
 * proposal as amended (or unamended) or the parts approved, as a whole.
 */
export function votingSequence(state: FloorState): VoteStep[] {
  return proposalsInOrder(state).flatMap(proposalSteps);
}

export function nextVote(state: FloorState): VoteStep | null {
  return votingSequence(state).find((s) => s.status === 'pending') ?? null;
}

/** The next question the President may put: none while a vote is open, a point of order waits or a motion is pending. */
export function questionToPut(state: FloorState, ctx: FloorContext): Result<VoteStep> {
  const busy = floorBusy(state, ctx);
  if (busy) return busy;
  const pending = motionPending(state, 'proposal');
  if (pending) return pending;
  const step = nextVote(state);
  return step
    ? ok(step)
    : floorFail(
        'NOT_FOUND',
        'proposals',
        'Every proposal on the item has been decided.',
        undefined,
        reason('refusal.floor.proposal', { problem: 'all-decided' }),
      );
}

const sameStep = (a: VoteOn, b: VoteOn): boolean =>
  a.kind === b.kind &&
  a.proposalId === b.proposalId &&
  (a.kind !== 'amendment' || b.kind !== 'amendment' || a.amendmentId === b.amendmentId) &&
  (a.kind !== 'part' || b.kind !== 'part' || a.partId === b.partId);

const describe = (s: VoteOn): string =>
  s.kind === 'amendment'
    ? `amendment ${s.amendmentId}`
    : s.kind === 'part'
      ? `part ${s.partId} of ${s.proposalId}`
      : `proposal ${s.proposalId}`;

/** The result of a question in the sequence: only the next one is accepted. */
export function recordVote(state: FloorState, on: VoteOn, outcome: DecisionOutcome): Result<FloorState> {
  const seqd = votingSequence(state);
  const step = seqd.find((s) => sameStep(s, on));
  if (!step)
    return floorFail(
      'NOT_FOUND',
      'amendments',
      `No question on ${describe(on)} in the voting sequence.`,
      undefined,
      reason('refusal.floor.sequence', { problem: 'not-in-sequence', kind: on.kind, outcome: null }),
    );
  if (step.status === 'adopted' || step.status === 'rejected') {
    return floorFail(
      'ALREADY_DECIDED',
      'amendments',
      `The ${describe(on)} was already ${step.status}.`,
      undefined,
      reason('refusal.floor.sequence', { problem: 'decided', kind: on.kind, outcome: step.status }),
    );
  }
  const next = seqd.find((s) => s.status === 'pending');
  if (step.status === 'skipped' || !next || !sameStep(next, on)) {
    const why =
      step.status === 'skipped' ? `it is not put to the vote (${step.skippedBecause})` : 'it is not next';
    const put = next ? `; the next question is on ${describe(next)}` : '';
    return floorFail(
      'OUT_OF_SEQUENCE',
      'amendments',
      `No vote on ${describe(on)}: ${why}${put}.`,
      undefined,
      reason('refusal.floor.sequence', {
        problem: step.status === 'skipped' ? 'skipped' : 'not-next',
        kind: on.kind,
        outcome: null,
      }),
    );
  }
  return ok(
    updateProposal(state, on.proposalId, (p) => {
      if (on.kind === 'amendment') {
        return {
          ...p,
          amendments: p.amendments.map((a) => (a.id === on.amendmentId ? { ...a, result: outcome } : a)),
        };
      }
      if (on.kind === 'proposal' || !p.division) return { ...p, result: outcome };
      const results = [...p.division.results, { partId: on.partId, outcome }];
      const whole = divisionOutcome(p.division.parts, results);
      return {
        ...p,
        division: { ...p.division, results },
        result: whole.kind === 'rejected' ? 'rejected' : p.result,
      };
    }),
  );
}

/** Adopted, rejected, or null while undecided. */
export function proposalOutcome(state: FloorState, proposalId: string): DecisionOutcome | null {
  return state.proposals.find((p) => p.id === proposalId)?.result ?? null;
}
