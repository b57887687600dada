import type { BulkSignInCodes } from '@plenary/shared';
import {
  FixedClock,
  genevaMorning,
  sessionTokenFrom,
  startTestApp,
  staffToken,
  type TestApp,
} from '../support/app';
import { bearer, delegations, setUpMeeting } from '../support/plenary';

describe('sign-in codes for every delegation at once (printed slips)', () => {
  let t: TestApp;
  let secretariat: string;
  let meetingId: string;
  let ids: Record<string, string>;
  let total: number;
  const issueAll = () => t.http.post(`/api/meetings/${meetingId}/sign-in-codes`).set(bearer(secretariat));
  const signIn = (code: string) => t.http.post('/api/auth/code').send({ code });
  const codeFromSlip = (slipUrl: string) => new URL(slipUrl).hash.replace(/^#code=/, '');

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(genevaMorning('2026-03-02')) });
    secretariat = await staffToken(t, 'secretariat');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    await t.http
      .post(`/api/meetings/${meetingId}/delegations`)
      .set(bearer(secretariat))
      .send({ kind: 'organisation', name: 'International Committee of the Red Cross' })
      .expect(201);
    const list = await delegations(t, meetingId);
    total = list.length;
    ids = Object.fromEntries(list.map((d) => [d.stateIso3 ?? d.name, d.id]));
  });
  afterAll(() => t.close());

  it('issues a code to every delegation without one, in one record entry, leaving codes in use and ended sign-ins alone', async () => {
    const nor = (
      await t.http.post(`/api/delegations/${ids.NOR}/sign-in-code`).set(bearer(secretariat)).expect(201)
    ).body as { code: string };
    const norSession = sessionTokenFrom(await signIn(nor.code).expect(200));
    await t.http.post(`/api/delegations/${ids.SWE}/sign-in-code`).set(bearer(secretariat)).expect(201);
    await t.http.delete(`/api/delegations/${ids.SWE}/sign-in-code`).set(bearer(secretariat)).expect(200);

    const res = (await issueAll().expect(201)).body as BulkSignInCodes;
    expect(res.issued).toHaveLength(total - 2);
    expect(res.alreadyIssued).toBe(1);
    expect(res.revoked).toBe(1);
    const issuedTo = new Set(res.issued.map((s) => s.delegationId));
    expect(issuedTo.has(ids.NOR)).toBe(false);
    expect(issuedTo.has(ids.SWE)).toBe(false);
    expect(issuedTo.has(ids['International Committee of the Red Cross'])).toBe(true);
    expect(new Set(res.issued.map((s) => s.code)).size).toBe(res.issued.length);

    // Norway's code and its open session are untouched.
    await t.http.get('/api/auth/me').set(bearer(norSession)).expect(200);
    await signIn(nor.code).expect(200);
    // Sweden's ended sign-in is not reopened by the bulk issue.
    const list = await delegations(t, meetingId);
    expect(list.find((d) => d.id === ids.SWE)).toMatchObject({ signIn: { issued: false, revoked: true } });

    const entries = (
      await t.http.get(`/api/meetings/${meetingId}/record`).set(bearer(secretariat)).expect(200)
    ).body as { kind: string; summary: string; data: { delegationIds?: string[] } }[];
    const bulk = entries.filter((e) => e.data.delegationIds);
    expect(bulk).toHaveLength(1);
    expect(bulk[0]).toMatchObject({
      kind: 'delegation.signInCode',
      summary: `Sign-in codes issued to ${total - 2} delegations`,
    });
    expect(new Set(bulk[0].data.delegationIds)).toEqual(issuedTo);
  });

  it('puts the code in the slip link’s fragment, and the code signs in hours later (no 15-minute expiry)', async () => {
    // Denmark's slip is lost: a reissue answers the new code and its slip link.
    const dnk = (
      await t.http.post(`/api/delegations/${ids.DNK}/sign-in-code`).set(bearer(secretariat)).expect(201)
    ).body as { code: string; slipUrl: string };
    expect(dnk.slipUrl).toMatch(/\/signin#code=[A-Z2-9]{12}$/);
    expect(codeFromSlip(dnk.slipUrl)).toBe(dnk.code);
    // Hours pass: every one-time link has expired; the code on the slip still works.
    await t.db.dataSource.query("UPDATE sign_in_links SET expires_at = now() - interval '5 hours'");
    const res = await signIn(codeFromSlip(dnk.slipUrl)).expect(200);
    expect(res.body.principal).toMatchObject({ role: 'delegation', stateIso3: 'DNK' });
  });

  it('is idempotent: a second issue, and two at once, give no delegation a second code', async () => {
    const again = (await issueAll().expect(201)).body as BulkSignInCodes;
    expect(again.issued).toEqual([]);
    expect(again.alreadyIssued).toBe(total - 1);

    // A delegation registered late gets its code from the next bulk issue, once, however many run.
    const late = await t.http
      .post(`/api/meetings/${meetingId}/delegations`)
      .set(bearer(secretariat))
      .send({ kind: 'organisation', name: 'International Campaign to Ban Landmines' })
      .expect(201);
    const both = await Promise.all([issueAll(), issueAll(), issueAll()]);
    for (const r of both) expect(r.status).toBe(201);
    const issued = both.flatMap((r) => (r.body as BulkSignInCodes).issued);
    expect(issued.map((s) => s.delegationId)).toEqual([late.body.id]);
    await signIn(issued[0].code).expect(200);
  });

  it('is the secretariat’s: a delegation or the President cannot issue codes', async () => {
    const president = await staffToken(t, 'president');
    await t.http.post(`/api/meetings/${meetingId}/sign-in-codes`).set(bearer(president)).expect(403);
    await t.http.post(`/api/meetings/${meetingId}/sign-in-codes`).expect(401);
  });
});
