import { renderError } from '../../i18n/errors';
import { renderReason } from '../../i18n/reasons.render';
import type { Result } from '../errors';
import type { FloorState } from './floor';
import { FLOOR_RULES, type FloorErrorCode, type FloorRule } from './floor.errors';
import { ctx, must, observerState, openFloor, party, run, T0 } from './floor.fixtures';
import { createFloor } from './floor.state';
import { adoptMotionWithoutVote, giveFloorOnMotion, takeUpMotion } from './motion-decision.rules';
import { moveMotion, objectToMotion, withdrawMotion } from './motions.rules';
import { orderAmendments, recordVote, submitAmendment, submitProposal } from './proposals.rules';
import { appealRuling, raisePointOfOrder, ruleOnPointOfOrder } from './rulings.rules';
import { callNextSpeaker, closeList, requestFloor, withdrawRequest } from './speakers.rules';
import { endSpeech } from './speech.rules';
import { callNextReply, openExplanations, requestExplanation, requestReply } from './statements.rules';
import { DEFAULT_FLOOR_SETTINGS } from './floor.settings';

const c = ctx(T0);
const listed = () => must(requestFloor(openFloor(), party('S1'), c));
const withProposal = () =>
  must(submitProposal(openFloor(), { id: 'P', symbol: null, text: 'd', sponsors: ['S1'] }));
const withMotion = (kind: 'close-debate' | 'suspend-meeting' = 'close-debate'): FloorState =>
  must(moveMotion(openFloor(), party('S1'), { kind }, c));
const pointRaised = () => must(raisePointOfOrder(openFloor(), party('S1'), c));
const twoAmendments = () =>
  run(
    withProposal(),
    (s) => submitAmendment(s, { id: 'A', proposalId: 'P', symbol: null, text: 'a', sponsors: [] }),
    (s) => submitAmendment(s, { id: 'B', proposalId: 'P', symbol: null, text: 'b', sponsors: [] }),
  );

/** Every code the floor emits, a way to provoke it, and the rule its message must name. */
const REFUSALS: Record<FloorErrorCode, [FloorRule, () => Result<unknown>]> = {
  NOT_FOUND: ['pointOfOrder', () => appealRuling(openFloor(), 'PO9', party('S1'), c)],
  ALREADY_EXISTS: [
    'proposals',
    () => submitProposal(withProposal(), { id: 'P', symbol: null, text: 'x', sponsors: [] }),
  ],
  INVALID_TRANSITION: [
    'listClosure',
    () => closeList(createFloor('i', DEFAULT_FLOOR_SETTINGS), { kind: 'no-objection' }, c),
  ],
  VOTE_OPEN: ['conductOfVote', () => raisePointOfOrder(openFloor(), party('S1'), ctx(T0, {}, true))],
  NOT_DECIDED: [
    'reconsideration',
    () => moveMotion(withProposal(), party('S2'), { kind: 'reconsideration', proposalId: 'P' }, c),
  ],
  LIST_NOT_OPEN: ['speakers', () => requestFloor(createFloor('i', DEFAULT_FLOOR_SETTINGS), party('S1'), c)],
  LIST_CLOSED: [
    'listClosure',
    () => requestFloor(must(closeList(openFloor(), { kind: 'no-objection' }, c)), party('S1'), c),
  ],
  ALREADY_REQUESTED: ['speakers', () => requestFloor(listed(), party('S1'), c)],
  NOT_ON_LIST: ['speakers', () => withdrawRequest(openFloor(), 'S1')],
  INTERVENTION_LIMIT: [
    'timeLimit',
    () =>
      requestFloor(must(callNextSpeaker(listed(), c)), party('S1'), ctx(T0, { maxInterventionsPerItem: 1 })),
  ],
  LIST_EMPTY: ['speakers', () => callNextSpeaker(openFloor(), c)],
  NO_SPEECH: ['speakers', () => endSpeech(openFloor(), c)],
  POINT_OF_ORDER_PENDING: [
    'pointOfOrder',
    () => callNextSpeaker(must(requestFloor(pointRaised(), party('S2'), c)), c),
  ],
  MOTION_PENDING: ['precedence', () => callNextSpeaker(must(requestFloor(withMotion(), party('S2'), c)), c)],
  DEBATE_NOT_OPEN: ['speakers', () => callNextSpeaker({ ...listed(), debate: 'adjourned' }, c)],
  OBSERVER_NOT_PERMITTED: [
    'observers',
    () => moveMotion(openFloor(), observerState('O1'), { kind: 'suspend-meeting' }, c),
  ],
  NOT_THE_MOVER: ['withdrawal', () => withdrawMotion(withMotion(), 'M1', 'S2')],
  NOT_RULED: ['pointOfOrder', () => appealRuling(pointRaised(), 'PO1', party('S2'), c)],
  ALREADY_DECIDED: [
    'pointOfOrder',
    () => ruleOnPointOfOrder(must(ruleOnPointOfOrder(pointRaised(), 'PO1', 'x', c)), 'PO1', 'y', c),
  ],
  OUT_OF_PRECEDENCE: [
    'precedence',
    () => takeUpMotion(must(moveMotion(withMotion(), party('S2'), { kind: 'suspend-meeting' }, c)), 'M1', c),
  ],
  NOT_DEBATABLE: [
    'motionSpeakers',
    () =>
      giveFloorOnMotion(
        must(takeUpMotion(withMotion('suspend-meeting'), 'M1', c)),
        'M1',
        party('S2'),
        'for',
        c,
      ),
  ],
  MOTION_SPEAKERS_FULL: [
    'motionSpeakers',
    () => giveFloorOnMotion(must(takeUpMotion(withMotion(), 'M1', c)), 'M1', party('S2'), 'for', c),
  ],
  OBJECTION_RAISED: [
    'motionSpeakers',
    () => adoptMotionWithoutVote(must(objectToMotion(withMotion(), 'M1', party('S2'))), 'M1', c),
  ],
  INVALID_DIVISION: [
    'division',
    () => moveMotion(withProposal(), party('S2'), { kind: 'division', proposalId: 'P', parts: [] }, c),
  ],
  INVALID_ORDER: ['amendments', () => orderAmendments(twoAmendments(), 'P', ['A', 'A'])],
  OUT_OF_SEQUENCE: [
    'amendments',
    () => recordVote(twoAmendments(), { kind: 'amendment', proposalId: 'P', amendmentId: 'B' }, 'adopted'),
  ],
  SPONSOR_CANNOT_EXPLAIN: [
    'explanation',
    () =>
      requestExplanation(
        must(openExplanations(withProposal(), { subjectId: 'P', phase: 'before' }, c)),
        party('S1'),
        c,
      ),
  ],
  EXPLANATIONS_NOT_OPEN: ['explanation', () => requestExplanation(openFloor(), party('S1'), c)],
  REPLY_LIMIT: [
    'reply',
    () =>
      requestReply(
        openFloor(),
        party('S1'),
        ctx(T0, { replies: { maxPerItem: 0, firstMs: 1000, laterMs: 1000 } }),
      ),
  ],
  REPLIES_AT_END: [
    'reply',
    () => callNextReply(must(requestReply(listed(), party('S2'), c)), c, 'end-of-item'),
  ],
};

describe('floor: every refusal names its rule', () => {
  it.each(Object.entries(REFUSALS) as [FloorErrorCode, [FloorRule, () => Result<unknown>]][])(
    '%s',
    (code, [rule, provoke]) => {
      const r = provoke();
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(code);
      expect(r.error.message).toContain(`(${FLOOR_RULES[rule]})`);
      // The same refusal as data, so a French or Arabic reader gets this sentence, not the code's.
      const why = r.error.reason;
      expect(why?.code).toMatch(/^refusal\.floor\./);
      const fr = renderError('fr', r.error);
      expect(fr.startsWith(renderReason('fr', why!))).toBe(true);
    },
  );
});
