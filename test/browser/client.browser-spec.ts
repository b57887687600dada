import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, DESKTOP, launchBrowser, screenshot } from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting } from '../support/plenary';

/** The client's own behaviour in Chromium: lists that fit, dialogs, focus, a failed chunk. */
describe('the client in Chromium: reachable lists, dialogs and focus', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let voteId: string;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors, { colorScheme: 'light' });

    // An open recorded vote in which nobody has voted and everyone is present: 161 names on the
    // President's list of States in the room not yet voted.
    const meeting = await setUpMeeting(t, secretariat);
    meetingId = meeting.id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.map((d) => d.id),
    );
    await t.http.post(`/api/meetings/${meetingId}/status`).set(bearer(president)).send({ action: 'open' });
    const question = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Adopt the report of the Intersessional Meetings', matter: 'other-substance' })
        .expect(201)
    ).body as { id: string };
    voteId = (
      await t.http
        .post(`/api/questions/${question.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body.id as string;
  });
  afterEach(async () => {
    await pages.closePages();
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
  });

  async function console_(viewport = { width: 1440, height: 900 }): Promise<Page> {
    const page = await pages.open(`/console?meeting=${meetingId}`, viewport, { session: president });
    await page.getByTestId('vote-open').waitFor();
    await page.getByTestId('console-not-voted-total').filter({ hasText: /^161$/ }).waitFor();
    return page;
  }

  it.each([
    ['a desktop', { width: 1440, height: 900 }],
    ['a phone', { width: 390, height: 844 }],
  ])('shows the President every State not yet voted on %s: none off to the side', async (name, viewport) => {
    const page = await console_(viewport);
    const list = page.getByRole('list', { name: /Not voted yet/ });
    const layout = await list.evaluate((ul) => {
      const box = ul.getBoundingClientRect();
      const items = Array.from(ul.querySelectorAll('li'));
      return {
        count: items.length,
        noSideScroll: ul.scrollWidth <= ul.clientWidth,
        // Every name lies within the list's width; the list only scrolls down.
        outside: items
          .filter((li) => {
            const r = li.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((li) => li.textContent),
      };
    });
    expect(layout).toEqual({ count: 161, noSideScroll: true, outside: [] });
    // The last State can be scrolled into view inside the list, and then it is visible.
    const last = list.getByRole('listitem').last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    const seen = await list.evaluate((ul) => {
      const box = ul.getBoundingClientRect();
      const r = ul.querySelector('li:last-child')!.getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    });
    expect(seen).toBe(true);
    // Nor does the page itself scroll sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, `console-not-voted-${name.replace(/\W+/g, '-')}`);
  });

  it('does not close the vote on Enter when Cancel has focus; Tab stays in the dialog; focus comes back', async () => {
    const page = await console_();
    const close = page.getByRole('button', { name: /Close the vote/ });
    await close.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Close the vote?' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && (d as HTMLDialogElement).open)).toBe(true);

    // Tab and Shift+Tab never leave the dialog.
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    const vote = (await t.http.get(`/api/votes/${voteId}`).expect(200)).body as { status: string };
    expect(vote.status).toBe('open');
    await page.getByTestId('vote-open').waitFor();
    // Focus is back on the button that opened the dialog.
    expect(await close.evaluate((b) => b === document.activeElement)).toBe(true);

    // Esc cancels too; the page behind the dialog is inert while it is open.
    await page.keyboard.press('c');
    await dialog.waitFor();
    // showModal(): a modal dialog in the top layer, with the page behind it inert.
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(((await t.http.get(`/api/votes/${voteId}`).expect(200)).body as { status: string }).status).toBe(
      'open',
    );
  });

  it('puts nothing focusable behind the board: every Tab stop is on the board itself', async () => {
    const board = await pages.open(`/board?meeting=${meetingId}`, { width: 1920, height: 1080 });
    await board.getByTestId('board-question').waitFor();
    expect(await board.getByRole('main').count()).toBe(1);
    const stops: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await board.keyboard.press('Tab');
      const where = await board.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        const r = el.getBoundingClientRect();
        const inBoard = el.closest('[data-testid="board"]') !== null;
        const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
        return `${inBoard && visible ? 'board' : 'HIDDEN'}:${el.tagName}:${el.textContent?.trim().slice(0, 20)}`;
      });
      stops.push(where);
    }
    expect(stops.filter((s) => s.startsWith('HIDDEN'))).toEqual([]);
    expect(stops.some((s) => s.startsWith('board:A'))).toBe(true);
  });

  it('moves focus to the main landmark after a navigation', async () => {
    const page = await pages.open('/');
    await page.getByRole('heading', { name: /States Parties on/ }).waitFor();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Procedures' }).click();
    await page.getByRole('heading', { name: 'Procedures' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });

  it('offers to reload when a screen’s code cannot be downloaded, and the rest of the app still works', async () => {
    const page = await pages.open('/');
    await page.getByRole('heading', { name: /States Parties on/ }).waitFor();
    await page.route(/\/assets\/ProceduresPage-[^/]*\.js$/, (route) => route.abort());
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Procedures' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
    await alert.waitFor();
    expect(await alert.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);
    await screenshot(page, 'chunk-failed');
    // Another screen still opens.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Register' }).click();
    await page.getByRole('heading', { name: /States Parties on/ }).waitFor();
  });

  it('opens the sign-in slip as a modal dialog that Esc closes, giving focus back to its button', async () => {
    const desk = await pages.open(`/desk?meeting=${meetingId}&tab=delegations`, DESKTOP, {
      session: secretariat,
    });
    await desk.getByLabel('Find a delegation').fill('Norway');
    const issue = desk.getByTestId('delegation-row').getByRole('button', { name: /Issue code|Reissue/ });
    await issue.click();
    const slip = desk.getByRole('dialog', { name: 'Norway' });
    await slip.waitFor();
    expect(await slip.evaluate((d) => d.tagName === 'DIALOG' && (d as HTMLDialogElement).open)).toBe(true);
    expect(await slip.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await desk.keyboard.press('Escape');
    await slip.waitFor({ state: 'detached' });
    expect(
      await desk.evaluate(() => document.activeElement?.textContent?.match(/Issue code|Reissue/) !== null),
    ).toBe(true);
  });
});
