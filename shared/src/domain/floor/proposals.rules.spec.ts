import type { DecisionOutcome } from '../decisions/decisions';
import type { FloorState, VoteStep } from './floor';
import { ctx, MINUTE, must, openFloor, party, refusal, run, T0 } from './floor.fixtures';
import { decideMotion, giveFloorOnMotion, putMotionToVote, takeUpMotion } from './motion-decision.rules';
import { moveMotion } from './motions.rules';
import {
  markConsequential,
  nextVote,
  orderAmendments,
  orderProposals,
  proposalOutcome,
  questionToPut,
  recordVote,
  submitAmendment,
  submitProposal,
  votingSequence,
} from './proposals.rules';

const doc = (id: string, sponsors: string[] = ['S1']) => ({
  id,
  symbol: `APLC/MSP.23/L.${id}`,
  text: id,
  sponsors,
});

/** Proposal P with amendments in the order submitted. */
function withAmendments(ids: string[], s = openFloor(), proposalId = 'P'): FloorState {
  let st = must(submitProposal(s, doc(proposalId)));
  for (const id of ids) st = must(submitAmendment(st, { ...doc(id, ['S2']), proposalId }));
  return st;
}

/** Puts each next question and records the given outcomes in turn. */
function vote(s: FloorState, outcomes: DecisionOutcome[]): FloorState {
  return outcomes.reduce((st, o) => must(recordVote(st, nextVote(st)!, o)), s);
}

const show = (steps: VoteStep[]) =>
  steps.map((x) => {
    const id =
      x.kind === 'amendment'
        ? x.amendmentId
        : x.kind === 'part'
          ? `${x.proposalId}.${x.partId}`
          : x.proposalId;
    return `${id}:${x.status}${x.kind === 'proposal' && x.amended ? ' as amended' : ''}`;
  });

describe('floor: amendments voted furthest removed first, skipping those decided by another', () => {
  it.each<[string, string[] | null, [string, string][], DecisionOutcome[], string[]]>([
    [
      'as submitted, none adopted',
      null,
      [],
      ['rejected', 'rejected', 'adopted'],
      ['A:rejected', 'B:rejected', 'P:adopted'],
    ],
    [
      'the President’s order',
      ['C', 'A', 'B'],
      [],
      ['rejected', 'adopted', 'rejected', 'adopted'],
      ['C:rejected', 'A:adopted', 'B:rejected', 'P:adopted as amended'],
    ],
    [
      'B skipped because A (voted before it) was adopted',
      ['A', 'B', 'C'],
      [['B', 'A']],
      ['adopted', 'rejected', 'adopted'],
      ['A:adopted', 'B:skipped', 'C:rejected', 'P:adopted as amended'],
    ],
    [
      'B put after all because A was rejected',
      ['A', 'B', 'C'],
      [['B', 'A']],
      ['rejected', 'adopted', 'rejected', 'rejected'],
      ['A:rejected', 'B:adopted', 'C:rejected', 'P:rejected as amended'],
    ],
    [
      'two skipped by one',
      ['C', 'A', 'B'],
      [
        ['A', 'C'],
        ['B', 'C'],
      ],
      ['adopted', 'adopted'],
      ['C:adopted', 'A:skipped', 'B:skipped', 'P:adopted as amended'],
    ],
  ])('%s', (_name, order, marks, outcomes, expected) => {
    let s = withAmendments(order ? ['A', 'B', 'C'].filter((x) => order.includes(x)) : ['A', 'B']);
    if (order) s = must(orderAmendments(s, 'P', order));
    for (const [a, cause] of marks) s = must(markConsequential(s, a, cause));
    s = vote(s, outcomes);
    expect(show(votingSequence(s))).toEqual(expected);
    expect(nextVote(s)).toBeNull();
  });

  it('refuses an order that is not each amendment once, or puts a marked one before its cause', () => {
    const s = withAmendments(['A', 'B']);
    expect(refusal(orderAmendments(s, 'P', ['A'])).code).toBe('INVALID_ORDER');
    expect(refusal(orderAmendments(s, 'P', ['A', 'A'])).code).toBe('INVALID_ORDER');
    expect(refusal(markConsequential(s, 'A', 'B')).code).toBe('INVALID_ORDER');
    const marked = must(markConsequential(s, 'B', 'A'));
    expect(refusal(orderAmendments(marked, 'P', ['B', 'A'])).code).toBe('INVALID_ORDER');
  });

  it('the order is fixed, and no amendment received, once voting on the proposal begins', () => {
    const s = vote(withAmendments(['A', 'B']), ['rejected']);
    expect(refusal(orderAmendments(s, 'P', ['B', 'A'])).code).toBe('INVALID_TRANSITION');
    expect(refusal(submitAmendment(s, { ...doc('C'), proposalId: 'P' })).code).toBe('INVALID_TRANSITION');
  });

  it('only the next question is recorded; a repeated result is a conflict', () => {
    let s = withAmendments(['A', 'B']);
    const early = refusal(recordVote(s, { kind: 'proposal', proposalId: 'P' }, 'adopted'));
    expect(early.code).toBe('OUT_OF_SEQUENCE');
    expect(early.message).toContain('the next question is on amendment A');
    s = vote(s, ['adopted']);
    expect(
      refusal(recordVote(s, { kind: 'amendment', proposalId: 'P', amendmentId: 'A' }, 'rejected')).code,
    ).toBe('ALREADY_DECIDED');
  });

  it('a skipped amendment is not put to the vote', () => {
    const s = vote(must(markConsequential(withAmendments(['A', 'B']), 'B', 'A')), ['adopted']);
    const e = refusal(recordVote(s, { kind: 'amendment', proposalId: 'P', amendmentId: 'B' }, 'adopted'));
    expect(e.code).toBe('OUT_OF_SEQUENCE');
    expect(e.message).toMatch(/not put to the vote \(A\)/);
  });
});

describe('floor: several proposals on one question', () => {
  const three = () => ['P1', 'P2', 'P3'].reduce((s, id) => must(submitProposal(s, doc(id))), openFloor());

  it('are voted in the order submitted', () => {
    expect(show(votingSequence(three()))).toEqual(['P1:pending', 'P2:pending', 'P3:pending']);
  });

  it('unless the meeting decides otherwise (its decision recorded)', () => {
    const s = must(orderProposals(three(), ['P3', 'P1', 'P2'], 'question-17'));
    expect(show(votingSequence(s))).toEqual(['P3:pending', 'P1:pending', 'P2:pending']);
    expect(s.proposalOrder?.decidedBy).toBe('question-17');
    expect(refusal(orderProposals(s, ['P3', 'P1'], 'q')).code).toBe('INVALID_ORDER');
  });

  it('each proposal’s amendments come right before it', () => {
    let s = withAmendments(['A'], openFloor(), 'P1');
    s = withAmendments(['B'], s, 'P2');
    expect(show(votingSequence(s))).toEqual(['A:pending', 'P1:pending', 'B:pending', 'P2:pending']);
  });

  it('no question is put while a motion is pending', () => {
    const s = must(moveMotion(three(), party('S1'), { kind: 'suspend-meeting' }, ctx(T0)));
    expect(refusal(questionToPut(s, ctx(T0))).code).toBe('MOTION_PENDING');
    expect(must(questionToPut(three(), ctx(T0)))).toMatchObject({ kind: 'proposal', proposalId: 'P1' });
  });
});

describe('floor: reconsideration (two-thirds present and voting, two speakers against)', () => {
  function reconsidering(): FloorState {
    const s = vote(must(submitProposal(openFloor(), doc('P'))), ['rejected']);
    return run(
      s,
      (x) => moveMotion(x, party('S4'), { kind: 'reconsideration', proposalId: 'P' }, ctx(T0)),
      (x) => takeUpMotion(x, 'M2', ctx(T0)),
      (x) => giveFloorOnMotion(x, 'M2', party('S5'), 'against', ctx(T0)),
      (x) => giveFloorOnMotion(x, 'M2', party('S6'), 'against', ctx(T0 + MINUTE)),
      (x) => putMotionToVote(x, 'M2', ctx(T0 + 2 * MINUTE)),
    );
  }

  it.each([
    [2, 1, 0, 'adopted'],
    [66, 33, 10, 'adopted'],
    [65, 33, 0, 'rejected'],
    [99, 49, 12, 'adopted'],
    [98, 50, 0, 'rejected'],
    [3, 2, 0, 'rejected'],
    [50, 50, 0, 'rejected'],
    [0, 0, 40, 'rejected'],
  ])('%i to %i (%i abstaining): the motion to reconsider is %s', (yes, no, abstain, status) => {
    const s = must(decideMotion(reconsidering(), 'M2', { yes, no, abstain }, ctx(T0 + 3 * MINUTE)));
    const m = s.motions[0];
    expect(m.status).toBe(status);
    expect(m.decision?.rule).toBe('two-thirds-present-voting');
    expect(proposalOutcome(s, 'P')).toBe(status === 'adopted' ? null : 'rejected');
  });

  it('if carried, the proposal is put again; the earlier result stays on the record', () => {
    const s = must(decideMotion(reconsidering(), 'M2', { yes: 80, no: 20, abstain: 0 }, ctx(T0)));
    expect(s.proposals[0].reconsidered).toEqual([{ result: 'rejected', motionId: 'M2' }]);
    expect(nextVote(s)).toMatchObject({ kind: 'proposal', proposalId: 'P' });
    expect(proposalOutcome(vote(s, ['adopted']), 'P')).toBe('adopted');
  });

  it('the meeting may adopt another majority for reconsideration', () => {
    const settings = { reconsiderationRule: 'majority-present-voting' as const };
    const s = must(decideMotion(reconsidering(), 'M2', { yes: 51, no: 49, abstain: 0 }, ctx(T0, settings)));
    expect(s.motions[0].status).toBe('adopted');
  });

  it('only a decided proposal can be reconsidered', () => {
    const s = must(submitProposal(openFloor(), doc('P')));
    const e = refusal(moveMotion(s, party('S4'), { kind: 'reconsideration', proposalId: 'P' }, ctx(T0)));
    expect(e.code).toBe('NOT_DECIDED');
  });
});
