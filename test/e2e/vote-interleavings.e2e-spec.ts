import { randomUUID } from 'node:crypto';
import type { CastResult, Choice, Principal } from '@plenary/shared';
import fc from 'fast-check';
import { DomainException } from '../../server/src/common/domain.exception';
import { AuthService, hashToken } from '../../server/src/modules/auth/auth.service';
import { DelegationService } from '../../server/src/modules/delegation/delegation.service';
import { SignInCodeService } from '../../server/src/modules/delegation/sign-in-code.service';
import { CastService } from '../../server/src/modules/vote/cast.service';
import { QuestionService } from '../../server/src/modules/vote/question.service';
import { VoteService } from '../../server/src/modules/vote/vote.service';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import { bearer, checkIn, delegations, setUpMeeting } from '../support/plenary';

/**
 * Property: whatever the interleaving of casts, changes, retries, duplicate copies, the close,
 * the desk checking delegations in and out and the revocation of a sign-in, on real PostgreSQL:
 * every applied operation counts exactly once, the last press of a session wins, nothing is
 * written after the close or the revocation, a retry of an applied operation gets its result,
 * and nothing is ever answered with anything but a domain refusal (no INTERNAL, no deadlock).
 * fast-check chooses the commands and the order in which they start; they then run concurrently.
 */
const D = 5;
const RUNS = Number(process.env.PLENARY_RACE_RUNS ?? 40);
const ALLOWED = new Set(['VOTE_CLOSED', 'UNAUTHENTICATED', 'STALE_CAST', 'ALREADY_VOTED']);

type Cmd =
  | { t: 'cast'; d: number; choice: Choice; copies: number }
  | { t: 'retry'; of: number }
  | { t: 'close' }
  | { t: 'desk'; d: number; present: boolean }
  | { t: 'revoke'; d: number };

const choiceArb = fc.constantFrom<Choice>('yes', 'no', 'abstain');
const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('cast' as const),
      d: fc.nat(D - 1),
      choice: choiceArb,
      copies: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('retry' as const), of: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.constant({ t: 'close' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('desk' as const), d: fc.nat(D - 1), present: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('revoke' as const), d: fc.nat(D - 1) }) },
);
const runArb = fc.record({
  method: fc.constantFrom<'recorded' | 'secret'>('recorded', 'secret'),
  presentAtStart: fc.array(fc.boolean(), { minLength: D, maxLength: D }),
  cmds: fc.array(cmdArb, { minLength: 4, maxLength: 16 }),
});

interface Sent {
  d: number;
  opId: string;
  seq: number;
  choice: Choice;
  /** Ticks of a logical clock: when the command started and when its answer came. */
  start: number;
  end: number;
  answer: { ok: true; data: CastResult } | { ok: false; code: string };
}

describe('every interleaving of cast, change, retry, duplicate, close, check-in and revocation', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let pool: { id: string }[];
  const totals = {
    runs: 0,
    commands: 0,
    casts: 0,
    applied: 0,
    replays: 0,
    refused: {} as Record<string, number>,
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    const all = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
    // The quorum comes from the other States; the D under test come and go.
    await checkIn(
      t,
      secretariat,
      all.slice(D, 100).map((d) => d.id),
    );
    pool = all.slice(0, D);
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
  });
  afterAll(async () => {
    console.log(
      `vote interleavings: ${totals.runs} runs, ${totals.commands} commands (${totals.casts} casts: ${totals.applied} applied, ${totals.replays} replays, refused ${JSON.stringify(totals.refused)})`,
    );
    await t.close();
  });

  it('keeps every invariant of exactly-once voting', async () => {
    const casts = t.app.get(CastService);
    const votes = t.app.get(VoteService);
    const questions = t.app.get(QuestionService);
    const desk = t.app.get(DelegationService);
    const codes = t.app.get(SignInCodeService);
    const auth = t.app.get(AuthService);
    const db = t.db.dataSource;

    await fc.assert(
      fc.asyncProperty(fc.scheduler(), runArb, async (s, run) => {
        totals.runs += 1;
        // Each run: a fresh session per delegation, its presence, a fresh vote.
        const sessions: { principal: Principal; tokenHash: string }[] = [];
        for (const [i, d] of pool.entries()) {
          const code = (await codes.issue(d.id, 'http://test')).code;
          const { token } = await codes.signIn(code);
          sessions.push({ principal: (await auth.resolve(token))!, tokenHash: hashToken(token) });
          await desk.setPresence(d.id, run.presentAtStart[i]);
        }
        const q = await questions.put(meetingId, {
          text: 'A question',
          matter: 'procedural',
          agendaItemId: null,
        });
        const voteId = (await votes.open(q.id, run.method)).id;

        let tick = 0;
        let seq = 0;
        const sent: Sent[] = [];
        const firsts = new Map<number, Promise<Sent[]>>();
        const revoked: { d: number; end: number }[] = [];
        const desks: { d: number; present: boolean; start: number; end: number }[] = [];
        let closedAt: number | null = null;
        let closeResult: { yes: number; no: number; abstain: number } | null = null;
        const failures: string[] = [];

        const send = async (d: number, opId: string, pressSeq: number, choice: Choice): Promise<Sent> => {
          const start = ++tick;
          let answer: Sent['answer'];
          try {
            answer = {
              ok: true,
              data: await casts.cast(sessions[d], { voteId, choice, opId, seq: pressSeq }),
            };
          } catch (e) {
            answer = { ok: false, code: e instanceof DomainException ? e.code : `THROWN ${String(e)}` };
          }
          const out = { d, opId, seq: pressSeq, choice, start, end: ++tick, answer };
          sent.push(out);
          return out;
        };
        const exec = async (cmd: Cmd, i: number): Promise<void> => {
          totals.commands += 1;
          switch (cmd.t) {
            case 'cast': {
              const opId = randomUUID();
              const pressSeq = ++seq;
              const copies = Promise.all(
                Array.from({ length: cmd.copies }, () => send(cmd.d, opId, pressSeq, cmd.choice)),
              );
              firsts.set(i, copies);
              await copies;
              return;
            }
            case 'retry': {
              // A retry follows its original's answer (an app retries what it sent).
              const castIdx = [...firsts.keys()].filter((k) => k < i);
              if (!castIdx.length) return;
              const original = (await firsts.get(castIdx[cmd.of % castIdx.length])!)[0];
              await send(original.d, original.opId, original.seq, original.choice);
              return;
            }
            case 'close': {
              ++tick;
              try {
                const r = await votes.close(voteId);
                closedAt = ++tick;
                closeResult = r.vote.result;
              } catch (e) {
                if (!(e instanceof DomainException && e.code === 'VOTE_CLOSED'))
                  failures.push(`close answered ${String(e)}`);
              }
              return;
            }
            case 'desk': {
              const start = ++tick;
              try {
                await desk.setPresence(pool[cmd.d].id, cmd.present);
              } catch (e) {
                failures.push(`desk answered ${String(e)}`);
              }
              desks.push({ d: cmd.d, present: cmd.present, start, end: ++tick });
              return;
            }
            case 'revoke':
              try {
                await codes.revoke(pool[cmd.d].id);
              } catch (e) {
                failures.push(`revoke answered ${String(e)}`);
              }
              revoked.push({ d: cmd.d, end: ++tick });
              return;
          }
        };

        const running = run.cmds.map((cmd, i) =>
          s.schedule(Promise.resolve(i), `${i}:${cmd.t}`).then(() => exec(cmd, i)),
        );
        await s.waitAll();
        await Promise.all(running);
        if (closedAt === null) {
          const r = await votes.close(voteId);
          closeResult = r.vote.result;
        }

        // ---- invariants ----
        totals.casts += sent.length;
        for (const x of sent) {
          if (x.answer.ok) {
            if (x.answer.data.replayed) totals.replays += 1;
          } else totals.refused[x.answer.code] = (totals.refused[x.answer.code] ?? 0) + 1;
          if (!x.answer.ok && !ALLOWED.has(x.answer.code)) failures.push(`cast answered ${x.answer.code}`);
        }
        const byOp = new Map<string, Sent[]>();
        for (const x of sent) byOp.set(x.opId, [...(byOp.get(x.opId) ?? []), x]);
        const applied: Sent[] = [];
        for (const [opId, answers] of byOp) {
          const oks = answers.filter((a) => a.answer.ok);
          const fresh = oks.filter((a) => a.answer.ok && !a.answer.data.replayed);
          if (fresh.length > 1) failures.push(`op ${opId} applied ${fresh.length} times`);
          if (oks.length && fresh.length !== 1) failures.push(`op ${opId} answered ok but never applied`);
          const revs = new Set(oks.map((a) => (a.answer.ok ? a.answer.data.revision : -1)));
          if (revs.size > 1) failures.push(`op ${opId} answered with revisions ${[...revs].join(',')}`);
          if (fresh.length) applied.push(fresh[0]);
          // A retry that started after an ok answer of its op is answered ok too (after the close included).
          const firstOk = Math.min(...oks.map((a) => a.end));
          for (const a of answers)
            if (a.start > firstOk && !a.answer.ok && a.answer.code !== 'UNAUTHENTICATED')
              failures.push(`op ${opId}: retry after its ack answered ${a.answer.code}`);
        }
        totals.applied += applied.length;
        for (const a of applied) {
          if (closedAt !== null && a.start > closedAt) failures.push(`op ${a.opId} applied after the close`);
          const r = revoked.find((x) => x.d === a.d && x.end < a.start);
          if (r) failures.push(`op ${a.opId} applied after its sign-in was revoked`);
        }
        for (const x of sent)
          if (x.answer.ok && revoked.some((r) => r.d === x.d && r.end < x.start))
            failures.push(`op ${x.opId} answered ok after its sign-in was revoked`);

        const rows = await db.query<{ delegation_id: string; choice: Choice | null; revision: number }[]>(
          'SELECT delegation_id, choice, revision FROM ballots WHERE vote_id = $1',
          [voteId],
        );
        const ops = await db.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM cast_ops WHERE vote_id = $1',
          [voteId],
        );
        if (ops[0].n !== applied.length)
          failures.push(`${ops[0].n} cast_ops rows for ${applied.length} applied`);
        const expected = { yes: 0, no: 0, abstain: 0 };
        for (const [d, del] of pool.entries()) {
          const mine = applied.filter((a) => a.d === d).sort((a, b) => a.seq - b.seq);
          const row = rows.find((r) => r.delegation_id === del.id);
          if (!mine.length) {
            if (row) failures.push(`delegation ${d} has a ballot but no applied op`);
            continue;
          }
          if (!row) {
            failures.push(`delegation ${d}: ${mine.length} applied ops, no ballot`);
            continue;
          }
          // A secret ballot may be changed until the close too (DOMAIN.md §5): the same revisions,
          // the last press counted, but its choice never stored beside the State.
          if (row.revision !== mine.length)
            failures.push(`delegation ${d}: revision ${row.revision} for ${mine.length} applied ops`);
          // The last press wins: revisions follow the press order, the ballot holds the last.
          const revs = mine.map((a) => (a.answer.ok ? a.answer.data.revision : 0));
          if (revs.some((r, k) => k > 0 && r <= revs[k - 1]))
            failures.push(`delegation ${d}: an older press applied after a newer one (${revs.join(',')})`);
          if (run.method === 'secret') {
            if (row.choice !== null) failures.push(`delegation ${d}: secret choice stored with the State`);
          } else if (row.choice !== mine.at(-1)!.choice)
            failures.push(`delegation ${d}: ballot ${row.choice}, last press ${mine.at(-1)!.choice}`);
          expected[mine.at(-1)!.choice] += 1;
          // Casting registers presence unless the desk checked the delegation out afterwards.
          const lastOut = desks.filter((x) => x.d === d && !x.present).map((x) => x.start);
          if (!lastOut.length) {
            const [p] = await db.query<{ present: boolean }[]>(
              'SELECT present FROM delegations WHERE id = $1',
              [del.id],
            );
            if (!p.present) failures.push(`delegation ${d} cast but is not present`);
          }
        }
        const { yes, no, abstain } = closeResult!;
        if (JSON.stringify({ yes, no, abstain }) !== JSON.stringify(expected))
          failures.push(
            `declared ${JSON.stringify({ yes, no, abstain })}, applied ${JSON.stringify(expected)}`,
          );
        if (failures.length)
          throw new Error(
            `${failures.join('\n')}\n${s
              .report()
              .map((r) => r.label)
              .join(' ')}`,
          );
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(totals.runs).toBeGreaterThanOrEqual(RUNS);
  }, 600_000);
});
