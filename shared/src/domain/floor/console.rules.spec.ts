import {
  consequentialRefusal,
  explanationRefusal,
  floorConsoleReasons,
  orderRefusal,
  refusalOf,
  type FloorConsoleAction,
} from './console.rules';
import type { FloorState } from './floor';
import { FLOOR_RULES, type FloorRule } from './floor.errors';
import { ctx, MINUTE, must, openFloor, party, run, T0 } from './floor.fixtures';
import { createFloor } from './floor.state';
import { DEFAULT_FLOOR_SETTINGS } from './floor.settings';
import { adoptMotionByConsensus, putMotionToVote, takeUpMotion } from './motion-decision.rules';
import { moveMotion } from './motions.rules';
import { markConsequential, recordVote, submitAmendment, submitProposal } from './proposals.rules';
import { appealRuling, overruleByConsensus, raisePointOfOrder, ruleOnPointOfOrder } from './rulings.rules';
import { callNextSpeaker, requestFloor } from './speakers.rules';
import { openExplanations } from './statements.rules';

const at = ctx(T0);
const listed = (...ids: string[]) =>
  run(openFloor(), ...ids.map((id) => (s: FloorState) => requestFloor(s, party(id), at)));

describe('floor console: every unavailable action says why, naming the rule the server would apply', () => {
  const cases: [string, () => FloorState, FloorConsoleAction, string | null, FloorRule | null][] = [
    [
      'nothing yet: the list can be opened',
      () => createFloor('i', DEFAULT_FLOOR_SETTINGS),
      'openList',
      null,
      null,
    ],
    ['the list opened twice', () => openFloor(), 'openList', 'INVALID_TRANSITION', 'speakers'],
    ['nobody listed: no next speaker', () => openFloor(), 'nextSpeaker', 'LIST_EMPTY', 'speakers'],
    ['someone listed: next speaker offered', () => listed('S1'), 'nextSpeaker', null, null],
    ['nobody speaking: nothing to end', () => listed('S1'), 'endSpeech', 'NO_SPEECH', 'speakers'],
    ['no motion: nothing to take up', () => openFloor(), 'takeUpMotion', 'NOT_FOUND', 'precedence'],
    ['no proposal: no question to put', () => openFloor(), 'putNext', 'NOT_FOUND', null],
    ['explanations not open', () => openFloor(), 'nextExplanation', 'EXPLANATIONS_NOT_OPEN', 'explanation'],
    [
      'replies wait for the end of the item',
      () => listed('S1'),
      'nextReplyEndOfItem',
      'REPLIES_AT_END',
      'reply',
    ],
  ];
  it.each(cases)('%s', (_, make, action, code, rule) => {
    const why = floorConsoleReasons(make(), at, false)[action];
    if (code === null) expect(why).toBeNull();
    else {
      expect(why?.code).toBe(code);
      if (rule) {
        expect(why?.rule).toBe(rule);
        expect(why?.message).toContain(FLOOR_RULES[rule]);
      }
    }
  });

  it('a vote under way refuses the next speaker with the rule on conduct during voting', () => {
    const why = floorConsoleReasons(listed('S1'), ctx(T0, {}, true), false).nextSpeaker;
    expect(why).toMatchObject({ code: 'VOTE_OPEN', rule: 'conductOfVote' });
  });

  it('a point of order waiting refuses the motion and the next speaker alike', () => {
    let s = must(callNextSpeaker(listed('S1', 'S2'), at));
    s = must(moveMotion(s, party('S3'), { kind: 'close-debate' }, at));
    s = must(raisePointOfOrder(s, party('S4'), at, { onConductOfVote: false }));
    const r = floorConsoleReasons(s, at, false);
    expect(r.nextSpeaker?.code).toBe('POINT_OF_ORDER_PENDING');
    expect(r.takeUpMotion?.code).toBe('POINT_OF_ORDER_PENDING');
    expect(r.resumeSpeech?.rule).toBe('pointOfOrder');
  });

  it('a write in flight: an action otherwise available says so, one refused keeps its rule', () => {
    const r = floorConsoleReasons(listed('S1'), at, true);
    expect(r.nextSpeaker?.code).toBe('BUSY');
    expect(r.openList?.code).toBe('INVALID_TRANSITION');
  });

  it('refusalOf is null on success and finds the rule of any refusal', () => {
    expect(refusalOf({ ok: true, value: 1 })).toBeNull();
    expect(refusalOf(callNextSpeaker(openFloor(), at))).toMatchObject({
      code: 'LIST_EMPTY',
      rule: 'speakers',
    });
  });
});

describe('floor console: amendments, explanations', () => {
  const tabled = () =>
    run(
      openFloor(),
      (s) => submitProposal(s, { id: 'L.1', symbol: null, text: 'The meeting decides', sponsors: ['S1'] }),
      (s) => submitAmendment(s, { id: 'A1', proposalId: 'L.1', symbol: null, text: 'Add', sponsors: [] }),
      (s) => submitAmendment(s, { id: 'A2', proposalId: 'L.1', symbol: null, text: 'Delete', sponsors: [] }),
    );

  it('an order that puts a marked amendment before the one deciding it is refused, naming the rule on amendments', () => {
    const s = must(markConsequential(tabled(), 'A2', 'A1'));
    expect(orderRefusal(s, 'L.1', ['A1', 'A2'])).toBeNull();
    expect(orderRefusal(s, 'L.1', ['A2', 'A1'])).toMatchObject({ code: 'INVALID_ORDER', rule: 'amendments' });
    expect(consequentialRefusal(tabled(), 'A1', 'A2')).toMatchObject({ code: 'INVALID_ORDER' });
  });

  it('the sponsor of an unamended proposal is refused an explanation; once amended, it may explain', () => {
    const open = must(openExplanations(tabled(), { subjectId: 'L.1', phase: 'before' }, at));
    expect(explanationRefusal(open, party('S1'), at)).toMatchObject({
      code: 'SPONSOR_CANNOT_EXPLAIN',
      rule: 'explanation',
    });
    expect(explanationRefusal(open, party('S2'), at)).toBeNull();
    const amended = must(
      recordVote(tabled(), { kind: 'amendment', proposalId: 'L.1', amendmentId: 'A1' }, 'adopted'),
    );
    const after = must(openExplanations(amended, { subjectId: 'L.1', phase: 'after' }, at));
    expect(explanationRefusal(after, party('S1'), at)).toBeNull();
  });
});

describe('floor: a question adopted without a vote (consensus) is no tally', () => {
  it('a motion put and adopted by consensus: adopted, no arithmetic, decidedBy consensus, its effect applied', () => {
    let s = must(moveMotion(listed('S1', 'S2'), party('S3'), { kind: 'close-debate' }, at));
    s = must(takeUpMotion(s, 'M3', at));
    s = must(putMotionToVote(s, 'M3', ctx(T0 + MINUTE)));
    const done = must(adoptMotionByConsensus(s, 'M3', ctx(T0 + 2 * MINUTE)));
    const m = done.motions.find((x) => x.id === 'M3')!;
    expect(m).toMatchObject({
      status: 'adopted',
      decision: null,
      decidedBy: 'consensus',
      decidedAt: T0 + 2 * MINUTE,
    });
    expect(done.debate).toBe('closed');
    expect(adoptMotionByConsensus(done, 'M3', at)).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_DECIDED' },
    });
  });

  it('a motion not yet put cannot be adopted by a question’s consensus', () => {
    const s = must(moveMotion(openFloor(), party('S3'), { kind: 'suspend-meeting' }, at));
    expect(adoptMotionByConsensus(s, 'M1', at)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    });
  });

  it('an appeal adopted by consensus overrules the ruling with no arithmetic', () => {
    let s = must(raisePointOfOrder(listed('S1'), party('S2'), at, { onConductOfVote: false }));
    const id = s.rulings[0].id;
    s = must(ruleOnPointOfOrder(s, id, 'Out of order.', at));
    s = must(appealRuling(s, id, party('S5'), at));
    const r = must(overruleByConsensus(s, id, at)).rulings[0];
    expect(r).toMatchObject({
      status: 'final',
      outcome: 'overruled',
      appealDecision: null,
      appealDecidedBy: 'consensus',
    });
  });
});
