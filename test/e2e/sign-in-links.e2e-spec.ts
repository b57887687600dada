import { createHash } from 'node:crypto';
import { AuthService } from '../../server/src/modules/auth/auth.service';
import {
  FixedClock,
  genevaMorning,
  sessionTokenFrom,
  startTestApp,
  staffToken,
  type TestApp,
} from '../support/app';
import { bearer, delegations, setUpMeeting } from '../support/plenary';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const NEW_ONE = /ask the secretariat for a new one, or sign in with your code or password/;

describe('one-time sign-in links', () => {
  let t: TestApp;
  let secretariat: string;
  let ids: Record<string, string>;
  const use = (token: string) => t.http.post('/api/auth/link').send({ token });
  const tokenOf = (signInUrl: string) => new URL(signInUrl).searchParams.get('link')!;
  const issue = async (iso3: string) =>
    (await t.http.post(`/api/delegations/${ids[iso3]}/sign-in-code`).set(bearer(secretariat)).expect(201))
      .body as { code: string; signInUrl: string; signInUrlExpiresAt: string };

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(genevaMorning('2026-03-02')) });
    secretariat = await staffToken(t, 'secretariat');
    const meetingId = (await setUpMeeting(t, secretariat)).id;
    ids = Object.fromEntries(
      (await delegations(t, meetingId)).filter((d) => d.stateIso3).map((d) => [d.stateIso3!, d.id]),
    );
  });
  afterAll(() => t.close());

  it('opens one session with the link issued with a code, sets only the HttpOnly cookie, and keeps only its hash', async () => {
    const { signInUrl } = await issue('NOR');
    const token = tokenOf(signInUrl);
    const rows = await t.db.dataSource.query<{ token_hash: string }[]>(
      'SELECT token_hash FROM sign_in_links WHERE delegation_id = $1',
      [ids.NOR],
    );
    expect(rows).toEqual([{ token_hash: sha256(token) }]);
    const res = await use(token).expect(200);
    expect(res.body.principal).toMatchObject({ role: 'delegation', stateIso3: 'NOR' });
    expect(res.body.token).toBeUndefined();
    const session = sessionTokenFrom(res);
    expect(session).not.toBe(token);
    expect((await t.http.get('/api/auth/me').set(bearer(session)).expect(200)).body.stateIso3).toBe('NOR');
  });

  it('refuses a used link, saying so and how to get a new one', async () => {
    const token = tokenOf((await issue('SWE')).signInUrl);
    await use(token).expect(200);
    const again = await use(token).expect(410);
    expect(again.body).toMatchObject({ code: 'LINK_USED', field: 'token' });
    expect(again.body.message).toMatch(/^This sign-in link has already been used\./);
    expect(again.body.message).toMatch(NEW_ONE);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an expired link, saying so and how to get a new one', async () => {
    const token = tokenOf((await issue('NZL')).signInUrl);
    // Fifteen minutes pass.
    await t.db.dataSource.query(
      "UPDATE sign_in_links SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
      [sha256(token)],
    );
    const res = await use(token).expect(410);
    expect(res.body).toMatchObject({ code: 'LINK_EXPIRED', field: 'token' });
    expect(res.body.message).toMatch(/^This sign-in link has expired\./);
    expect(res.body.message).toMatch(NEW_ONE);
    // The code typed by hand keeps working.
  });

  it('keeps the code working after its link is used or expired, until the secretariat revokes it', async () => {
    const { code, signInUrl } = await issue('DNK');
    await use(tokenOf(signInUrl)).expect(200);
    await t.http.post('/api/auth/code').send({ code }).expect(200);
    await t.http.post('/api/auth/code').send({ code }).expect(200);
    await t.http.delete(`/api/delegations/${ids.DNK}/sign-in-code`).set(bearer(secretariat)).expect(200);
    await t.http.post('/api/auth/code').send({ code }).expect(401);
  });

  it('ends an unused link when a new code is issued or the sign-in revoked', async () => {
    const first = tokenOf((await issue('ISL')).signInUrl);
    const second = tokenOf((await issue('ISL')).signInUrl);
    const replaced = await use(first).expect(401);
    expect(replaced.body.message).toMatch(/not valid/);
    expect(replaced.body.message).toMatch(NEW_ONE);
    await t.http.delete(`/api/delegations/${ids.ISL}/sign-in-code`).set(bearer(secretariat)).expect(200);
    await use(second).expect(401);
  });

  it('gives one session between two devices opening the same link at once', async () => {
    const token = tokenOf((await issue('IRL')).signInUrl);
    const answers = await Promise.all(Array.from({ length: 6 }, () => use(token)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410, 410, 410, 410]);
  });

  it('follows the delegation’s standing when used: an observer until credentials are accepted', async () => {
    await t.http
      .put(`/api/delegations/${ids.CHE}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    const res = await use(tokenOf((await issue('CHE')).signInUrl)).expect(200);
    expect(res.body.principal.role).toBe('observer');
  });

  it('signs staff in from a link made for their account (the demo prints them)', async () => {
    const me = (await t.http.get('/api/auth/me').set(bearer(secretariat)).expect(200)).body;
    const link = await t.app.get(AuthService).createLink({ userId: me.userId, delegationId: null }, 15);
    const res = await use(link.token).expect(200);
    expect(res.body.principal.role).toBe('secretariat');
    expect((await use(link.token).expect(410)).body.code).toBe('LINK_USED');
  });

  it('refuses unknown and malformed link tokens with a clear 4xx', async () => {
    expect((await use('x'.repeat(43)).expect(401)).body).toMatchObject({
      code: 'UNAUTHENTICATED',
      field: 'token',
    });
    expect((await use('short').expect(400)).body.field).toBe('token');
    await t.http.post('/api/auth/link').send({}).expect(400);
    await t.http.post('/api/auth/link').send({ token: 12 }).expect(400);
  });
});
