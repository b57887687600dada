import { randomUUID } from 'node:crypto';
import {
  applyTally,
  type Ack,
  type CastResult,
  type Choice,
  type LiveSnapshot,
  type ServerToClientEvents,
  type VoteSnapshot,
} from '@plenary/shared';
import { nextEvent, until } from '../support/wait';
import { FixedClock, staffToken, type TestApp } from '../support/app';
import { startTestNode } from '../support/cluster';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
  bearer,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  watch,
  type ClientSocket,
} from '../support/plenary';

type Versions = Parameters<ServerToClientEvents['meeting.versions']>[0];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cast that fails fast (ack error or a dead socket) instead of waiting for the default 10 s. */
async function cast(
  socket: ClientSocket,
  voteId: string,
  choice: Choice,
  opId: string,
): Promise<Ack<CastResult> | null> {
  if (!socket.connected) return null;
  try {
    // Generous: an ack that is merely slow (a loaded machine) must not pass for one lost with node A.
    return await socket.timeout(15000).emitWithAck('vote.cast', { voteId, choice, opId });
  } catch {
    return null;
  }
}

describe('two server nodes on one PostgreSQL (PLENARY_CLUSTER=true)', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let president: string;
  let meetingId: string;
  let all: { id: string; stateIso3: string | null }[];
  let tokens: string[];
  const sockets: ClientSocket[] = [];
  const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));

  const openVote = async (node: TestApp, text: string): Promise<VoteSnapshot> => {
    const q = (
      await node.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text, matter: 'other-substance' })
        .expect(201)
    ).body as { id: string };
    return (
      await node.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;
  };
  const track = (s: ClientSocket) => (sockets.push(s), s);

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 4 });
    // A lost tally is caught up within two reconcile passes in a cluster (voteVersionToTell).
    const env = { PLENARY_RECONCILE_MS: '1000' };
    a = await startTestNode(db, { clock, name: 'a', env });
    b = await startTestNode(db, { clock, name: 'b', env });
    const secretariat = await staffToken(a, 'secretariat');
    president = await staffToken(a, 'president');
    meetingId = (await setUpMeeting(a, secretariat)).id;
    all = (await delegations(a, meetingId)).filter((d) => d.stateIso3);
    expect(all).toHaveLength(161);
    tokens = await Promise.all(all.map((d) => signInDelegation(a, secretariat, d.id)));
    await checkIn(
      b,
      secretariat,
      all.slice(0, 150).map((d) => d.id),
    );
    await b.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
  });

  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await b?.close();
    await a?.close();
    await db?.drop();
  });

  it('a delegation casting at node A is seen by a watcher at node B; a lost NOTIFY is caught up by meeting.versions within 3 s (two passes of 1 s)', async () => {
    const vote = await openVote(a, 'Adopt the report of the Committee on Article 5 Implementation');
    const watcher = track(await connect(b));
    const snapshot = (await watch(watcher, meetingId)) as { ok: true; data: LiveSnapshot };
    expect(snapshot.data.vote?.id).toBe(vote.id);
    const [first, second] = [track(await connect(a, tokens[0])), track(await connect(a, tokens[1]))];

    // Through the adapter, from node A to a watcher on node B.
    const tallied = nextEvent(watcher, 'vote.tallied', (p) => p.tally.counts?.yes === 1, 3000);
    expect(await cast(first, vote.id, 'yes', randomUUID())).toMatchObject({ ok: true });
    expect(applyTally(snapshot.data.vote!, (await tallied).tally).votes).toEqual({
      [all[0].stateIso3!]: 'yes',
    });

    // Cut every LISTEN connection of this database: node B hears nothing until its adapter reconnects (1-3 s).
    const killed = await db.dataSource.query<{ pid: number }[]>(
      "SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'",
    );
    expect(killed.length).toBeGreaterThanOrEqual(2);
    await until('the cut connections gone', async () => {
      const alive = await db.dataSource.query<unknown[]>(
        'SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1::int[])',
        [killed.map((k) => k.pid)],
      );
      return alive.length === 0;
    });
    const lateTallies: number[] = [];
    watcher.on('vote.tallied', (p) => lateTallies.push(p.tally.version));
    const versions: Versions[] = [];
    watcher.on('meeting.versions', (p) => versions.push(p));

    const ack = await cast(second, vote.id, 'no', randomUUID());
    expect(ack).toMatchObject({ ok: true });
    const t0 = performance.now();
    const expected = ((await a.http.get(`/api/meetings/${meetingId}/live`).expect(200)).body as LiveSnapshot)
      .vote!.version;
    const caughtUp = await nextEvent(
      watcher,
      'meeting.versions',
      (p) => p.voteId === vote.id && (p.voteVersion ?? 0) >= expected,
      3000,
    );
    const waited = performance.now() - t0;
    expect(caughtUp).toMatchObject({ meetingId, voteId: vote.id });
    expect(waited).toBeLessThan(3000);
    // The broadcast itself was lost: what told node B's watcher was the reconciliation.
    expect(lateTallies.filter((v) => v >= expected)).toEqual([]);

    // The client's part: a higher version than it holds means re-fetching the snapshot.
    const live = (await b.http.get(`/api/meetings/${meetingId}/live`).expect(200)).body as LiveSnapshot;
    expect(live.vote!.counts).toMatchObject({ yes: 1, no: 1 });
    expect(live.vote!.version).toBe(caughtUp.voteVersion);

    // The adapter reconnects on its own (a new LISTEN on each node), and broadcasts flow again.
    await until(
      'both nodes listening again',
      async () =>
        (
          await db.dataSource.query<{ n: number }[]>(
            // The adapters' own connections: the access channel LISTENs too, and comes back sooner.
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'plenary-socket.io' AND query ILIKE 'LISTEN%' AND state = 'idle' AND NOT (pid = ANY($1::int[]))",
            [killed.map((k) => k.pid)],
          )
        )[0].n >= 2,
      { timeoutMs: 15_000, everyMs: 50 },
    );
    const again = nextEvent(watcher, 'vote.tallied', (p) => p.tally.counts?.abstain === 1, 3000);
    expect(await cast(first, vote.id, 'abstain', randomUUID())).toMatchObject({ ok: true });
    await again;
    await b.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200);
  });

  it('killing node A mid-vote loses no acknowledged ballot, and its delegations carry on at node B', async () => {
    const vote = await openVote(b, 'Adopt the draft decision on the Committee on Cooperative Compliance');
    const watcher = track(await connect(b));
    expect((await watch(watcher, meetingId)).ok).toBe(true);
    const closedSeen = nextEvent(watcher, 'vote.closed', (p) => p.vote.id === vote.id, 60000);

    const onA = (i: number) => i % 2 === 0;
    const clients = await Promise.all(
      tokens.map(async (tok, i) => track(await connect(onA(i) ? a : b, tok))),
    );
    const planned = (i: number): Choice => (i < 100 ? 'yes' : i < 149 ? 'no' : 'abstain');

    // What the database must hold at the end: each delegation's last acknowledged choice, and
    // one revision per distinct acknowledged operation (a replayed one counts once).
    const lastAcked = new Map<number, Choice>();
    const ackedOps = new Set<string>();
    const record = (i: number, choice: Choice, opId: string, ack: Ack<CastResult> | null): boolean => {
      if (!ack?.ok) return false;
      lastAcked.set(i, choice);
      ackedOps.add(opId);
      return true;
    };

    // Node A dies once 30 of its delegations have their acknowledgement, casts in flight.
    let ackedOnA = 0;
    let killing: Promise<void> = Promise.resolve();
    const pending: { i: number; choice: Choice; opId: string }[] = [];
    await Promise.all(
      clients.map(async (s, i) => {
        // Staggered arrivals (load shape, not synchronisation).
        await sleep((i % 40) * 5);
        const choice = planned(i);
        const opId = randomUUID();
        if (record(i, choice, opId, await cast(s, vote.id, choice, opId))) {
          if (onA(i) && ++ackedOnA === 30) killing = a.close();
        } else {
          pending.push({ i, choice, opId });
        }
      }),
    );
    await killing;
    expect(ackedOnA).toBeGreaterThanOrEqual(30);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((p) => onA(p.i))).toBe(true);
    expect(clients.filter((s, i) => onA(i) && s.connected)).toHaveLength(0);

    // A's delegations reconnect through the load balancer, now to B: those without an
    // acknowledgement retry the same operation; every third acknowledged one changes its vote.
    const movers = [...lastAcked.keys()].filter((i) => onA(i) && i % 3 === 0);
    await Promise.all(
      [...pending.map((p) => p.i), ...movers].map(async (i) => {
        clients[i] = track(await connect(b, tokens[i]));
      }),
    );
    const replayed: boolean[] = [];
    await Promise.all([
      ...pending.map(async ({ i, choice, opId }) => {
        const ack = await cast(clients[i], vote.id, choice, opId);
        expect(record(i, choice, opId, ack)).toBe(true);
        if (ack?.ok) replayed.push(ack.data.replayed);
      }),
      ...movers.map(async (i) => {
        const choice: Choice = lastAcked.get(i) === 'yes' ? 'no' : 'yes';
        const opId = randomUUID();
        expect(record(i, choice, opId, await cast(clients[i], vote.id, choice, opId))).toBe(true);
      }),
    ]);
    expect(lastAcked.size).toBe(161);

    const closed = (
      await b.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200)
    ).body as { vote: VoteSnapshot };
    const rows = await db.dataSource.query<{ delegation_id: string; choice: Choice; revision: number }[]>(
      'SELECT delegation_id, choice, revision FROM ballots WHERE vote_id = $1',
      [vote.id],
    );
    const inDb = new Map(rows.map((r) => [r.delegation_id, r.choice]));
    expect(rows).toHaveLength(161);
    all.forEach((d, i) => expect([d.stateIso3, inDb.get(d.id)]).toEqual([d.stateIso3, lastAcked.get(i)]));
    expect(rows.reduce((s, r) => s + r.revision, 0)).toBe(ackedOps.size);

    const expectedCounts = { yes: 0, no: 0, abstain: 0 };
    for (const c of lastAcked.values()) expectedCounts[c] += 1;
    expect(closed.vote.result).toMatchObject(expectedCounts);
    expect((await closedSeen).vote.counts).toEqual({ ...expectedCounts, notVoted: 0 });
    console.log(
      `cluster e2e: ${ackedOnA} acknowledged at A before it stopped, ${pending.length} in flight retried at B (${replayed.filter(Boolean).length} had committed), ${movers.length} changed at B`,
    );
  });
});
