import type { FloorState } from './floor';
import { FLOOR_RULES } from './floor.errors';
import { ctx, MINUTE, must, observerState, openFloor, party, refusal, T0 } from './floor.fixtures';
import {
  appealOutcome,
  appealRuling,
  classificationMatter,
  decideAppeal,
  effectiveClassification,
  raisePointOfOrder,
  ruleOnPointOfOrder,
  ruleProcedureOrSubstance,
  withdrawPointOfOrder,
} from './rulings.rules';
import { callNextSpeaker, requestFloor } from './speakers.rules';
import { resumeSpeech, speechReading } from './speech.rules';

/** S1 is speaking since T0; S2 waits. */
function speaking(): FloorState {
  const s = must(requestFloor(must(requestFloor(openFloor(), party('S1'), ctx(T0))), party('S2'), ctx(T0)));
  return must(callNextSpeaker(s, ctx(T0)));
}

describe('floor: the appeal’s arithmetic (the ruling stands unless overruled by a majority present and voting)', () => {
  it.each([
    [60, 40, 10, 'overruled'],
    [41, 40, 0, 'overruled'],
    [40, 40, 5, 'stands'],
    [39, 40, 0, 'stands'],
    [0, 0, 120, 'stands'],
    [1, 0, 150, 'overruled'],
  ])('%i for overruling, %i against, %i abstaining: the ruling %s', (yes, no, abstain, outcome) => {
    const r = appealOutcome({ yes, no, abstain });
    expect(r.outcome).toBe(outcome);
    expect(r.decision.rule).toBe('majority-present-voting');
  });
});

describe('floor: points of order', () => {
  it('interrupts the speech: its clock pauses, and the list waits for the ruling', () => {
    let s = must(raisePointOfOrder(speaking(), party('S9'), ctx(T0 + MINUTE)));
    expect(s.rulings[0]).toMatchObject({
      id: 'PO3',
      raisedBy: 'S9',
      status: 'raised',
      interruptedSpeech: true,
    });
    expect(speechReading(s, T0 + 5 * MINUTE)).toMatchObject({ elapsedMs: MINUTE, running: false });
    expect(refusal(callNextSpeaker(s, ctx(T0 + 2 * MINUTE))).code).toBe('POINT_OF_ORDER_PENDING');
    expect(refusal(resumeSpeech(s, ctx(T0 + 2 * MINUTE))).code).toBe('POINT_OF_ORDER_PENDING');
    s = must(ruleOnPointOfOrder(s, 'PO3', 'The speaker will keep to the item.', ctx(T0 + 2 * MINUTE)));
    s = must(resumeSpeech(s, ctx(T0 + 3 * MINUTE)));
    expect(speechReading(s, T0 + 4 * MINUTE)).toMatchObject({ elapsedMs: 2 * MINUTE, running: true });
    expect(s.rulings[0]).toMatchObject({ status: 'final', outcome: 'stands', decidedAt: T0 + 3 * MINUTE });
  });

  it('is not a turn on the list: the raiser neither joins the queue nor uses an intervention', () => {
    const s = must(raisePointOfOrder(speaking(), party('S2'), ctx(T0 + MINUTE)));
    expect(s.list.queue.map((e) => e.delegationId)).toEqual(['S2']);
    expect(s.spoken).toEqual([]);
  });

  it('during a vote, only a point on the conduct of the vote is received', () => {
    const voting = ctx(T0, {}, true);
    const e = refusal(raisePointOfOrder(openFloor(), party('S1'), voting));
    expect(e.code).toBe('VOTE_OPEN');
    expect(e.message).toContain(FLOOR_RULES.conductOfVote);
    const s = must(raisePointOfOrder(openFloor(), party('S1'), voting, { onConductOfVote: true }));
    expect(s.rulings[0].onConductOfVote).toBe(true);
  });

  it('observers raise points of order only where the meeting’s rules allow it', () => {
    expect(refusal(raisePointOfOrder(openFloor(), observerState('O1'), ctx(T0))).code).toBe(
      'OBSERVER_NOT_PERMITTED',
    );
    const allowed = ctx(T0, { observersMayRaisePointsOfOrder: true });
    expect(must(raisePointOfOrder(openFloor(), observerState('O1'), allowed)).rulings).toHaveLength(1);
  });

  it('the raiser withdraws it before the ruling; nobody else can', () => {
    const s = must(raisePointOfOrder(openFloor(), party('S1'), ctx(T0)));
    expect(refusal(withdrawPointOfOrder(s, 'PO1', 'S2')).code).toBe('NOT_THE_MOVER');
    expect(must(withdrawPointOfOrder(s, 'PO1', 'S1')).rulings[0].status).toBe('withdrawn');
  });

  it('an appeal is put at once and overrules the ruling by a majority; the ruling is recorded with the vote', () => {
    let s = must(raisePointOfOrder(speaking(), party('S9'), ctx(T0 + MINUTE)));
    expect(refusal(appealRuling(s, 'PO3', party('S8'), ctx(T0 + MINUTE))).code).toBe('NOT_RULED');
    s = must(ruleOnPointOfOrder(s, 'PO3', 'Out of order.', ctx(T0 + 2 * MINUTE)));
    expect(refusal(appealRuling(s, 'PO3', observerState('O1'), ctx(T0 + 2 * MINUTE))).code).toBe(
      'OBSERVER_NOT_PERMITTED',
    );
    s = must(appealRuling(s, 'PO3', party('S8'), ctx(T0 + 2 * MINUTE)));
    expect(refusal(resumeSpeech(s, ctx(T0 + 3 * MINUTE))).message).toMatch(/under appeal/);
    s = must(decideAppeal(s, 'PO3', { yes: 70, no: 60, abstain: 5 }, ctx(T0 + 4 * MINUTE)));
    expect(s.rulings[0]).toMatchObject({
      status: 'final',
      outcome: 'overruled',
      appeal: { by: 'S8', at: T0 + 2 * MINUTE },
      appealDecision: expect.objectContaining({ yes: 70, no: 60, outcome: 'adopted' }),
    });
    expect(refusal(decideAppeal(s, 'PO3', { yes: 1, no: 0, abstain: 0 }, ctx(T0))).code).toBe(
      'ALREADY_DECIDED',
    );
    expect(must(resumeSpeech(s, ctx(T0 + 5 * MINUTE))).speech?.delegationId).toBe('S1');
  });

  it('once the floor moves on, the ruling is final and can no longer be appealed', () => {
    let s = must(raisePointOfOrder(speaking(), party('S9'), ctx(T0 + MINUTE)));
    s = must(ruleOnPointOfOrder(s, 'PO3', 'Not a point of order.', ctx(T0 + MINUTE)));
    s = must(callNextSpeaker(s, ctx(T0 + 2 * MINUTE)));
    const e = refusal(appealRuling(s, 'PO3', party('S8'), ctx(T0 + 3 * MINUTE)));
    expect(e.code).toBe('ALREADY_DECIDED');
    expect(e.message).toMatch(/at once/);
  });
});

describe('floor: procedure or substance', () => {
  it.each([
    ['procedure', null, 'procedure', 'procedural'],
    ['substance', null, 'substance', 'other-substance'],
    ['procedure', { yes: 50, no: 40, abstain: 0 }, 'substance', 'other-substance'],
    ['substance', { yes: 50, no: 40, abstain: 0 }, 'procedure', 'procedural'],
    ['substance', { yes: 45, no: 45, abstain: 0 }, 'substance', 'other-substance'],
  ] as const)(
    'the President rules %s; appeal %p: the question is %s (%s)',
    (ruled, appeal, applies, matter) => {
      let s = must(
        ruleProcedureOrSubstance(
          openFloor(),
          { question: 'Draft decision L.3', classification: ruled },
          ctx(T0),
        ),
      );
      const id = s.rulings[0].id;
      if (appeal) {
        s = must(appealRuling(s, id, party('S1'), ctx(T0 + 1)));
        s = must(decideAppeal(s, id, appeal, ctx(T0 + 2)));
      }
      const applied = effectiveClassification(s.rulings[0]);
      expect(applied).toBe(applies);
      expect(classificationMatter(applied!)).toBe(matter);
    },
  );
});
