import type { Page } from 'playwright-core';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, launchBrowser, PHONE, screenshot } from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

describe('access in Chromium: the screens under the CSP, and a pad told why its rights ended', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let ids: Record<string, string>;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({
      withClient: true,
      clock: new FixedClock(genevaMorning('2026-03-02')),
      env: { PLENARY_SIGN_IN_WINDOW_MS: '600000', PLENARY_PASSWORD_LIMIT_PER_ACCOUNT: '2' },
    });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    const all = await delegations(t, meetingId);
    ids = Object.fromEntries(all.filter((d) => d.stateIso3).map((d) => [d.stateIso3!, d.id]));
    await checkIn(
      t,
      secretariat,
      all.filter((d) => d.standing === 'participant').map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Adopt the agenda', matter: 'procedural' })
        .expect(201)
    ).body.id as string;
    await t.http
      .post(`/api/questions/${q}/votes`)
      .set(bearer(president))
      .send({ method: 'recorded' })
      .expect(201);
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors);
  });
  afterEach(async () => {
    await pages.closePages();
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
  });

  it('reports a CSP violation into the spec’s errors (the harness is live)', async () => {
    const page = await pages.open('/board');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    // Chromium reports it twice: the securitypolicyviolation event and a console error.
    const both = () =>
      pageErrors.some((e) => /^CSP violation: script-src/.test(e.message)) &&
      pageErrors.some((e) => /^CSP \(console\)/.test(e.message));
    const deadline = Date.now() + 5000;
    while (!both() && Date.now() < deadline) await page.waitForTimeout(50);
    expect(both()).toBe(true);
    pageErrors.splice(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });

  it('runs the board, desk, console, pad, sign-in and API docs with no CSP violation', async () => {
    const board = await pages.open(`/board?meeting=${meetingId}`);
    await board.getByTestId('board-yes').waitFor();
    const desk = await pages.open(`/desk?meeting=${meetingId}`, undefined, { session: secretariat });
    await desk.getByTestId('tab-presence').waitFor();
    const consolePage = await pages.open(`/console?meeting=${meetingId}`, undefined, { session: president });
    await consolePage.getByTestId('meeting-status').waitFor();
    const pad = await pages.openOnPhone('/vote', {
      session: await signInDelegation(t, secretariat, ids.NOR),
    });
    await pad.getByTestId('vote-yes').waitFor();
    const signIn = await pages.open('/signin');
    await signIn.getByLabel('Access code').waitFor();
    const docs = await pages.open('/api/docs');
    await docs.locator('.swagger-ui .info').waitFor();
    // Settle: any late violation (a lazy chunk, a socket) is reported before afterEach checks.
    for (const p of [board, desk, consolePage, pad, signIn, docs]) await p.waitForLoadState('networkidle');
  });

  async function padFor(iso3: string): Promise<Page> {
    const pad = await pages.open('/vote', PHONE, {
      session: await signInDelegation(t, secretariat, ids[iso3]),
      isMobile: true,
    });
    await pad.getByTestId('vote-yes').waitFor();
    return pad;
  }

  it('tells the pad at once when the secretariat ends its sign-in, and keeps it from voting', async () => {
    const pad = await padFor('DZA');
    await t.http.delete(`/api/delegations/${ids.DZA}/sign-in-code`).set(bearer(secretariat)).expect(200);
    const ended = pad.getByTestId('session-ended');
    await ended.waitFor();
    expect(await ended.textContent()).toContain(
      'Your sign-in has ended. The secretariat ended your delegation’s sign-in.',
    );
    await pad.getByText('Sign in to vote').waitFor();
    expect(await pad.getByTestId('vote-yes').count()).toBe(0);
    await screenshot(pad, 'pad-sign-in-ended');
  });

  it('tells the pad when its credentials are withdrawn: it follows as an observer, without buttons', async () => {
    const pad = await padFor('ARG');
    await t.http
      .put(`/api/delegations/${ids.ARG}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    const changed = pad.getByTestId('session-changed');
    await changed.waitFor();
    expect(await changed.textContent()).toMatch(/follows the meeting as an observer.*\(Observer\)/);
    await pad.getByText('Observers follow the vote but do not vote.').waitFor();
    expect(await pad.getByTestId('vote-yes').count()).toBe(0);
  });

  it('tells a rate-limited user on the sign-in screen when to try again', async () => {
    const page = await pages.open('/signin');
    const attempt = async (expected: number) => {
      await page.getByLabel('Username').fill('ghost');
      await page.getByLabel('Password').fill('not the password');
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      expect((await answered).status()).toBe(expected);
    };
    await attempt(401);
    await attempt(401);
    await attempt(429);
    const alert = page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/try again at \d\d:\d\d \(in (10 minutes|\d+ minutes)\)/);
    await screenshot(page, 'signin-rate-limited');
  });
});
