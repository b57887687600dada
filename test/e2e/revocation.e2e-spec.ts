import type { Ack, CastResult } from '@plenary/shared';
import { io } from 'socket.io-client';
import { createDataSource } from '../../server/src/database/data-source';
import { AuthService } from '../../server/src/modules/auth/auth.service';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { startTestNode } from '../support/cluster';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
  bearer,
  castOverSocket,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';

const D = '2026-03-02';

interface Ending {
  event: 'session.revoked' | 'session.changed' | null;
  reason: string | null;
  why: string;
}

/** Resolves when the server disconnects the socket, with what it said just before; rejects after 10 s. */
function ended(socket: ClientSocket): Promise<Ending> {
  return new Promise((resolve, reject) => {
    let said: Omit<Ending, 'why'> = { event: null, reason: null };
    socket.once('session.revoked', (p) => (said = { event: 'session.revoked', reason: p.reason }));
    socket.once('session.changed', (p) => (said = { event: 'session.changed', reason: p.reason }));
    const timer = setTimeout(() => reject(new Error('the socket was not disconnected within 10 s')), 10000);
    socket.once('disconnect', (why) => {
      clearTimeout(timer);
      resolve({ ...said, why });
    });
  });
}

/** A meeting in session with every State Party present and a recorded vote open. */
async function meetingWithOpenVote(
  node: TestApp,
  secretariat: string,
  president: string,
): Promise<{ meetingId: string; voteId: string; ids: Record<string, string> }> {
  const meetingId = (await setUpMeeting(node, secretariat)).id;
  const all = await delegations(node, meetingId);
  await checkIn(
    node,
    secretariat,
    all.filter((d) => d.standing === 'participant').map((d) => d.id),
  );
  await node.http
    .post(`/api/meetings/${meetingId}/status`)
    .set(bearer(president))
    .send({ action: 'open' })
    .expect(201);
  const q = (
    await node.http
      .post(`/api/meetings/${meetingId}/questions`)
      .set(bearer(president))
      .send({ text: 'Adopt the programme of work', matter: 'procedural' })
      .expect(201)
  ).body.id as string;
  const voteId = (
    await node.http
      .post(`/api/questions/${q}/votes`)
      .set(bearer(president))
      .send({ method: 'recorded' })
      .expect(201)
  ).body.id as string;
  const ids = Object.fromEntries(all.filter((d) => d.stateIso3).map((d) => [d.stateIso3!, d.id]));
  return { meetingId, voteId, ids };
}

describe('rights end at once: open sockets on one node', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let voteId: string;
  let meetingId: string;
  let ids: Record<string, string>;
  const sockets: ClientSocket[] = [];
  const open = async (token?: string) => {
    const s = await connect(t, token);
    sockets.push(s);
    return s;
  };
  const ballotOf = async (delegationId: string) =>
    (
      await t.db.dataSource.query<{ choice: string }[]>(
        'SELECT choice FROM ballots WHERE vote_id = $1 AND delegation_id = $2',
        [voteId, delegationId],
      )
    )[0]?.choice ?? null;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(genevaMorning(D)) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president', 'chair');
    ({ voteId, ids, meetingId } = await meetingWithOpenVote(t, secretariat, president));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });
  const quorum = async () => (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body;

  it('revoking a code tells the open socket why and disconnects it; HTTP answers 401; the quorum stands', async () => {
    const token = await signInDelegation(t, secretariat, ids.DZA);
    const pad = await open(token);
    expect(await castOverSocket(pad, voteId, 'yes')).toMatchObject({ ok: true });
    const before = await quorum();
    const end = ended(pad);
    await t.http.delete(`/api/delegations/${ids.DZA}/sign-in-code`).set(bearer(secretariat)).expect(200);
    expect(await end).toEqual({
      event: 'session.revoked',
      reason: 'The secretariat ended your delegation’s sign-in',
      why: 'io server disconnect',
    });
    await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
    // The token no longer opens a socket, and its ballot stays as cast (yes), counted once.
    await expect(connect(t, token)).rejects.toThrow(/UNAUTHENTICATED/);
    expect(await ballotOf(ids.DZA)).toBe('yes');
    expect(await quorum()).toEqual(before);
  });

  it('issuing a new code disconnects the old device at once; the new code’s device votes', async () => {
    const old = await open(await signInDelegation(t, secretariat, ids.AGO));
    const end = ended(old);
    const fresh = await open(await signInDelegation(t, secretariat, ids.AGO));
    expect(await end).toMatchObject({
      event: 'session.revoked',
      reason: 'A new sign-in code was issued to your delegation',
      why: 'io server disconnect',
    });
    expect(await castOverSocket(fresh, voteId, 'no')).toMatchObject({ ok: true });
    expect(await ballotOf(ids.AGO)).toBe('no');
  });

  it('withdrawing credentials reconnects the socket as an observer, who cannot cast; accepting them again restores the vote', async () => {
    const token = await signInDelegation(t, secretariat, ids.ARG);
    const pad = await open(token);
    const end = ended(pad);
    await t.http
      .put(`/api/delegations/${ids.ARG}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    expect(await end).toMatchObject({ event: 'session.changed', why: 'io server disconnect' });
    const asObserver = await open(token);
    const refused = await castOverSocket(asObserver, voteId, 'yes');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ballotOf(ids.ARG)).toBeNull();

    const back = ended(asObserver);
    await t.http
      .put(`/api/delegations/${ids.ARG}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'provisional' })
      .expect(200);
    expect((await back).event).toBe('session.changed');
    expect((await t.http.get('/api/auth/me').set(bearer(token)).expect(200)).body.role).toBe('delegation');
    // Provisional to accepted changes no right: the socket stays.
    const pad2 = await open(token);
    await t.http
      .put(`/api/delegations/${ids.ARG}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'accepted' })
      .expect(200);
    expect(await castOverSocket(pad2, voteId, 'abstain')).toMatchObject({ ok: true });
    expect(pad2.connected).toBe(true);
  });

  it('signing out disconnects that session’s sockets only; another device of the delegation stays', async () => {
    const code = (
      await t.http.post(`/api/delegations/${ids.ALB}/sign-in-code`).set(bearer(secretariat)).expect(201)
    ).body.code as string;
    const signIn = async () =>
      /plenary_session=([^;]+)/.exec(
        String((await t.http.post('/api/auth/code').send({ code }).expect(200)).headers['set-cookie']),
      )![1];
    const phone = decodeURIComponent(await signIn());
    const laptop = decodeURIComponent(await signIn());
    const onPhone = await open(phone);
    const onLaptop = await open(laptop);
    const end = ended(onPhone);
    await t.http.post('/api/auth/logout').set(bearer(phone)).expect(204);
    expect(await end).toMatchObject({ event: 'session.revoked', reason: 'You signed out' });
    expect(onLaptop.connected).toBe(true);
    expect(await castOverSocket(onLaptop, voteId, 'yes')).toMatchObject({ ok: true });
  });

  it('a change of an account’s role, made from another process as the CLI would, reconnects its sockets with the new role', async () => {
    const consoleSocket = await open(president);
    const end = ended(consoleSocket);
    // A separate data source: what `plenary` on the command line uses.
    const cli = createDataSource(t.db.url, { poolSize: 1 });
    await cli.initialize();
    try {
      await new AuthService(cli).setRole('chair', 'secretariat');
    } finally {
      await cli.destroy();
    }
    expect(await end).toMatchObject({
      event: 'session.changed',
      reason: 'Your account is now the secretariat',
      why: 'io server disconnect',
    });
    expect((await t.http.get('/api/auth/me').set(bearer(president)).expect(200)).body.role).toBe(
      'secretariat',
    );
    await t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({}).expect(403);
    await t.app.get(AuthService).setRole('chair', 'president');
  });

  it('a new password ends every session of the account and disconnects its sockets', async () => {
    const again = await staffToken(t, 'president', 'chair');
    const s = await open(again);
    const end = ended(s);
    await t.app.get(AuthService).setPassword('chair', 'a new long passphrase');
    expect(await end).toMatchObject({ event: 'session.revoked', why: 'io server disconnect' });
    await t.http.get('/api/auth/me').set(bearer(again)).expect(401);
    await t.http.get('/api/auth/me').set(bearer(president)).expect(401);
  });

  it('every cast re-checks the session as it acts: a session ended without notice is refused and counts nothing', async () => {
    const token = await signInDelegation(t, secretariat, ids.AUS);
    const pad = await open(token);
    // The session ends behind the server's back (no notification reaches the socket).
    await t.db.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE delegation_id = $1', [ids.AUS]);
    const end = ended(pad);
    const refused: Ack<CastResult> = await castOverSocket(pad, voteId, 'yes');
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await end).toMatchObject({ event: 'session.revoked', why: 'io server disconnect' });
    expect(await ballotOf(ids.AUS)).toBeNull();
  });

  it('a cast re-checks credentials in its own statement: withdrawn without notice, it is refused, counts nothing, and the socket is told', async () => {
    const token = await signInDelegation(t, secretariat, ids.AUT);
    const pad = await open(token);
    const changed = new Promise<string>((resolve) => pad.once('session.changed', (p) => resolve(p.reason)));
    // Withdrawn behind the server's back: the socket still holds a delegation's principal.
    await t.db.dataSource.query(`UPDATE delegations SET credentials = 'none' WHERE id = $1`, [ids.AUT]);
    try {
      const refused: Ack<CastResult> = await castOverSocket(pad, voteId, 'yes');
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'role' } });
      expect(await changed).toBe('Your rights have changed');
      expect(await ballotOf(ids.AUT)).toBeNull();
    } finally {
      await t.db.dataSource.query(`UPDATE delegations SET credentials = 'accepted' WHERE id = $1`, [ids.AUT]);
    }
  });

  it('after its access channel was cut, the node re-checks every open socket: a sign-in ended meanwhile is disconnected', async () => {
    const token = await signInDelegation(t, secretariat, ids.BRA);
    const pad = await open(token);
    const end = ended(pad);
    const cut = await t.db.dataSource.query<{ pid: number }[]>(
      `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'plenary-access'`,
    );
    expect(cut).toHaveLength(1);
    // Ended without a notification: only the re-check after reconnecting can notice.
    await t.db.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE delegation_id = $1', [ids.BRA]);
    expect(await end).toMatchObject({ event: 'session.revoked', why: 'io server disconnect' });
  });

  it('a handshake while the database is unreachable says so, without internals', async () => {
    const token = await signInDelegation(t, secretariat, ids.BEL);
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const resolve = jest.spyOn(t.app.get(AuthService), 'resolveHash').mockRejectedValueOnce(down);
    try {
      const refused = await connect(t, token).then(
        () => null,
        (e: Error) => e.message,
      );
      expect(refused).toBe('DATABASE_UNAVAILABLE: database unavailable, try again shortly');
    } finally {
      resolve.mockRestore();
    }
    sockets.push(await connect(t, token));
  });

  it('a stale session cookie still opens the public board', async () => {
    const token = await signInDelegation(t, secretariat, ids.AUT);
    await t.http.post('/api/auth/logout').set(bearer(token)).expect(204);
    const board: ClientSocket = io(t.baseUrl, {
      transports: ['websocket'],
      extraHeaders: { Cookie: `plenary_session=${encodeURIComponent(token)}` },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(board);
    await new Promise<void>((resolve, reject) => {
      board.once('connect', resolve);
      board.once('connect_error', reject);
    });
    expect(await castOverSocket(board, voteId, 'yes')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await ballotOf(ids.AUT)).toBeNull();
  });
});

describe('rights end at once: open sockets on every node of a cluster', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let secretariat: string;
  let voteId: string;
  let ids: Record<string, string>;
  const sockets: ClientSocket[] = [];
  const clock = new FixedClock(genevaMorning(D));

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 4 });
    a = await startTestNode(db, { clock, name: 'a' });
    b = await startTestNode(db, { clock, name: 'b' });
    secretariat = await staffToken(a, 'secretariat');
    const president = await staffToken(a, 'president');
    ({ voteId, ids } = await meetingWithOpenVote(a, secretariat, president));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await b?.close();
    await a?.close();
    await db?.drop();
  });

  it('revoking at node A disconnects the delegation’s socket at node B, which then casts nothing', async () => {
    const token = await signInDelegation(a, secretariat, ids.BEL);
    const atB = await connect(b, token);
    sockets.push(atB);
    const end = ended(atB);
    await a.http.delete(`/api/delegations/${ids.BEL}/sign-in-code`).set(bearer(secretariat)).expect(200);
    expect(await end).toEqual({
      event: 'session.revoked',
      reason: 'The secretariat ended your delegation’s sign-in',
      why: 'io server disconnect',
    });
    await expect(connect(b, token)).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('credentials withdrawn at node B reconnect a socket at node A as an observer', async () => {
    const token = await signInDelegation(b, secretariat, ids.BEN);
    const atA = await connect(a, token);
    sockets.push(atA);
    const end = ended(atA);
    await b.http
      .put(`/api/delegations/${ids.BEN}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    expect(await end).toMatchObject({ event: 'session.changed', why: 'io server disconnect' });
    const again = await connect(a, token);
    sockets.push(again);
    expect(await castOverSocket(again, voteId, 'yes')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('signing out at node A ends the session’s sockets at both nodes', async () => {
    const token = await signInDelegation(a, secretariat, ids.BGR);
    const [atA, atB] = [await connect(a, token), await connect(b, token)];
    sockets.push(atA, atB);
    const ends = [ended(atA), ended(atB)];
    await a.http.post('/api/auth/logout').set(bearer(token)).expect(204);
    for (const e of await Promise.all(ends))
      expect(e).toMatchObject({ event: 'session.revoked', reason: 'You signed out' });
  });

  it('a new code issued at node B disconnects the old device at node A', async () => {
    const old = await connect(a, await signInDelegation(b, secretariat, ids.BOL));
    sockets.push(old);
    const end = ended(old);
    const fresh = await connect(a, await signInDelegation(b, secretariat, ids.BOL));
    sockets.push(fresh);
    expect((await end).event).toBe('session.revoked');
    expect(await castOverSocket(fresh, voteId, 'no')).toMatchObject({ ok: true });
  });
});
