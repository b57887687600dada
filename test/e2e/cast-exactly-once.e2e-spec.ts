import { createHash, randomUUID } from 'node:crypto';
import type { Choice } from '@plenary/shared';
import { CastService } from '../../server/src/modules/vote/cast.service';
import { FixedClock, sessionTokenFrom, staffToken, startTestApp, type TestApp } from '../support/app';
import { bearer, checkInAndOpen, delegations, setUpMeeting, type ClientSocket } from '../support/plenary';

/**
 * Exactly once under the interleavings named in issue 9, each forced many times over: two copies
 * of one operation id at once, a stale press flushed late, a retry after the close, the desk
 * checking a delegation in while it casts for the first time, a revoked or expired session.
 */
describe('a cast counts exactly once, whatever arrives when', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let all: { id: string; stateIso3: string | null }[];
  const sockets: ClientSocket[] = [];

  /** A code issued once, signed in with as many times as devices are asked for. */
  async function devices(delegationId: string, n = 1): Promise<string[]> {
    const code = (
      await t.http.post(`/api/delegations/${delegationId}/sign-in-code`).set(bearer(secretariat)).expect(201)
    ).body.code as string;
    const tokens: string[] = [];
    for (let i = 0; i < n; i++)
      tokens.push(sessionTokenFrom(await t.http.post('/api/auth/code').send({ code }).expect(200)));
    return tokens;
  }
  const cast = (token: string, voteId: string, choice: Choice, opId = randomUUID(), seq?: number) =>
    t.http
      .post(`/api/votes/${voteId}/ballots`)
      .set(bearer(token))
      .send({ choice, opId, ...(seq ? { seq } : {}) });
  const ballot = async (voteId: string, delegationId: string) =>
    (
      await t.db.dataSource.query<{ choice: Choice | null; revision: number }[]>(
        'SELECT choice, revision FROM ballots WHERE vote_id = $1 AND delegation_id = $2',
        [voteId, delegationId],
      )
    )[0];
  async function openVote(method: 'recorded' | 'secret' = 'recorded'): Promise<string> {
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: `A question by ${method} vote`, matter: 'procedural' })
        .expect(201)
    ).body;
    return (
      await t.http.post(`/api/questions/${q.id}/votes`).set(bearer(president)).send({ method }).expect(201)
    ).body.id as string;
  }
  const close = (voteId: string) =>
    t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(200);

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    all = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
    // 100 of 161 checked in: the rest register their presence by casting.
    await checkInAndOpen(
      t,
      { secretariat, president },
      meetingId,
      all.slice(0, 100).map((d) => d.id),
    );
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('applies two (or four) concurrent copies of one operation id once, and answers each the same', async () => {
    const voteId = await openVote();
    const voters = all.slice(0, 20);
    const tokens = await Promise.all(voters.map(async (d) => (await devices(d.id))[0]));
    for (const [round, choice] of (['yes', 'no', 'abstain'] as Choice[]).entries()) {
      const copies = await Promise.all(
        tokens.map(async (tok) => {
          const opId = randomUUID();
          return Promise.all(Array.from({ length: 2 + (round % 3) }, () => cast(tok, voteId, choice, opId)));
        }),
      );
      for (const answers of copies) {
        expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
        // Exactly one copy applied; the others are replays answered with its result.
        expect(answers.filter((a) => !a.body.replayed)).toHaveLength(1);
        expect(new Set(answers.map((a) => a.body.revision))).toEqual(new Set([round + 1]));
      }
    }
    for (const d of voters) expect(await ballot(voteId, d.id)).toEqual({ choice: 'abstain', revision: 3 });
    const ops = await t.db.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM cast_ops WHERE vote_id = $1',
      [voteId],
    );
    expect(ops[0].n).toBe(60);
    await close(voteId);
    // The record vouches for the ballots it summarises: a digest of 'ISO3:choice' lines, sorted.
    const lines = voters.map((d) => `${d.stateIso3}:abstain`).sort();
    const entries = (await t.http.get(`/api/meetings/${meetingId}/record?kind=decision.vote`).expect(200))
      .body;
    expect(entries.at(-1).data).toMatchObject({
      voteId,
      ballotsDigest: createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex'),
    });
  });

  it('refuses a stale press: Yes buffered offline, No pressed later and applied first, Yes flushed last', async () => {
    const voteId = await openVote();
    const [pad] = await devices(all[30].id);
    const yesOp = randomUUID();
    // The pad numbered its presses: Yes (1000) then No (2000). No reaches the server first.
    expect((await cast(pad, voteId, 'no', randomUUID(), 2000).expect(200)).body.revision).toBe(1);
    const late = await cast(pad, voteId, 'yes', yesOp, 1000).expect(409);
    expect(late.body).toMatchObject({ code: 'STALE_CAST', field: 'seq' });
    expect(late.body.message).toMatch(/your vote is NO/);
    // Its retries are refused the same way, and change nothing.
    await cast(pad, voteId, 'yes', yesOp, 1000).expect(409);
    expect(await ballot(voteId, all[30].id)).toEqual({ choice: 'no', revision: 1 });
    const live = (await t.http.get(`/api/votes/${voteId}`).expect(200)).body;
    expect(live.votes[all[30].stateIso3!]).toBe('no');
    // A newer press from the same device goes through.
    expect((await cast(pad, voteId, 'abstain', randomUUID(), 3000).expect(200)).body.revision).toBe(2);

    // Two devices of one delegation are not ordered against each other: the last to arrive
    // wins; each device's own stale press is still refused.
    const [phone, laptop] = await devices(all[31].id, 2);
    await cast(phone, voteId, 'yes', randomUUID(), 50).expect(200);
    await cast(laptop, voteId, 'no', randomUUID(), 10).expect(200);
    await cast(phone, voteId, 'abstain', randomUUID(), 40).expect(409);
    expect(await ballot(voteId, all[31].id)).toEqual({ choice: 'no', revision: 2 });
    await close(voteId);
  });

  it('answers a retry of an acknowledged cast after the close with its result, not VOTE_CLOSED', async () => {
    for (const method of ['recorded', 'secret'] as const) {
      const voteId = await openVote(method);
      const [tok] = await devices(all[40].id);
      const opId = randomUUID();
      const first = (await cast(tok, voteId, 'no', opId).expect(200)).body;
      await close(voteId);
      const retry = (await cast(tok, voteId, 'no', opId).expect(200)).body;
      expect(retry).toEqual({ ...first, replayed: true });
      const fresh = await cast(tok, voteId, 'yes').expect(422);
      expect(fresh.body.code).toBe('VOTE_CLOSED');
      // The same id for another vote is not a replay.
      const other = await openVote();
      expect((await cast(tok, other, 'no', opId).expect(422)).body.code).toBe('OP_ID_REUSED');
      await close(other);
    }
  });

  it('never deadlocks a first cast against the desk checking the same delegation in (no INTERNAL)', async () => {
    const absent = all.slice(100, 160);
    const tokens = await Promise.all(absent.map(async (d) => (await devices(d.id))[0]));
    for (let round = 0; round < 3; round++) {
      // Everyone absent again, then check-ins race the delegations' first casts.
      await Promise.all(
        absent.map((d) =>
          t.http
            .put(`/api/delegations/${d.id}/presence`)
            .set(bearer(secretariat))
            .send({ present: false })
            .expect(200),
        ),
      );
      const voteId = await openVote();
      const answers = await Promise.all(
        absent.flatMap((d, i) => [
          cast(tokens[i], voteId, 'yes'),
          t.http.put(`/api/delegations/${d.id}/presence`).set(bearer(secretariat)).send({ present: true }),
        ]),
      );
      expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
      const present = await t.db.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM delegations WHERE id = ANY($1::uuid[]) AND present',
        [absent.map((d) => d.id)],
      );
      expect(present[0].n).toBe(absent.length);
      const closed = (await close(voteId)).body;
      expect(closed.vote.result.yes).toBe(absent.length);
    }
  });

  it('re-checks the session in the cast itself: a revoked sign-in, an expired session, withdrawn credentials', async () => {
    const voteId = await openVote();
    const [a, b, c] = all.slice(50, 53);
    const [tokA] = await devices(a.id);
    const [tokB] = await devices(b.id);
    const [tokC] = await devices(c.id);
    const hash = (tok: string) => createHash('sha256').update(tok).digest('hex');
    // What each socket's handshake resolved: the callers the gateway holds while the rights change.
    const asAtHandshake = (d: { id: string }) => ({
      role: 'delegation' as const,
      displayName: 'x',
      userId: null,
      delegationId: d.id,
      meetingId,
      stateIso3: null,
    });
    const casts = t.app.get(CastService);
    const castAs = (d: { id: string }, tok: string, choice: Choice) =>
      casts
        .cast({ principal: asAtHandshake(d), tokenHash: hash(tok) }, { voteId, choice, opId: randomUUID() })
        .then(
          () => 'ok',
          (e: { code?: string }) => e.code ?? 'thrown',
        );
    expect(await castAs(a, tokA, 'yes')).toBe('ok');

    // The rights end in the database while a cast is under way, after any earlier check: the cast
    // statement itself finds the change (written here directly, so no notice disconnects first).
    await t.db.dataSource.query('UPDATE delegations SET sign_in_revoked_at = now() WHERE id = $1', [a.id]);
    await t.db.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [hash(tokB)],
    );
    await t.db.dataSource.query(`UPDATE delegations SET credentials = 'none' WHERE id = $1`, [c.id]);
    expect(await Promise.all([castAs(a, tokA, 'no'), castAs(b, tokB, 'no'), castAs(c, tokC, 'no')])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'FORBIDDEN',
    ]);
    expect(await ballot(voteId, a.id)).toEqual({ choice: 'yes', revision: 1 });
    expect(await ballot(voteId, b.id)).toBeUndefined();
    expect(await ballot(voteId, c.id)).toBeUndefined();

    // Through the front door the same changes also end the open sockets at once (revocation spec).
    await t.db.dataSource.query(
      `UPDATE delegations SET credentials = 'accepted', sign_in_revoked_at = NULL WHERE id = ANY($1)`,
      [[a.id, c.id]],
    );
    await close(voteId);
  });

  it('counts one secret ballot per State, the last applied, when two devices cast at once', async () => {
    const voteId = await openVote('secret');
    const voters = all.slice(60, 80);
    const answers = await Promise.all(
      voters.map(async (d) => {
        const [one, two] = await devices(d.id, 2);
        return Promise.all([cast(one, voteId, 'yes'), cast(two, voteId, 'no')]);
      }),
    );
    // A delegation may change its vote until the close (DOMAIN.md §5), a secret one too: both
    // presses apply, one after the other, and the later revision is the one counted.
    let lastYes = 0;
    for (const pair of answers) {
      expect(pair.map((a) => a.status)).toEqual([200, 200]);
      expect(pair.map((a) => a.body.revision as number).sort()).toEqual([1, 2]);
      if (pair.find((a) => a.body.revision === 2)!.body.choice === 'yes') lastYes += 1;
    }
    const closed = (await close(voteId)).body;
    expect(closed.vote.result.yes + closed.vote.result.no).toBe(voters.length);
    expect(closed.vote.result.yes).toBe(lastYes);
    expect(closed.vote.voted).toHaveLength(voters.length);
  });
});
