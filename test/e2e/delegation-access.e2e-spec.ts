import { createHash } from 'node:crypto';
import { FixedClock, sessionTokenFrom, startTestApp, staffToken, type TestApp } from '../support/app';

const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** As a delegate might type it off a printed slip: lower case, in groups. */
const typed = (code: string) => ` ${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)} `;

describe('delegation sign-in codes and sessions (HTTP)', () => {
  let t: TestApp;
  let secretariat: string;
  let meetingId: string;
  const ids: Record<string, string> = {};

  const issue = async (id: string) =>
    (await t.http.post(`/api/delegations/${id}/sign-in-code`).set(bearer(secretariat)).expect(201)).body as {
      delegationId: string;
      code: string;
      signInUrl: string;
      signInUrlExpiresAt: string;
    };
  const signIn = (code: string) => t.http.post('/api/auth/code').send({ code });
  const me = (token: string) => t.http.get('/api/auth/me').set(bearer(token));
  const record = async () =>
    (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      kind: string;
      summary: string;
      data: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    const meeting = {
      kind: 'msp',
      number: 23,
      title: 'Twenty-Third Meeting of the States Parties',
      venue: 'Geneva, Switzerland',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
    };
    meetingId = (await t.http.post('/api/meetings').set(bearer(secretariat)).send(meeting).expect(201)).body
      .id;
    for (const body of [
      { kind: 'state', stateIso3: 'FRA' },
      { kind: 'state', stateIso3: 'DEU' },
      { kind: 'organisation', name: 'International Committee of the Red Cross' },
    ]) {
      const d = (
        await t.http
          .post(`/api/meetings/${meetingId}/delegations`)
          .set(bearer(secretariat))
          .send(body)
          .expect(201)
      ).body;
      ids[d.stateIso3 ?? 'ICRC'] = d.id;
    }
    await t.http
      .put(`/api/delegations/${ids.FRA}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'accepted' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('issues a 12-character code without 0, O, 1 or I, keeping only its SHA-256', async () => {
    const c = await issue(ids.FRA);
    expect(c.delegationId).toBe(ids.FRA);
    expect(c.code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    // The link is a one-time token, not the code: a URL lands in history and logs.
    expect(c.signInUrl).toMatch(new RegExp(`^${t.baseUrl}/signin\\?link=[\\w-]{43}$`));
    expect(c.signInUrl).not.toContain(c.code);
    const [link] = await t.db.dataSource.query(
      `SELECT expires_at, (expires_at - created_at) = interval '15 minutes' AS fifteen FROM sign_in_links
        WHERE delegation_id = $1 AND used_at IS NULL`,
      [ids.FRA],
    );
    expect(link.fifteen).toBe(true);
    expect(c.signInUrlExpiresAt).toBe(link.expires_at.toISOString());
    const [row] = await t.db.dataSource.query(
      'SELECT code_hash, code_issued_at FROM delegations WHERE id = $1',
      [ids.FRA],
    );
    expect(row.code_hash).toBe(sha256(c.code));
    expect(row.code_issued_at.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    const view = (await t.http.get(`/api/meetings/${meetingId}/delegations`)).body.find(
      (d: { id: string }) => d.id === ids.FRA,
    );
    expect(view.signIn).toEqual({ issued: true, issuedAt: '2026-03-02T09:00:00.000Z', revoked: false });
    expect(JSON.stringify(await record())).not.toContain(c.code);
  });

  it('signs a State Party with accepted credentials in as a delegation, by bearer token or cookie', async () => {
    const { code } = await issue(ids.FRA);
    const res = await signIn(typed(code)).expect(200);
    expect(res.body.principal).toMatchObject({
      role: 'delegation',
      stateIso3: 'FRA',
      delegationId: ids.FRA,
      meetingId,
      displayName: 'France',
      userId: null,
    });
    // The token is only in the HttpOnly cookie, never in a body a script could read.
    expect(String(res.headers['set-cookie'])).toMatch(/plenary_session=[^;]+; .*HttpOnly; SameSite=Strict/);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
    expect(res.body.token).toBeUndefined();
    expect(Object.keys(res.body).sort()).toEqual(['expiresAt', 'principal']);
    const token = sessionTokenFrom(res);
    expect((await me(token).expect(200)).body).toMatchObject({
      role: 'delegation',
      stateIso3: 'FRA',
      meetingId,
    });
    await t.http
      .get('/api/auth/me')
      .set('Cookie', `plenary_session=${encodeURIComponent(token)}`)
      .expect(200);
  });

  it('signs organisations and States without accepted credentials in as observers, upgraded when credentials are accepted', async () => {
    const icrc = await signIn((await issue(ids.ICRC)).code).expect(200);
    expect(icrc.body.principal).toMatchObject({
      role: 'observer',
      stateIso3: null,
      displayName: 'International Committee of the Red Cross',
    });
    const deu = sessionTokenFrom(await signIn((await issue(ids.DEU)).code).expect(200));
    expect((await me(deu)).body.role).toBe('observer');
    await t.http
      .put(`/api/delegations/${ids.DEU}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'provisional' })
      .expect(200);
    expect((await me(deu)).body).toMatchObject({ role: 'delegation', stateIso3: 'DEU' });
    await t.http
      .put(`/api/delegations/${ids.DEU}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    expect((await me(deu)).body.role).toBe('observer');
  });

  it('keeps delegations and observers out of the secretariat’s endpoints', async () => {
    const delegation = sessionTokenFrom(await signIn((await issue(ids.FRA)).code).expect(200));
    const observer = sessionTokenFrom(await signIn((await issue(ids.ICRC)).code).expect(200));
    for (const token of [delegation, observer]) {
      await t.http
        .put(`/api/delegations/${ids.FRA}/presence`)
        .set(bearer(token))
        .send({ present: true })
        .expect(403);
      await t.http.post(`/api/delegations/${ids.FRA}/sign-in-code`).set(bearer(token)).expect(403);
      await t.http
        .post(`/api/meetings/${meetingId}/delegations`)
        .set(bearer(token))
        .send({ kind: 'state', stateIso3: 'ITA' })
        .expect(403);
    }
    await t.http.post(`/api/delegations/${ids.FRA}/sign-in-code`).expect(401);
    await t.http.delete(`/api/delegations/${ids.FRA}/sign-in-code`).expect(401);
  });

  it('ends earlier sessions and the old code when a new code is issued', async () => {
    const first = await issue(ids.FRA);
    const old = sessionTokenFrom(await signIn(first.code).expect(200));
    const second = await issue(ids.FRA);
    expect(second.code).not.toBe(first.code);
    await me(old).expect(401);
    expect((await signIn(first.code).expect(401)).body.message).toBe('Unknown or revoked sign-in code');
    const fresh = sessionTokenFrom(await signIn(second.code).expect(200));
    expect((await me(fresh).expect(200)).body.role).toBe('delegation');
  });

  it('revokes a delegation’s sign-in: its sessions and code end, its standing and the quorum do not change', async () => {
    const version = async () => (await t.http.get(`/api/meetings/${meetingId}`)).body.version as number;
    const quorum = async () =>
      (await t.http.get(`/api/meetings/${meetingId}/quorum`)).body as {
        participants: number;
        present: number;
      };
    const v0 = await version();
    const { code } = await issue(ids.FRA);
    expect(await version()).toBe(v0); // a reissued code changes no one's standing
    const token = sessionTokenFrom(await signIn(code).expect(200));
    const before = await quorum();
    expect(before.participants).toBe(1);
    const view = (
      await t.http.delete(`/api/delegations/${ids.FRA}/sign-in-code`).set(bearer(secretariat)).expect(200)
    ).body;
    // A lost phone is not the State losing its credentials (DOMAIN.md §5).
    expect(view).toMatchObject({
      standing: 'participant',
      credentials: 'accepted',
      signIn: { issued: false, revoked: true },
    });
    expect(await version()).toBe(v0);
    await me(token).expect(401);
    await signIn(code).expect(401);
    const sessions = await t.db.dataSource.query('SELECT revoked_at FROM sessions WHERE delegation_id = $1', [
      ids.FRA,
    ]);
    expect(sessions.every((s: { revoked_at: Date | null }) => s.revoked_at !== null)).toBe(true);
    expect(await quorum()).toEqual(before);

    // A new code restores access.
    const again = await issue(ids.FRA);
    expect((await me(sessionTokenFrom(await signIn(again.code).expect(200))).expect(200)).body.role).toBe(
      'delegation',
    );
    expect(await quorum()).toEqual(before);
  });

  it('refuses unknown and malformed codes', async () => {
    expect((await signIn('ABCDEFGHJKLM').expect(401)).body).toMatchObject({
      code: 'UNAUTHENTICATED',
      field: 'code',
    });
    expect((await signIn('abc').expect(400)).body.field).toBe('code');
    await t.http.post('/api/auth/code').send({}).expect(400);
    await t.http.post('/api/delegations/123/sign-in-code').set(bearer(secretariat)).expect(400);
    await t.http
      .delete('/api/delegations/00000000-0000-4000-8000-000000000000/sign-in-code')
      .set(bearer(secretariat))
      .expect(404);
  });

  it('recorded every issue and revocation, never the code', async () => {
    const entries = await record();
    expect(entries.filter((e) => e.kind === 'delegation.signInCode').length).toBeGreaterThanOrEqual(10);
    expect(entries.filter((e) => e.kind === 'delegation.signInRevoked')).toHaveLength(1);
    expect(entries.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        'Sign-in code issued to France',
        'Sign-in code reissued to France',
        'Sign-in of France revoked',
      ]),
    );
    expect(JSON.stringify(entries)).not.toMatch(/code_hash|codeHash/);
  });
});
