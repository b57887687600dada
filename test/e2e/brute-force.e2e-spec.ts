import { AuthService } from '../../server/src/modules/auth/auth.service';
import { startTestApp, type TestApp } from '../support/app';
import { startTestNode } from '../support/cluster';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { bearer, setUpMeeting } from '../support/plenary';
import { until } from '../support/wait';

const RIGHT = 'correct horse battery';
/** A short window so the spec can wait it out; the limits are the defaults' shape, smaller. */
const LIMITS = {
  PLENARY_SIGN_IN_WINDOW_MS: '3000',
  PLENARY_PASSWORD_LIMIT_PER_ACCOUNT: '4',
  PLENARY_PASSWORD_LIMIT_PER_ADDRESS: '6',
  PLENARY_CODE_LIMIT_PER_CODE: '3',
  PLENARY_CODE_LIMIT_PER_ADDRESS: '5',
};

/** An account no request has touched yet, so its counter starts with this spec's first attempt. */
async function account(t: TestApp, username: string, role: 'secretariat' | 'president'): Promise<string> {
  const auth = t.app.get(AuthService);
  const user = await auth.createUser({ username, displayName: username, role, password: RIGHT });
  return (await auth.openSession({ userId: user.id, delegationId: null })).token;
}

/** Retries `attempt` until it answers `status`, for at most `ms`: waits on the fact, not a guess. */
const untilStatus = <T extends { status: number }>(attempt: () => Promise<T>, status: number, ms = 15000) =>
  until(
    `status ${status}`,
    async () => {
      const res = await attempt();
      return res.status === status ? res : null;
    },
    { timeoutMs: ms, everyMs: 100 },
  );

describe('sign-in under attack: rate limits per account and per address', () => {
  let t: TestApp;
  let address = 0;
  /** Each attempt from its own client address (behind the trusted local proxy), unless one is given. */
  const login = (username: string, password: string, from = `10.0.0.${++address % 250}`) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const code = (value: string, from = `10.1.0.${++address % 250}`) =>
    t.http.post('/api/auth/code').set('X-Forwarded-For', from).send({ code: value });

  let secretariat: string;
  beforeAll(async () => {
    t = await startTestApp({ env: LIMITS });
    secretariat = await account(t, 'desk', 'secretariat');
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after the account’s limit, whatever the address; the right password works after the window', async () => {
    await account(t, 'chair', 'president');
    for (let i = 0; i < 4; i++) await login('chair', `guess ${i}`).expect(401);
    const limited = await login('chair', 'guess 5').expect(429);
    expect(limited.body).toMatchObject({ code: 'RATE_LIMITED', statusCode: 429 });
    expect(limited.body.message).toMatch(
      /^Too many sign-in attempts for this account\. Try again in \d seconds?\.$/,
    );
    const retry = Number(limited.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(3);
    // Even the right password waits: the limit does not tell a guesser when they are right.
    await login('chair', RIGHT).expect(429);
    // Another account is not held up by this one.
    await login('desk', RIGHT).expect(200);
    // Nor are unknown names a way around it: they are counted like any name.
    for (let i = 0; i < 4; i++) await login('ghost', 'x').expect(401);
    await login('ghost', 'x').expect(429);
    // Once the window has passed, the right password signs in.
    const ok = await untilStatus(() => login('chair', RIGHT), 200);
    expect(ok.body.principal.role).toBe('president');
  });

  it('answers 429 after the address’s limit, across accounts; other addresses are not held up', async () => {
    const from = '192.0.2.7'; // no attempt came from here yet: its window starts now
    for (let i = 0; i < 6; i++) await login(`nobody-${i}`, 'x', from).expect(401);
    const limited = await login('nobody-6', 'x', from).expect(429);
    expect(limited.body.message).toMatch(/from this network address/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await login('desk', RIGHT, '192.0.2.8').expect(200);
  });

  it('limits code sign-in per code and per address', async () => {
    const meetingId = (await setUpMeeting(t, secretariat)).id;
    const fra = (await t.http.get(`/api/meetings/${meetingId}/delegations`)).body.find(
      (d: { stateIso3: string }) => d.stateIso3 === 'FRA',
    );
    const issued = (
      await t.http.post(`/api/delegations/${fra.id}/sign-in-code`).set(bearer(secretariat)).expect(201)
    ).body.code as string;
    // One code used from many places: 3 sessions per window, typed in any case or grouping.
    await code(issued).expect(200);
    await code(issued.toLowerCase()).expect(200);
    await code(`${issued.slice(0, 4)}-${issued.slice(4)}`).expect(200);
    const perCode = await code(issued).expect(429);
    expect(perCode.body.message).toMatch(/with this code/);
    // Guessing codes from one address: 5 per window.
    const from = '198.51.100.9';
    for (let i = 0; i < 5; i++) await code(`WRONGCODE${i}AB`, from).expect(401);
    const perAddress = await code('WRONGCODE9ABC', from).expect(429);
    expect(perAddress.body.message).toMatch(/from this network address/);
    expect(perAddress.headers['retry-after']).toBeDefined();
    await untilStatus(() => code(issued), 200);
  });

  it('does the same argon2 work for an unknown user name as for a wrong password', async () => {
    // The module object the server calls into (not an import copy), so the spy sees its calls.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const argon2 = require('@node-rs/argon2') as typeof import('@node-rs/argon2');
    const verify = jest.spyOn(argon2, 'verify');
    try {
      const unknown = await login('no-such-user', 'anything').expect(401);
      const wrong = await login('desk', 'anything').expect(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(unknown.body.message).toBe('Unknown user name or wrong password');
      const hashes = verify.mock.calls.map((c) => c[0] as string);
      expect(hashes.length).toBeGreaterThanOrEqual(2);
      // Both verified a real argon2id hash: the unknown name against a decoy, not skipped.
      expect(hashes.every((h) => h.startsWith('$argon2id$'))).toBe(true);
      expect(new Set(hashes).size).toBe(2);
    } finally {
      verify.mockRestore();
    }
  });
});

describe('rate limits hold across the nodes of a cluster', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 4 });
    a = await startTestNode(db, { name: 'a', env: LIMITS });
    b = await startTestNode(db, { name: 'b', env: LIMITS });
    await account(a, 'chair', 'president');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await db?.drop();
  });

  it('counts attempts at node A and node B against one limit', async () => {
    let i = 0;
    const at = (node: TestApp) =>
      node.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.9.0.${++i}`)
        .send({ username: 'chair', password: `guess ${i}` });
    await at(a).expect(401);
    await at(b).expect(401);
    await at(a).expect(401);
    await at(b).expect(401);
    expect((await at(a).expect(429)).body.code).toBe('RATE_LIMITED');
    expect((await at(b).expect(429)).body.code).toBe('RATE_LIMITED');
  });
});
