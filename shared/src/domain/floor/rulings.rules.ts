import type { Decision, Tally } from '../decisions/decisions';
import { decide } from '../decisions/decisions.rules';
import type { Matter } from '../decisions/matters';
import { ok, type Result } from '../errors';
import { isRunning, pauseClock } from './clock.rules';
import type { Classification, FloorActor, FloorContext, FloorState, Ruling } from './floor';
import { reason } from '../reasons/reasons';
import { floorFail } from './floor.errors';
import { isParticipantActor, issueSeq, voteUnderWay } from './floor.state';

/**
 * The appeal's arithmetic. DOMAIN.md §7: "the ruling stands unless overruled by a majority present
 * and voting". The question put is "Shall the President's ruling be overruled?": the ruling is
 * overruled only if yes > no (decide() under the majority rule); a tie, or nobody voting yes or
 * no, leaves the ruling standing, as a tie rejects anything but an election.
 */
export function appealOutcome(tally: Tally): { outcome: 'stands' | 'overruled'; decision: Decision } {
  const decision = decide('majority-present-voting', tally);
  return { outcome: decision.outcome === 'adopted' ? 'overruled' : 'stands', decision };
}

/** The classification that applies: the President's, unless the meeting overruled it on appeal. */
export function effectiveClassification(ruling: Ruling): Classification | null {
  if (ruling.classification === null) return null;
  if (ruling.outcome !== 'overruled') return ruling.classification;
  return ruling.classification === 'procedure' ? 'substance' : 'procedure';
}

/** The matter (and so the voting rule) a classification gives the question (DOMAIN.md §3). */
export function classificationMatter(c: Classification): Matter {
  return c === 'procedure' ? 'procedural' : 'other-substance';
}

function newRuling(
  id: string,
  fields: Pick<Ruling, 'subject' | 'raisedBy' | 'raisedAt' | 'onConductOfVote'>,
): Ruling {
  return {
    ...fields,
    id,
    interruptedSpeech: false,
    status: 'raised',
    ruling: null,
    ruledAt: null,
    classification: null,
    appeal: null,
    appealDecision: null,
    outcome: null,
    decidedAt: null,
  };
}

/**
 * A point of order, at any time: it comes before the list and any motion, and interrupts a speech
 * (its clock pauses). During a vote only a point on the conduct of the vote is received. The one
 * raising it does not thereby speak on the substance: it is not a turn on the list.
 */
export function raisePointOfOrder(
  state: FloorState,
  actor: FloorActor,
  ctx: FloorContext,
  opts: { onConductOfVote: boolean } = { onConductOfVote: false },
): Result<FloorState> {
  if (!isParticipantActor(actor) && !ctx.settings.observersMayRaisePointsOfOrder) {
    return floorFail(
      'OBSERVER_NOT_PERMITTED',
      'observers',
      'Under this meeting’s rules only participants raise points of order.',
      undefined,
      reason('refusal.floor.observerPointOfOrder', {}),
    );
  }
  if (voteUnderWay(state, ctx) && !opts.onConductOfVote) {
    return floorFail(
      'VOTE_OPEN',
      'conductOfVote',
      'A vote is under way: only a point of order on the conduct of the vote is received.',
      undefined,
      reason('refusal.floor.voteOpen', { interrupt: 'point-of-order' }),
    );
  }
  const [seq, next] = issueSeq(state);
  const ruling = newRuling(`PO${seq}`, {
    subject: 'point-of-order',
    raisedBy: actor.delegationId,
    raisedAt: ctx.now,
    onConductOfVote: opts.onConductOfVote,
  });
  const speech = next.speech;
  if (speech && isRunning(speech.clock)) {
    return ok({
      ...next,
      speech: { ...speech, clock: pauseClock(speech.clock, ctx.now) },
      rulings: [...next.rulings, { ...ruling, interruptedSpeech: true }],
    });
  }
  return ok({ ...next, rulings: [...next.rulings, ruling] });
}

function find(state: FloorState, id: string): Ruling | Result<never> {
  const r = state.rulings.find((x) => x.id === id);
  return (
    r ??
    floorFail(
      'NOT_FOUND',
      'pointOfOrder',
      `No point of order or ruling ${id}.`,
      'rulingId',
      reason('refusal.floor.notFound', { what: 'ruling' }),
    )
  );
}

const replace = (state: FloorState, r: Ruling): FloorState => ({
  ...state,
  rulings: state.rulings.map((x) => (x.id === r.id ? r : x)),
});

const isRefusal = (x: Ruling | Result<never>): x is Result<never> => 'ok' in x;

/** The one who raised it withdraws it before the ruling. */
export function withdrawPointOfOrder(
  state: FloorState,
  rulingId: string,
  delegationId: string,
): Result<FloorState> {
  const r = find(state, rulingId);
  if (isRefusal(r)) return r;
  if (r.raisedBy !== delegationId) {
    return floorFail(
      'NOT_THE_MOVER',
      'pointOfOrder',
      'Only the delegation that raised it may withdraw it.',
      undefined,
      reason('refusal.floor.notTheMover', { what: 'point-of-order' }),
    );
  }
  if (r.status !== 'raised') {
    return floorFail(
      'ALREADY_DECIDED',
      'pointOfOrder',
      'The President has already ruled on this point of order.',
      undefined,
      reason('refusal.floor.ruling', { problem: 'already-ruled' }),
    );
  }
  return ok(replace(state, { ...r, status: 'withdrawn' }));
}

/** The President rules at once; the ruling is recorded as stated. */
export function ruleOnPointOfOrder(
  state: FloorState,
  rulingId: string,
  ruling: string,
  ctx: FloorContext,
): Result<FloorState> {
  const r = find(state, rulingId);
  if (isRefusal(r)) return r;
  if (r.status !== 'raised') {
    return floorFail(
      'ALREADY_DECIDED',
      'pointOfOrder',
      `This point of order is already ${r.status}.`,
      undefined,
      reason('refusal.floor.rulingStatus', { of: 'point-of-order', status: r.status }),
    );
  }
  return ok(replace(state, { ...r, status: 'ruled', ruling, ruledAt: ctx.now }));
}

/** The question whether a matter is procedural or of substance arose: the President rules (appealable). */
export function ruleProcedureOrSubstance(
  state: FloorState,
  input: { question: string; classification: Classification },
  ctx: FloorContext,
): Result<FloorState> {
  if (voteUnderWay(state, ctx)) {
    return floorFail(
      'VOTE_OPEN',
      'conductOfVote',
      'A vote is under way; the question is settled before the vote.',
      undefined,
      reason('refusal.floor.voteOpen', { interrupt: 'ruling' }),
    );
  }
  const [seq, next] = issueSeq(state);
  const ruling: Ruling = {
    ...newRuling(`PS${seq}`, {
      subject: 'procedure-or-substance',
      raisedBy: null,
      raisedAt: ctx.now,
      onConductOfVote: false,
    }),
    status: 'ruled',
    ruling: input.question,
    ruledAt: ctx.now,
    classification: input.classification,
  };
  return ok({ ...next, rulings: [...next.rulings, ruling] });
}

/** A participant appeals at once; the appeal is then put to the vote (the server opens it, majority present and voting). */
export function appealRuling(
  state: FloorState,
  rulingId: string,
  actor: FloorActor,
  ctx: FloorContext,
): Result<FloorState> {
  if (!isParticipantActor(actor)) {
    return floorFail(
      'OBSERVER_NOT_PERMITTED',
      'observers',
      'An observer cannot appeal: an appeal is put to the vote.',
      undefined,
      reason('refusal.floor.observer', { act: 'appeal' }),
    );
  }
  const r = find(state, rulingId);
  if (isRefusal(r)) return r;
  if (r.status === 'raised')
    return floorFail(
      'NOT_RULED',
      'pointOfOrder',
      'The President has not yet ruled.',
      undefined,
      reason('refusal.floor.ruling', { problem: 'not-ruled' }),
    );
  if (r.status !== 'ruled') {
    const why =
      r.status === 'final' ? 'the ruling is final (an appeal is made at once)' : `the ruling is ${r.status}`;
    return floorFail(
      'ALREADY_DECIDED',
      r.subject === 'point-of-order' ? 'pointOfOrder' : 'procedureOrSubstance',
      `No appeal: ${why}.`,
      undefined,
      reason('refusal.floor.rulingStatus', { of: 'appeal', status: r.status }),
    );
  }
  return ok(replace(state, { ...r, status: 'appealed', appeal: { by: actor.delegationId, at: ctx.now } }));
}

/** The appeal's vote closed: the ruling stands or is overruled (see appealOutcome). */
export function decideAppeal(
  state: FloorState,
  rulingId: string,
  tally: Tally,
  ctx: FloorContext,
): Result<FloorState> {
  const r = find(state, rulingId);
  if (isRefusal(r)) return r;
  const rule = r.subject === 'point-of-order' ? 'pointOfOrder' : 'procedureOrSubstance';
  if (r.status === 'final' || r.status === 'withdrawn') {
    return floorFail(
      'ALREADY_DECIDED',
      rule,
      `This ruling is already ${r.status}.`,
      undefined,
      reason('refusal.floor.rulingStatus', { of: 'ruling', status: r.status }),
    );
  }
  if (r.status !== 'appealed') {
    return floorFail(
      'INVALID_TRANSITION',
      rule,
      'Nobody has appealed against this ruling.',
      undefined,
      reason('refusal.floor.ruling', { problem: 'not-appealed' }),
    );
  }
  const { outcome, decision } = appealOutcome(tally);
  return ok(
    replace(state, {
      ...r,
      status: 'final',
      outcome,
      appealDecision: decision,
      appealDecidedBy: 'vote',
      decidedAt: ctx.now,
    }),
  );
}

/**
 * The appeal's question ("Shall the ruling be overruled?") was adopted without a vote
 * (consensus): the ruling is overruled, with no arithmetic (`appealDecision` null).
 */
export function overruleByConsensus(
  state: FloorState,
  rulingId: string,
  ctx: FloorContext,
): Result<FloorState> {
  const r = find(state, rulingId);
  if (isRefusal(r)) return r;
  const rule = r.subject === 'point-of-order' ? 'pointOfOrder' : 'procedureOrSubstance';
  if (r.status !== 'appealed') {
    return floorFail(
      r.status === 'final' || r.status === 'withdrawn' ? 'ALREADY_DECIDED' : 'INVALID_TRANSITION',
      rule,
      r.status === 'final' || r.status === 'withdrawn'
        ? `This ruling is already ${r.status}.`
        : 'Nobody has appealed against this ruling.',
      undefined,
      r.status === 'final' || r.status === 'withdrawn'
        ? reason('refusal.floor.rulingStatus', { of: 'ruling', status: r.status })
        : reason('refusal.floor.ruling', { problem: 'not-appealed' }),
    );
  }
  return ok(
    replace(state, {
      ...r,
      status: 'final',
      outcome: 'overruled',
      appealDecision: null,
      appealDecidedBy: 'consensus',
      decidedAt: ctx.now,
    }),
  );
}
