import type { DecisionOutcome } from '../decisions/decisions';
import { divisionOutcome, validateDivision } from './division.rules';
import type { DivisionPart, FloorState } from './floor';
import { ctx, MINUTE, must, openFloor, party, refusal, run, T0 } from './floor.fixtures';
import {
  adoptMotionWithoutVote,
  decideMotion,
  giveFloorOnMotion,
  putMotionToVote,
  takeUpMotion,
} from './motion-decision.rules';
import { moveMotion, objectToMotion } from './motions.rules';
import {
  nextVote,
  proposalOutcome,
  recordVote,
  submitAmendment,
  submitProposal,
  votingSequence,
} from './proposals.rules';

const PARTS: DivisionPart[] = [
  { id: 'pp', label: 'preambular paragraphs', operative: false },
  { id: 'op1', label: 'operative paragraph 1', operative: true },
  { id: 'op2', label: 'operative paragraph 2', operative: true },
];
const A = 'adopted' as const;
const R = 'rejected' as const;

describe('floor: division outcomes', () => {
  it.each<[string, DecisionOutcome[], ReturnType<typeof divisionOutcome>]>([
    ['no part voted yet', [], { kind: 'pending', nextPartId: 'pp' }],
    ['preamble voted', [A], { kind: 'pending', nextPartId: 'op1' }],
    ['every part approved', [A, A, A], { kind: 'vote-as-whole', approved: ['pp', 'op1', 'op2'] }],
    ['one operative part rejected', [A, R, A], { kind: 'vote-as-whole', approved: ['pp', 'op2'] }],
    ['every operative part rejected, the preamble approved', [A, R, R], { kind: 'rejected' }],
    ['every part rejected', [R, R, R], { kind: 'rejected' }],
    ['only an operative part approved', [R, A, R], { kind: 'vote-as-whole', approved: ['op1'] }],
  ])('%s', (_name, outcomes, expected) => {
    const results = outcomes.map((outcome, i) => ({ partId: PARTS[i].id, outcome }));
    expect(divisionOutcome(PARTS, results)).toEqual(expected);
  });

  it.each<[string, DivisionPart[]]>([
    ['one part', [PARTS[1]]],
    ['the same part twice', [PARTS[1], PARTS[1]]],
    ['no operative part', [PARTS[0], { id: 'pp2', label: 'PP 2', operative: false }]],
    ['a part without a label', [PARTS[0], { id: 'op9', label: ' ', operative: true }]],
  ])('refuses a division with %s', (_name, parts) => {
    expect(refusal(validateDivision(parts)).code).toBe('INVALID_DIVISION');
  });
});

describe('floor: a motion for division, its vote and the separate votes', () => {
  function moved(): FloorState {
    const s = must(submitProposal(openFloor(), { id: 'P', symbol: 'L.1', text: 'draft', sponsors: ['S1'] }));
    return must(moveMotion(s, party('S2'), { kind: 'division', proposalId: 'P', parts: PARTS }, ctx(T0)));
  }

  it('without objection, the division is carried without a vote and the parts are put in turn', () => {
    const s = must(adoptMotionWithoutVote(moved(), 'M2', ctx(T0)));
    expect(s.motions[0].effect).toEqual({ kind: 'division-carried', proposalId: 'P', parts: PARTS });
    expect(nextVote(s)).toEqual({ kind: 'part', proposalId: 'P', partId: 'pp', status: 'pending' });
  });

  function carried(): FloorState {
    return run(
      moved(),
      (x) => objectToMotion(x, 'M2', party('S3')),
      (x) => takeUpMotion(x, 'M2', ctx(T0)),
      (x) => giveFloorOnMotion(x, 'M2', party('S2'), 'for', ctx(T0)),
      (x) => giveFloorOnMotion(x, 'M2', party('S3'), 'against', ctx(T0 + MINUTE)),
      (x) => putMotionToVote(x, 'M2', ctx(T0 + 2 * MINUTE)),
      (x) => decideMotion(x, 'M2', { yes: 70, no: 50, abstain: 9 }, ctx(T0 + 3 * MINUTE)),
    );
  }

  it('with an objection, the motion is voted (two for, two against) by a majority', () => {
    const s = carried();
    expect(s.motions[0]).toMatchObject({
      status: 'adopted',
      objections: ['S3'],
      decision: { rule: 'majority-present-voting' },
    });
    expect(s.proposals[0].division?.parts).toEqual(PARTS);
  });

  it('a division rejected on a tie leaves the proposal whole', () => {
    const s = run(
      moved(),
      (x) => objectToMotion(x, 'M2', party('S3')),
      (x) => takeUpMotion(x, 'M2', ctx(T0)),
      (x) => putMotionToVote(x, 'M2', ctx(T0)),
      (x) => decideMotion(x, 'M2', { yes: 60, no: 60, abstain: 0 }, ctx(T0)),
    );
    expect(s.motions[0].status).toBe('rejected');
    expect(votingSequence(s)).toEqual([
      { kind: 'proposal', proposalId: 'P', amended: false, status: 'pending' },
    ]);
  });

  it('the approved parts are then voted as a whole', () => {
    let s = carried();
    for (const o of [A, R, A]) s = must(recordVote(s, nextVote(s)!, o));
    expect(nextVote(s)).toMatchObject({ kind: 'proposal', proposalId: 'P', status: 'pending' });
    s = must(recordVote(s, nextVote(s)!, A));
    expect(proposalOutcome(s, 'P')).toBe('adopted');
  });

  it('every operative part rejected: the proposal is rejected, with no vote as a whole', () => {
    let s = carried();
    for (const o of [A, R, R]) s = must(recordVote(s, nextVote(s)!, o));
    expect(proposalOutcome(s, 'P')).toBe('rejected');
    expect(nextVote(s)).toBeNull();
    expect(votingSequence(s).at(-1)).toMatchObject({ kind: 'proposal', status: 'skipped' });
  });

  it('amendments are voted before the parts', () => {
    let s = must(submitProposal(openFloor(), { id: 'P', symbol: null, text: 'draft', sponsors: ['S1'] }));
    s = must(submitAmendment(s, { id: 'A', proposalId: 'P', symbol: null, text: 'amend', sponsors: ['S2'] }));
    s = must(moveMotion(s, party('S2'), { kind: 'division', proposalId: 'P', parts: PARTS }, ctx(T0)));
    s = must(adoptMotionWithoutVote(s, 'M3', ctx(T0)));
    expect(votingSequence(s).map((x) => x.kind)).toEqual(['amendment', 'part', 'part', 'part', 'proposal']);
  });

  it('refuses a second division of the same proposal and a division of a decided one', () => {
    const again = moveMotion(
      moved(),
      party('S4'),
      { kind: 'division', proposalId: 'P', parts: PARTS },
      ctx(T0),
    );
    expect(refusal(again).code).toBe('ALREADY_REQUESTED');
    const decided = must(
      recordVote(
        must(submitProposal(openFloor(), { id: 'Q', symbol: null, text: 'q', sponsors: [] })),
        { kind: 'proposal', proposalId: 'Q' },
        R,
      ),
    );
    const late = moveMotion(
      decided,
      party('S4'),
      { kind: 'division', proposalId: 'Q', parts: PARTS },
      ctx(T0),
    );
    expect(refusal(late).code).toBe('ALREADY_DECIDED');
  });
});
