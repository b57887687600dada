import type { FloorState } from './floor';
import { ctx, MINUTE, must, observerState, openFloor, party, refusal, run, T0 } from './floor.fixtures';
import { nextVote, recordVote, submitAmendment, submitProposal } from './proposals.rules';
import { callNextSpeaker, closeList, requestFloor } from './speakers.rules';
import { endSpeech, speechReading } from './speech.rules';
import {
  callNextExplanation,
  callNextReply,
  closeExplanations,
  openExplanations,
  replyTimeMs,
  requestExplanation,
  requestReply,
  withdrawStatement,
} from './statements.rules';

/** Proposal P by S1 with amendment A by S2; `amended`: A adopted before the proposal's vote. */
function tabled(amended: boolean): FloorState {
  let s = must(submitProposal(openFloor(), { id: 'P', symbol: 'L.1', text: 'draft', sponsors: ['S1'] }));
  s = must(submitAmendment(s, { id: 'A', proposalId: 'P', symbol: 'L.2', text: 'amend', sponsors: ['S2'] }));
  return must(recordVote(s, nextVote(s)!, amended ? 'adopted' : 'rejected'));
}

describe('floor: explanations of vote', () => {
  it.each<[string, boolean, 'before' | 'after', string, string]>([
    ['the sponsor, proposal unamended', false, 'before', 'S1', 'SPONSOR_CANNOT_EXPLAIN'],
    ['the sponsor, proposal unamended, after the vote', false, 'after', 'S1', 'SPONSOR_CANNOT_EXPLAIN'],
    ['the sponsor, proposal amended', true, 'after', 'S1', 'received'],
    ['another State Party', false, 'before', 'S3', 'received'],
    ['an observer State', false, 'before', 'O1', 'OBSERVER_NOT_PERMITTED'],
  ])('%s (amended %p, %s the vote): %s', (_name, amended, phase, who, expected) => {
    const s = must(openExplanations(tabled(amended), { subjectId: 'P', phase }, ctx(T0)));
    const a = who.startsWith('O') ? observerState(who) : party(who);
    const r = requestExplanation(s, a, ctx(T0 + 1));
    expect(r.ok ? 'received' : r.error.code).toBe(expected);
  });

  it('the sponsor of an amendment does not explain its vote on the amendment', () => {
    let s = must(submitProposal(openFloor(), { id: 'P', symbol: null, text: 'd', sponsors: ['S1'] }));
    s = must(submitAmendment(s, { id: 'A', proposalId: 'P', symbol: null, text: 'a', sponsors: ['S2'] }));
    s = must(openExplanations(s, { subjectId: 'A', phase: 'before' }, ctx(T0)));
    expect(refusal(requestExplanation(s, party('S2'), ctx(T0))).code).toBe('SPONSOR_CANNOT_EXPLAIN');
  });

  it('a question that is not a tabled proposal names its sponsors itself', () => {
    const s = must(
      openExplanations(openFloor(), { subjectId: 'q-9', phase: 'after', sponsors: ['S5'] }, ctx(T0)),
    );
    expect(refusal(requestExplanation(s, party('S5'), ctx(T0))).code).toBe('SPONSOR_CANNOT_EXPLAIN');
  });

  it('are heard in the order asked, each limited to the explanation time, once per delegation and phase', () => {
    let s = must(openExplanations(tabled(false), { subjectId: 'P', phase: 'after' }, ctx(T0)));
    s = run(
      s,
      (x) => requestExplanation(x, party('S4'), ctx(T0 + 1)),
      (x) => requestExplanation(x, party('S3'), ctx(T0 + 2)),
      (x) => callNextExplanation(x, ctx(T0 + MINUTE)),
    );
    expect(speechReading(s, T0 + 12 * MINUTE)).toMatchObject({
      delegationId: 'S4',
      kind: 'explanation-after',
      ref: 'P',
      limitMs: 10 * MINUTE,
      overrun: true,
    });
    expect(refusal(requestExplanation(s, party('S4'), ctx(T0 + 3))).code).toBe('ALREADY_REQUESTED');
    s = must(callNextExplanation(s, ctx(T0 + 13 * MINUTE)));
    expect(s.spoken[0]).toMatchObject({ delegationId: 'S4', durationMs: 12 * MINUTE, overrun: true });
    expect(refusal(requestExplanation(s, party('S4'), ctx(T0 + 3))).code).toBe('ALREADY_REQUESTED');
  });

  it('never during the vote; not before the President opens them; not after they close', () => {
    const s = tabled(false);
    expect(refusal(openExplanations(s, { subjectId: 'P', phase: 'before' }, ctx(T0, {}, true))).code).toBe(
      'VOTE_OPEN',
    );
    expect(refusal(requestExplanation(s, party('S3'), ctx(T0))).code).toBe('EXPLANATIONS_NOT_OPEN');
    const opened = must(openExplanations(s, { subjectId: 'P', phase: 'before' }, ctx(T0)));
    expect(refusal(requestExplanation(opened, party('S3'), ctx(T0, {}, true))).code).toBe('VOTE_OPEN');
    const closed = must(closeExplanations(must(requestExplanation(opened, party('S3'), ctx(T0)))));
    expect(refusal(callNextExplanation(closed, ctx(T0))).code).toBe('EXPLANATIONS_NOT_OPEN');
  });
});

describe('floor: rights of reply', () => {
  it('are received on a closed list', () => {
    const s = must(closeList(openFloor(), { kind: 'no-objection' }, ctx(T0)));
    expect(refusal(requestFloor(s, party('S1'), ctx(T0))).code).toBe('LIST_CLOSED');
    expect(must(requestReply(s, party('S1'), ctx(T0))).replies).toHaveLength(1);
  });

  it('are given at the end of the item (or of the day), not while speakers remain', () => {
    let s = must(requestFloor(openFloor(), party('S1'), ctx(T0)));
    s = must(requestReply(s, party('S2'), ctx(T0)));
    const e = refusal(callNextReply(s, ctx(T0), 'end-of-item'));
    expect(e.code).toBe('REPLIES_AT_END');
    expect(must(callNextReply(s, ctx(T0), 'end-of-day')).speech?.kind).toBe('reply');
    s = run(
      s,
      (x) => callNextSpeaker(x, ctx(T0)),
      (x) => endSpeech(x, ctx(T0 + MINUTE)),
    );
    expect(must(callNextReply(s, ctx(T0 + MINUTE), 'end-of-item')).speech?.delegationId).toBe('S2');
  });

  it('are limited in number (two) and length (10 minutes, then 5)', () => {
    let s = openFloor();
    expect(replyTimeMs(s, 'S1', ctx(T0).settings)).toBe(10 * MINUTE);
    s = run(
      s,
      (x) => requestReply(x, party('S1'), ctx(T0)),
      (x) => callNextReply(x, ctx(T0), 'end-of-item'),
      (x) => requestReply(x, party('S1'), ctx(T0 + MINUTE)),
    );
    expect(s.speech?.limitMs).toBe(10 * MINUTE);
    expect(refusal(requestReply(s, party('S1'), ctx(T0 + MINUTE))).code).toBe('ALREADY_REQUESTED');
    s = must(callNextReply(s, ctx(T0 + 2 * MINUTE), 'end-of-item'));
    expect(s.speech).toMatchObject({ delegationId: 'S1', limitMs: 5 * MINUTE });
    expect(s.spoken[0]).toMatchObject({ kind: 'reply', durationMs: 2 * MINUTE });
    const e = refusal(requestReply(s, party('S1'), ctx(T0 + 3 * MINUTE)));
    expect(e.code).toBe('REPLY_LIMIT');
    expect(e.message).toMatch(/2 per delegation/);
  });

  it('a request is withdrawn by the delegation', () => {
    const s = must(requestReply(openFloor(), party('S1'), ctx(T0)));
    expect(must(withdrawStatement(s, 'reply', 'S1')).replies).toEqual([]);
    expect(refusal(withdrawStatement(s, 'reply', 'S2')).code).toBe('NOT_ON_LIST');
  });
});
