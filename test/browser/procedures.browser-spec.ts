import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  assertClientBuilt,
  BrowserPages,
  DESKTOP,
  launchBrowser,
  PHONE,
  screenshot,
  type PageOptions,
} from '../support/browser';
import { bearer } from '../support/plenary';

const D = '2026-03-02';

describe('procedures screen in Chromium: a Special Meeting from proposal to convening (Art. 8.5)', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let parties: { iso3: string; name: string }[];
  const pageErrors: Error[] = [];

  /** Signs the secretariat in and waits for `path`. */
  async function open(path: string, viewport = DESKTOP, extra: PageOptions = {}): Promise<Page> {
    const page = await pages.open(path, viewport, { ...extra, session: secretariat });
    await page.waitForURL((u) => u.pathname === new URL(path, 'http://x').pathname);
    return page;
  }

  async function pickState(
    page: Page,
    scope: ReturnType<Page['getByTestId']>,
    label: string,
    state: { iso3: string; name: string },
  ) {
    await scope.getByLabel(label, { exact: true }).fill(`${state.name} (${state.iso3})`);
  }

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date(`${D}T09:00:00Z`)) });
    secretariat = await staffToken(t, 'secretariat');
    const states = (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
      iso3: string;
      name: string;
      status: string;
    }[];
    parties = states.filter((s) => s.status === 'party');
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

  it('records a proposal, counts indications live to one-third (54 of 161) and convenes the meeting with its quorum of 81', async () => {
    const page = await open('/procedures');
    await page.getByRole('heading', { name: 'Procedures', level: 1 }).waitFor();
    await page
      .getByTestId('proposal-list')
      .getByText('No proposal to convene a Special Meeting has been recorded.')
      .waitFor();
    await page.getByRole('button', { name: 'New proposal' }).click();

    // The shared schema's messages, inline, before anything is sent.
    const form = page.getByTestId('proposal-form');
    await form.getByRole('button', { name: 'Record the proposal' }).click();
    await form.getByText('Requesting State(s) needs at least one State').waitFor();
    await form.getByText('Matter must have at least 3 characters').waitFor();

    await pickState(page, form, 'Requesting State(s)', parties[0]);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByRole('button', { name: `Remove ${parties[0].name}` }).waitFor();
    await form.getByLabel('Matter').fill('Compliance of the requested State with Article 1');
    expect(await form.getByLabel('Communicated by the Secretary-General on').inputValue()).toBe(D);
    await form.getByTestId('proposal-preview').getByText('16 March 2026').waitFor();
    await form.getByTestId('proposal-preview').getByText('54 of 161: 3 × 54 = 162 ≥ 161').waitFor();
    await form.getByRole('button', { name: 'Record the proposal' }).click();

    const detail = page.getByTestId('proposal-detail');
    await detail.waitFor();
    await page.waitForURL(/item=p%3A[0-9a-f-]{36}|item=p:[0-9a-f-]{36}/);
    const id = /item=p(?:%3A|:)([0-9a-f-]{36})/.exec(page.url())?.[1] as string;
    expect(await detail.getByTestId('special-counter-count').textContent()).toBe('0');
    expect(await detail.getByTestId('special-counter-required').textContent()).toBe('54');
    expect(await detail.getByTestId('special-counter-threshold').textContent()).toBe(
      '54 of 161: 3 × 54 = 162 ≥ 161',
    );
    expect(await detail.getByTestId('proposal-phase').textContent()).toBe('Collecting');
    await detail.getByTestId('favour-by').getByText('16 March 2026').waitFor();
    await detail.getByTestId('favour-by').getByText('14 days remaining').waitFor();

    // Three indications through the form.
    const favour = detail.getByTestId('favour-form');
    for (const state of parties.slice(1, 4)) {
      await pickState(page, favour, 'State', state);
      await favour.getByRole('button', { name: 'Record in favour' }).click();
      await favour.getByText(`${state.name} recorded.`).waitFor();
    }
    await detail.getByTestId('special-counter-count').getByText('3', { exact: true }).waitFor();
    expect(await detail.getByTestId('favouring').locator('tbody tr').count()).toBe(3);

    // The rest through the API: the screen follows the count without a reload (live, or re-read every 5 s).
    for (const state of parties.slice(4, 55)) {
      await t.http
        .post(`/api/convening/special-meetings/${id}/indications`)
        .set(bearer(secretariat))
        .send({ stateIso3: state.iso3, date: D })
        .expect(201);
    }
    await detail.getByTestId('special-counter-count').getByText('54', { exact: true }).waitFor();
    await detail
      .getByTestId('special-counter-status')
      .getByText('Threshold reached on 2 March 2026')
      .waitFor();
    expect(await detail.getByTestId('proposal-phase').textContent()).toBe('Met on 2 March 2026');
    await detail.getByTestId('convene-by').getByText('30 March 2026').waitFor();
    await detail.getByTestId('convene-by').getByText('28 days remaining').waitFor();

    const convene = detail.getByTestId('convene-form');
    await convene.waitFor();
    await convene.getByLabel('First day').fill('2026-03-30');
    await convene.getByLabel('Last day').fill('2026-03-30');
    await screenshot(page, 'procedures-special-before-convening');
    await convene.getByRole('button', { name: 'Convene the Special Meeting' }).click();
    await detail.getByTestId('convened').waitFor();
    expect(await detail.getByTestId('special-quorum').textContent()).toBe('81');
    expect(await detail.getByTestId('proposal-phase').textContent()).toBe('Convened');
    await detail.getByTestId('convened').getByText('30 March 2026', { exact: false }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'procedures-special');

    // On a phone, the same proposal: readable, one column.
    const phone = await open(`/procedures?tab=special&item=p:${id}`, PHONE, {
      isMobile: true,
      deviceScaleFactor: 2,
    });
    await phone.getByTestId('proposal-detail').waitFor();
    expect(await phone.getByTestId('special-quorum').textContent()).toBe('81');
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'procedures-phone');
  });

  it('shows an extension request’s new deadline before saving and the server’s refusal of an early Review Conference', async () => {
    const page = await open('/procedures?tab=extensions&item=new');
    const form = page.getByTestId('extension-form');
    await form.getByLabel('Current clearance deadline').fill('2027-03-01');
    await form.getByLabel('Years asked').fill('11');
    await form
      .getByTestId('extension-preview')
      .getByText(/from 1 to 10 whole years/)
      .waitFor();
    await form.getByLabel('Years asked').fill('5');
    await form.getByTestId('extension-preview').getByText('1 March 2032').waitFor();

    await page.getByTestId('proc-tab-review').click();
    const timing = page.getByTestId('review-timing');
    expect(await timing.getByTestId('review-earliest').textContent()).toBe('25 November 2029');
    const rc = page.getByTestId('review-form');
    await pickState(page, rc, 'Requested by', parties[0]);
    await rc.getByRole('button', { name: 'Add', exact: true }).click();
    await rc.getByLabel('Title').fill('Sixth Review Conference');
    await rc.getByLabel('First day').fill('2029-11-24');
    await rc.getByLabel('Last day').fill('2029-11-28');
    await rc.getByRole('button', { name: 'Schedule the Review Conference' }).click();
    await rc.getByText(/earliest allowed date is 2029-11-25/).waitFor();
  });
});
