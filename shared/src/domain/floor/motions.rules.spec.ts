import type { FloorState, MotionKind, Side } from './floor';
import { FLOOR_RULES } from './floor.errors';
import { ctx, MINUTE, must, observerState, openFloor, party, refusal, run, T0 } from './floor.fixtures';
import {
  adoptMotionWithoutVote,
  decideMotion,
  giveFloorOnMotion,
  putMotionToVote,
  resumeDebate,
  takeUpMotion,
} from './motion-decision.rules';
import {
  moveMotion,
  nextMotion,
  objectToMotion,
  pendingMotions,
  withdrawMotion,
  type MotionInput,
} from './motions.rules';
import { recordVote, submitProposal } from './proposals.rules';
import { callNextSpeaker, requestFloor } from './speakers.rules';

type Procedural = 'suspend-meeting' | 'adjourn-meeting' | 'adjourn-debate' | 'close-debate';
const move = (s: FloorState, kind: Procedural, by = 'S1', at = T0) =>
  must(moveMotion(s, party(by), { kind }, ctx(at)));
const ids = (s: FloorState, kinds: MotionKind[]) =>
  kinds.reduce((st, k, i) => move(st, k as Procedural, `S${i}`), s);

describe('floor: precedence of procedural motions (suspend > adjourn meeting > adjourn debate > close debate)', () => {
  it.each<[Procedural[], Procedural]>([
    [['close-debate', 'adjourn-debate'], 'adjourn-debate'],
    [['adjourn-debate', 'close-debate'], 'adjourn-debate'],
    [['close-debate', 'adjourn-meeting'], 'adjourn-meeting'],
    [['adjourn-meeting', 'suspend-meeting'], 'suspend-meeting'],
    [['close-debate', 'adjourn-debate', 'adjourn-meeting', 'suspend-meeting'], 'suspend-meeting'],
    [['suspend-meeting', 'close-debate'], 'suspend-meeting'],
  ])('moved in the order %p: the console takes %s', (moved, first) => {
    expect(nextMotion(ids(openFloor(), moved))?.kind).toBe(first);
  });

  it('orders the pending motions by precedence, then by the order moved', () => {
    const s = ids(openFloor(), ['close-debate', 'adjourn-debate', 'close-debate', 'suspend-meeting']);
    expect(pendingMotions(s).map((m) => `${m.kind}:${m.movedBy}`)).toEqual([
      'suspend-meeting:S3',
      'adjourn-debate:S1',
      'close-debate:S0',
      'close-debate:S2',
    ]);
  });

  it('a motion out of precedence is queued, not taken; it comes up once the higher one is decided', () => {
    let s = ids(openFloor(), ['close-debate', 'adjourn-debate']);
    const e = refusal(takeUpMotion(s, 'M1', ctx(T0)));
    expect(e.code).toBe('OUT_OF_PRECEDENCE');
    expect(e.message).toContain('adjourn the debate on the item (M2)');
    expect(e.message).toContain(FLOOR_RULES.precedence);
    s = run(
      s,
      (x) => takeUpMotion(x, 'M2', ctx(T0)),
      (x) => putMotionToVote(x, 'M2', ctx(T0)),
    );
    s = must(decideMotion(s, 'M2', { yes: 40, no: 60, abstain: 3 }, ctx(T0 + MINUTE)));
    expect(nextMotion(s)?.id).toBe('M1');
  });

  it('a higher motion moved during another’s debate is taken first; the other’s debate then resumes', () => {
    let s = must(takeUpMotion(move(openFloor(), 'adjourn-debate'), 'M1', ctx(T0)));
    s = move(s, 'suspend-meeting', 'S2', T0 + 1);
    expect(nextMotion(s)?.id).toBe('M2');
    expect(refusal(putMotionToVote(s, 'M1', ctx(T0 + 2))).code).toBe('OUT_OF_PRECEDENCE');
    s = must(adoptMotionWithoutVote(s, 'M2', ctx(T0 + 3)));
    expect(nextMotion(s)).toMatchObject({ id: 'M1', status: 'debating' });
  });

  it('blocks the list of speakers while a motion is pending', () => {
    const s = move(must(requestFloor(openFloor(), party('S5'), ctx(T0))), 'close-debate');
    expect(refusal(callNextSpeaker(s, ctx(T0))).code).toBe('MOTION_PENDING');
  });
});

describe('floor: speakers allowed on each motion', () => {
  const division: MotionInput = {
    kind: 'division',
    proposalId: 'P',
    parts: [
      { id: 'pp', label: 'preamble', operative: false },
      { id: 'op1', label: 'OP 1', operative: true },
    ],
  };
  function debating(kind: MotionKind): FloorState {
    let s = must(submitProposal(openFloor(), { id: 'P', symbol: null, text: 'draft', sponsors: [] }));
    if (kind === 'reconsideration') s = must(recordVote(s, { kind: 'proposal', proposalId: 'P' }, 'adopted'));
    const input: MotionInput =
      kind === 'division' ? division : kind === 'reconsideration' ? { kind, proposalId: 'P' } : { kind };
    s = must(moveMotion(s, party('S0'), input, ctx(T0)));
    return must(takeUpMotion(s, s.motions[0].id, ctx(T0)));
  }
  function hear(kind: MotionKind, sides: Side[]) {
    let s = debating(kind);
    for (const [i, side] of sides.entries()) {
      const r = giveFloorOnMotion(s, s.motions[0].id, party(`S${i + 1}`), side, ctx(T0 + i));
      if (!r.ok) return r.error.code;
      s = r.value;
    }
    return 'heard';
  }

  it.each<[MotionKind, Side[], string]>([
    ['suspend-meeting', ['for'], 'NOT_DEBATABLE'],
    ['adjourn-meeting', ['against'], 'NOT_DEBATABLE'],
    ['adjourn-debate', ['for', 'for', 'against', 'against'], 'heard'],
    ['adjourn-debate', ['for', 'for', 'for'], 'MOTION_SPEAKERS_FULL'],
    ['adjourn-debate', ['against', 'against', 'against'], 'MOTION_SPEAKERS_FULL'],
    ['close-debate', ['against', 'against'], 'heard'],
    ['close-debate', ['for'], 'MOTION_SPEAKERS_FULL'],
    ['close-debate', ['against', 'against', 'against'], 'MOTION_SPEAKERS_FULL'],
    ['division', ['for', 'for', 'against', 'against'], 'heard'],
    ['division', ['against', 'against', 'against'], 'MOTION_SPEAKERS_FULL'],
    ['reconsideration', ['against', 'against'], 'heard'],
    ['reconsideration', ['for'], 'MOTION_SPEAKERS_FULL'],
  ])('%s, speakers %p: %s', (kind, sides, result) => {
    expect(hear(kind, sides)).toBe(result);
  });

  it('the meeting’s settings change the number heard', () => {
    const settings = {
      motionSpeakers: { ...ctx(T0).settings.motionSpeakers, 'close-debate': { for: 0, against: 1 } },
    };
    const s = debating('close-debate');
    const id = s.motions[0].id;
    const one = must(giveFloorOnMotion(s, id, party('S1'), 'against', ctx(T0, settings)));
    expect(refusal(giveFloorOnMotion(one, id, party('S2'), 'against', ctx(T0, settings))).message).toMatch(
      /one speaker against/,
    );
  });

  it('a delegation speaks once on a motion, and each speech is on the record with its side', () => {
    let s = debating('adjourn-debate');
    const id = s.motions[0].id;
    s = must(giveFloorOnMotion(s, id, party('S1'), 'for', ctx(T0)));
    expect(refusal(giveFloorOnMotion(s, id, party('S1'), 'against', ctx(T0 + 1))).code).toBe(
      'ALREADY_REQUESTED',
    );
    s = must(giveFloorOnMotion(s, id, party('S2'), 'against', ctx(T0 + MINUTE)));
    expect(s.spoken[0]).toMatchObject({
      delegationId: 'S1',
      kind: 'motion',
      ref: id,
      side: 'for',
      durationMs: MINUTE,
    });
  });
});

describe('floor: deciding motions and their effect', () => {
  /** Moves a motion of `kind`, takes it up, puts it and decides it by yes to no. */
  function decided(kind: Procedural, yes: number, no: number, s = openFloor()): FloorState {
    const moved = move(s, kind);
    const id = moved.motions[moved.motions.length - 1].id;
    return run(
      moved,
      (x) => takeUpMotion(x, id, ctx(T0)),
      (x) => putMotionToVote(x, id, ctx(T0)),
      (x) => decideMotion(x, id, { yes, no, abstain: 4 }, ctx(T0 + MINUTE)),
    );
  }

  it.each<[Procedural, number, number, string, string]>([
    ['suspend-meeting', 50, 40, 'adopted', 'meeting-suspended'],
    ['adjourn-meeting', 50, 40, 'adopted', 'meeting-adjourned'],
    ['adjourn-debate', 50, 40, 'adopted', 'debate-adjourned'],
    ['close-debate', 50, 40, 'adopted', 'debate-closed'],
    ['close-debate', 45, 45, 'rejected', 'none'],
    ['adjourn-debate', 0, 0, 'rejected', 'none'],
    ['suspend-meeting', 40, 50, 'rejected', 'none'],
  ])('%s, %i to %i: %s, effect %s', (kind, yes, no, status, effect) => {
    const m = decided(kind, yes, no).motions[0];
    expect(m).toMatchObject({ status, effect: { kind: effect }, decidedAt: T0 + MINUTE });
    expect(m.decision).toMatchObject({ rule: 'majority-present-voting', yes, no });
  });

  it('closure of the debate closes the list with the motion as consent; those still listed are recorded as not heard', () => {
    const listed = must(requestFloor(openFloor(), party('S7'), ctx(T0)));
    // M2 is taken; M3 (equal precedence, moved later) waits, and lapses once the debate is closed.
    const s = run(
      listed,
      (x) => moveMotion(x, party('S8'), { kind: 'close-debate' }, ctx(T0)),
      (x) => moveMotion(x, party('S9'), { kind: 'close-debate' }, ctx(T0)),
      (x) => takeUpMotion(x, 'M2', ctx(T0)),
      (x) => putMotionToVote(x, 'M2', ctx(T0)),
      (x) => decideMotion(x, 'M2', { yes: 60, no: 30, abstain: 0 }, ctx(T0 + MINUTE)),
    );
    expect(s.debate).toBe('closed');
    expect(s.list).toMatchObject({
      status: 'closed',
      queue: [],
      closure: { consent: { kind: 'motion', ref: 'M2' } },
    });
    expect(s.list.notHeard.map((e) => e.delegationId)).toEqual(['S7']);
    expect(s.motions.map((m) => [m.id, m.status])).toEqual([
      ['M2', 'adopted'],
      ['M3', 'lapsed'],
    ]);
    expect(refusal(callNextSpeaker(s, ctx(T0 + 2 * MINUTE))).code).toBe('DEBATE_NOT_OPEN');
  });

  it('an adjourned debate resumes when the meeting returns to the item', () => {
    const s = decided('adjourn-debate', 60, 30);
    expect(s.debate).toBe('adjourned');
    expect(refusal(moveMotion(s, party('S2'), { kind: 'close-debate' }, ctx(T0))).code).toBe(
      'DEBATE_NOT_OPEN',
    );
    expect(must(resumeDebate(s)).debate).toBe('open');
  });

  it('observers cannot move a motion or object to one', () => {
    const e = refusal(moveMotion(openFloor(), observerState('O1'), { kind: 'suspend-meeting' }, ctx(T0)));
    expect(e.code).toBe('OBSERVER_NOT_PERMITTED');
    expect(refusal(objectToMotion(move(openFloor(), 'close-debate'), 'M1', observerState('O1'))).code).toBe(
      'OBSERVER_NOT_PERMITTED',
    );
  });

  it('no motion is moved while a vote is open', () => {
    expect(
      refusal(moveMotion(openFloor(), party('S1'), { kind: 'suspend-meeting' }, ctx(T0, {}, true))).code,
    ).toBe('VOTE_OPEN');
  });

  it('adopted without a vote when nobody objects; an objection sends it to the vote', () => {
    const s = move(openFloor(), 'suspend-meeting');
    expect(must(adoptMotionWithoutVote(s, 'M1', ctx(T0))).motions[0]).toMatchObject({
      status: 'adopted',
      decision: null,
      effect: { kind: 'meeting-suspended' },
    });
    const objected = must(objectToMotion(s, 'M1', party('S4')));
    expect(refusal(adoptMotionWithoutVote(objected, 'M1', ctx(T0))).code).toBe('OBJECTION_RAISED');
  });

  it('only the mover withdraws, and only before the voting begins', () => {
    const s = move(openFloor(), 'close-debate', 'S1');
    expect(refusal(withdrawMotion(s, 'M1', 'S2')).code).toBe('NOT_THE_MOVER');
    expect(must(withdrawMotion(s, 'M1', 'S1')).motions[0].status).toBe('withdrawn');
    const voting = run(
      s,
      (x) => takeUpMotion(x, 'M1', ctx(T0)),
      (x) => putMotionToVote(x, 'M1', ctx(T0)),
    );
    expect(refusal(withdrawMotion(voting, 'M1', 'S1')).code).toBe('INVALID_TRANSITION');
  });

  it('a decided motion cannot be decided again', () => {
    const s = decided('suspend-meeting', 50, 40);
    expect(refusal(decideMotion(s, 'M1', { yes: 1, no: 0, abstain: 0 }, ctx(T0))).code).toBe(
      'ALREADY_DECIDED',
    );
  });
});
