import fc from 'fast-check';
import type { Result } from '../errors';
import { elapsedMs, pauseClock, resumeClock, startClock } from './clock.rules';
import { SPEAKER_CATEGORIES, type FloorState, type SpeakerCategory, type VoteStep } from './floor';
import { actor, ctx, must, openFloor, party, T0 } from './floor.fixtures';
import { isUndecided } from './floor.state';
import { adoptMotionWithoutVote, decideMotion, putMotionToVote, takeUpMotion } from './motion-decision.rules';
import { MOTION_PRECEDENCE, moveMotion, nextMotion, withdrawMotion } from './motions.rules';
import {
  markConsequential,
  nextVote,
  orderAmendments,
  recordVote,
  submitAmendment,
  submitProposal,
  votingSequence,
} from './proposals.rules';
import {
  addSpeaker,
  callNextSpeaker,
  closeList,
  reopenList,
  requestFloor,
  withdrawRequest,
} from './speakers.rules';
import { requestReply } from './statements.rules';

/** Applies a step if the rules accept it; a refusal leaves the state as it was (as the server does). */
const attempt = (s: FloorState, r: Result<FloorState>): FloorState => (r.ok ? r.value : s);

describe('floor properties: motions', () => {
  const kinds: ('suspend-meeting' | 'adjourn-meeting' | 'adjourn-debate' | 'close-debate')[] = [
    'suspend-meeting',
    'adjourn-meeting',
    'adjourn-debate',
    'close-debate',
  ];
  const command = fc.oneof(
    fc.record({
      op: fc.constant('move' as const),
      kind: fc.constantFrom(...kinds),
      by: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({
      op: fc.constantFrom('take' as const, 'put' as const, 'adopt' as const, 'withdraw' as const),
      pick: fc.nat(9),
    }),
    fc.record({ op: fc.constant('decide' as const), yes: fc.nat(120), no: fc.nat(120) }),
  );

  it('the console is never offered a motion below a pending higher one, and never takes one out of precedence', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let s = openFloor();
        commands.forEach((c, i) => {
          const at = ctx(T0 + i);
          const undecided = s.motions.filter(isUndecided);
          const picked = undecided.length ? undecided[('pick' in c ? c.pick : 0) % undecided.length] : null;
          const offered = nextMotion(s);
          if (c.op === 'move') s = attempt(s, moveMotion(s, party(`S${c.by}`), { kind: c.kind }, at));
          else if (c.op === 'decide') {
            const voting = s.motions.find((m) => m.status === 'voting');
            if (voting) s = must(decideMotion(s, voting.id, { yes: c.yes, no: c.no, abstain: 0 }, at));
          } else if (picked) {
            const r =
              c.op === 'take'
                ? takeUpMotion(s, picked.id, at)
                : c.op === 'put'
                  ? putMotionToVote(s, picked.id, at)
                  : c.op === 'adopt'
                    ? adoptMotionWithoutVote(s, picked.id, at)
                    : withdrawMotion(s, picked.id, picked.movedBy);
            if (c.op !== 'withdraw' && picked.id !== offered?.id) {
              expect(r.ok).toBe(false);
              expect(r.ok ? '' : r.error.code).toMatch(/OUT_OF_PRECEDENCE|VOTE_OPEN/);
            }
            s = attempt(s, r);
          }
          const next = nextMotion(s);
          const pending = s.motions.filter(isUndecided);
          expect(next === null).toBe(pending.length === 0);
          for (const m of pending)
            expect(MOTION_PRECEDENCE[next!.kind]).toBeLessThanOrEqual(MOTION_PRECEDENCE[m.kind]);
          expect(s.motions.filter((m) => m.status === 'voting').length).toBeLessThanOrEqual(1);
        });
        // What a server stores and reloads is exactly the state: plain JSON, nothing undefined or lost.
        expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
      }),
    );
  });
});

describe('floor properties: the voting sequence', () => {
  const proposal = fc.record({
    amendments: fc.integer({ min: 0, max: 5 }),
    order: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
    marks: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 4 }),
  });
  const key = (x: VoteStep) =>
    x.kind === 'amendment' ? x.amendmentId : x.kind === 'part' ? `${x.proposalId}.${x.partId}` : x.proposalId;

  function check(steps: VoteStep[], amendmentsOf: Map<string, string[]>) {
    expect(new Set(steps.map(key)).size).toBe(steps.length);
    for (const [p, ids] of amendmentsOf) {
      const at = steps.findIndex((x) => x.kind === 'proposal' && x.proposalId === p);
      for (const id of ids) {
        const i = steps.findIndex((x) => x.kind === 'amendment' && x.amendmentId === id);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThan(at);
      }
    }
  }

  it('puts every amendment once, before its proposal, never repeating a question; skips only after the cause is adopted', () => {
    fc.assert(
      fc.property(
        fc.array(proposal, { minLength: 1, maxLength: 3 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (ps, votes) => {
          let s = openFloor();
          const amendmentsOf = new Map<string, string[]>();
          ps.forEach((p, pi) => {
            const pid = `P${pi}`;
            s = must(submitProposal(s, { id: pid, symbol: null, text: pid, sponsors: [] }));
            const ids = Array.from({ length: p.amendments }, (_, i) => `${pid}A${i}`);
            for (const id of ids)
              s = must(submitAmendment(s, { id, proposalId: pid, symbol: null, text: id, sponsors: [] }));
            const order = [...ids].sort(
              (a, b) => p.order[ids.indexOf(a)] - p.order[ids.indexOf(b)] || a.localeCompare(b),
            );
            s = must(orderAmendments(s, pid, order));
            for (const [i, j] of p.marks) {
              if (i < j && j < order.length) s = must(markConsequential(s, order[j], order[i]));
            }
            amendmentsOf.set(pid, ids);
          });
          const put: string[] = [];
          for (const yes of votes) {
            check(votingSequence(s), amendmentsOf);
            const step = nextVote(s);
            if (!step) break;
            put.push(key(step));
            s = must(recordVote(s, step, yes ? 'adopted' : 'rejected'));
          }
          check(votingSequence(s), amendmentsOf);
          expect(new Set(put).size).toBe(put.length);
          expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
          for (const x of votingSequence(s)) {
            if (x.status === 'skipped' && x.kind === 'amendment') {
              const cause = votingSequence(s).find(
                (y) => y.kind === 'amendment' && y.amendmentId === x.skippedBecause,
              );
              expect(cause?.status).toBe('adopted');
              expect(put).not.toContain(x.amendmentId);
            }
          }
        },
      ),
    );
  });
});

describe('floor properties: the speaking clock', () => {
  const op = fc.record({
    dt: fc.integer({ min: 0, max: 600_000 }),
    op: fc.constantFrom('pause', 'resume', 'read'),
  });

  it('never decreases and never counts paused time', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let clock = startClock(T0);
        let now = T0;
        let running = true;
        let counted = 0;
        let last = 0;
        for (const o of ops) {
          if (running) counted += o.dt;
          now += o.dt;
          if (o.op === 'pause') [clock, running] = [pauseClock(clock, now), false];
          if (o.op === 'resume') [clock, running] = [resumeClock(clock, now), true];
          const e = elapsedMs(clock, now);
          expect(e).toBe(counted);
          expect(e).toBeGreaterThanOrEqual(last);
          last = e;
        }
      }),
    );
  });
});

describe('floor properties: the list of speakers', () => {
  const category = fc.constantFrom<SpeakerCategory>(...SPEAKER_CATEGORIES);
  const step = fc.record({
    op: fc.constantFrom('request', 'add', 'withdraw', 'close', 'reopen', 'next', 'reply'),
    who: fc.integer({ min: 1, max: 12 }),
    category,
  });

  it('a closed list accepts no ordinary request (a right of reply is still received)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 50 }), (steps) => {
        let s = openFloor();
        steps.forEach((x, i) => {
          const at = ctx(T0 + i);
          const a = actor(`D${x.who}`, x.category);
          const closed = s.list.status === 'closed';
          if (x.op === 'request' || x.op === 'add') {
            const r = x.op === 'request' ? requestFloor(s, a, at) : addSpeaker(s, a, at);
            if (closed) expect(r.ok ? 'accepted' : r.error.code).toBe('LIST_CLOSED');
            s = attempt(s, r);
          } else if (x.op === 'reply') {
            const r = requestReply(s, a, at);
            if (closed && !s.replies.some((e) => e.delegationId === a.delegationId)) expect(r.ok).toBe(true);
            s = attempt(s, r);
          } else if (x.op === 'withdraw') s = attempt(s, withdrawRequest(s, a.delegationId));
          else if (x.op === 'close') s = attempt(s, closeList(s, { kind: 'no-objection' }, at));
          else if (x.op === 'reopen') s = attempt(s, reopenList(s));
          else s = attempt(s, callNextSpeaker(s, at));
        });
      }),
    );
  });

  it('without the President’s moves, the queue is grouped by category and in the order asked within each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), category), { maxLength: 40 }),
        (asks) => {
          let s = openFloor();
          asks.forEach(([who, c], i) => (s = attempt(s, requestFloor(s, actor(`D${who}`, c), ctx(T0 + i)))));
          const rank = (c: SpeakerCategory) => SPEAKER_CATEGORIES.indexOf(c);
          const sorted = [...s.list.queue].sort(
            (a, b) => rank(a.category) - rank(b.category) || a.seq - b.seq,
          );
          expect(s.list.queue).toEqual(sorted);
        },
      ),
    );
  });
});
