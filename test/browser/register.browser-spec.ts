import { AuthService } from '../../server/src/modules/auth/auth.service';
import { startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, launchBrowser, screenshot } from '../support/browser';

describe('register screen in Chromium', () => {
  let t: TestApp;
  let pages: BrowserPages;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true });
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

  it('shows 161 States Parties on 20 February 2026 with the figures the API gives', async () => {
    const api = (await t.http.get('/api/register/summary?on=2026-02-20').expect(200)).body;
    const page = await pages.open('/?on=2026-02-20');

    const count = page.getByTestId('party-count');
    await count.waitFor();
    expect(await count.textContent()).toBe('161');
    expect(await page.getByTestId('quorum-special').textContent()).toBe('81');
    expect(await page.getByTestId('one-third').textContent()).toBe('54');
    expect(await page.getByTestId('quorum-special').textContent()).toBe(
      String(api.quorumSpecialMeeting.required),
    );
    expect(await page.getByTestId('one-third').textContent()).toBe(String(api.oneThirdToConvene.required));
    expect(await page.getByTestId('majority-of-parties').textContent()).toBe(
      String(api.majorityOfParties.required),
    );
    expect(await page.getByTestId('msp-opening-quorum').textContent()).toBe(
      String(api.openingQuorumMsp.required),
    );
    expect(await page.getByTestId('msp-decision-quorum').textContent()).toBe(
      String(api.decisionQuorumMsp.required),
    );
    expect(await page.getByText(api.quorumSpecialMeeting.explanation).count()).toBe(1);
    expect(await page.title()).toBe('States Parties on 20 February 2026 · Plenary');
    await screenshot(page, 'register-desktop');
    await page.getByRole('heading', { name: 'The register' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'register-desktop-table');
  });

  it('filters the table by name and by status, with an empty state', async () => {
    const api = (await t.http.get('/api/states?on=2026-02-20').expect(200)).body as {
      states: { name: string; status: string }[];
    };
    const withdrawn = api.states.filter((s) => s.status === 'withdrawn').map((s) => s.name);
    expect(withdrawn).toContain('Poland');
    const page = await pages.open('/?on=2026-02-20');
    const rows = page.getByTestId('states-table').locator('tbody tr');
    await rows.first().waitFor();
    const all = await rows.count();
    expect(all).toBe(api.states.length);

    await page.getByLabel('Name, ISO code or group', { exact: true }).fill('pol');
    await expect(rows.count()).resolves.toBe(1);
    expect(await rows.first().locator('th').textContent()).toBe('Poland');
    expect(await rows.first().locator('.badge').textContent()).toBe('Withdrawn');
    expect(await rows.first().locator('td[data-label="Withdrawal"]').textContent()).toMatch(
      /effective 20 Feb 2026/,
    );

    await page.getByLabel('Name, ISO code or group', { exact: true }).fill('');
    await page.getByLabel('Status', { exact: true }).selectOption('withdrawn');
    expect(await page.getByTestId('states-shown').textContent()).toBe(`${withdrawn.length} of ${all} States`);
    expect(await rows.locator('th').allTextContents()).toEqual(withdrawn);

    await page.getByLabel('Status', { exact: true }).selectOption('party');
    expect(await page.getByTestId('states-shown').textContent()).toBe(`161 of ${all} States`);

    await page.getByLabel('Name, ISO code or group', { exact: true }).fill('Atlantis');
    await page.getByTestId('states-empty').waitFor();
    await page.getByRole('heading', { name: 'The register' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'register-empty-filter');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await rows.count()).toBe(all);
  });

  it('counts 162 the day before and keeps a typed date in the URL', async () => {
    const page = await pages.open('/?on=2026-02-20');
    await page.getByTestId('party-count').waitFor();
    await page.getByLabel('Date', { exact: true }).fill('2026-02-19');
    await page.waitForURL(/\?on=2026-02-19$/);
    await expect(
      page.getByTestId('party-count').filter({ hasText: '162' }).waitFor(),
    ).resolves.toBeUndefined();

    await page.getByLabel('Date', { exact: true }).fill('2026-02-30');
    await page.getByLabel('Date', { exact: true }).blur();
    expect(await page.getByRole('alert').textContent()).toBe('Date is not a calendar date');
  });

  it('is readable on a phone', async () => {
    const page = await pages.openOnPhone('/?on=2026-02-20');
    await page.getByTestId('party-count').waitFor();
    expect(await page.getByTestId('party-count').textContent()).toBe('161');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'register-phone');
    await page.getByLabel('Name, ISO code or group', { exact: true }).fill('Poland');
    await page.getByTestId('states-table').scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'The register' }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, 'register-phone-table');
  });

  it('scales up for a projector with ?projector=1', async () => {
    const page = await pages.open('/?on=2026-02-20&projector=1');
    await page.getByTestId('party-count').waitFor();
    const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(rootSize).toBe('24px');
    await screenshot(page, 'register-projector');
  });

  it('signs the secretariat in from a one-time link, keeps the token out of the page, and refuses the link twice', async () => {
    const token = await staffToken(t, 'secretariat');
    const me = (await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200)).body;
    const link = await t.app.get(AuthService).createLink({ userId: me.userId, delegationId: null }, 15);
    const page = await pages.open(`/signin?link=${link.token}`);
    await page.waitForURL(/\/desk$/);
    await page.getByText('Sign out').waitFor();
    // The session is an HttpOnly cookie: no script in the page can read it, and nothing is stored.
    expect(await page.evaluate(() => document.cookie)).not.toContain('plenary_session');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'plenary_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    await screenshot(page, 'desk-signed-in');

    // The same link on another device: used, says so, and how to get in.
    const again = await pages.openOnPhone(`/signin?link=${link.token}`);
    const failed = again.getByTestId('link-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('This sign-in link has already been used.');
    expect(await failed.textContent()).toContain('ask the secretariat for a new link');
    await again.waitForURL((u) => u.pathname === '/signin' && !u.search.includes('link='));
    await screenshot(again, 'signin-link-used');
  });

  it('shows the sign-in page with both forms', async () => {
    const page = await pages.openOnPhone('/signin');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Username is required').waitFor();
    await screenshot(page, 'signin-phone', { fullPage: true });
  });
});
