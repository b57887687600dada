import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  assertClientBuilt,
  BrowserPages,
  DESKTOP,
  linkPath,
  launchBrowser,
  screenshot,
  typeSignInCode,
} from '../support/browser';
import { bearer } from '../support/plenary';

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

type Delegation = { id: string; stateIso3: string | null; name: string; standing: string; present: boolean };

/** Six delegations vote from their own devices; Andorra first votes no, then changes to yes. */
const VOTERS: { iso3: string; first: 'yes' | 'no' | 'abstain'; final: 'yes' | 'no' | 'abstain' }[] = [
  { iso3: 'AGO', first: 'yes', final: 'yes' },
  { iso3: 'AFG', first: 'yes', final: 'yes' },
  { iso3: 'ALB', first: 'yes', final: 'yes' },
  { iso3: 'DZA', first: 'no', final: 'no' },
  { iso3: 'AND', first: 'no', final: 'yes' },
  { iso3: 'ATG', first: 'abstain', final: 'abstain' },
];

describe('a plenary in Chromium: desk, console, voting pads and board', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  const pageErrors: Error[] = [];

  /** The confirm dialog: checks it is a modal <dialog>, then confirms with Enter. */
  async function confirmWithEnter(page: Page): Promise<void> {
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors, { colorScheme: 'light' });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
    expect(pageErrors).toEqual([]);
  });

  it('runs a meeting from set-up to a declared two-thirds recorded vote, every screen agreeing with the API', async () => {
    // ---- The secretariat sets up the meeting. ----
    const desk = await pages.open('/desk', DESKTOP, { session: secretariat });
    await desk.waitForURL(/\/desk/);
    await desk.getByRole('heading', { name: 'Set up a meeting' }).waitFor();
    expect(await desk.getByTestId('rules-opening').locator('input').first().inputValue()).toBe('1');
    expect(await desk.getByTestId('rules-opening').locator('input').nth(1).inputValue()).toBe('3');

    // Inline messages come from the shared zod schema.
    await desk.getByRole('button', { name: 'Set up the meeting' }).click();
    await desk.getByText('Title must have at least 3 characters').waitFor();

    await desk.getByLabel('Number', { exact: true }).fill('23');
    await desk.getByLabel('Title', { exact: true }).fill('Twenty-Third Meeting of the States Parties');
    await desk.getByLabel('First day', { exact: true }).fill('2026-03-02');
    await desk.getByLabel('Last day', { exact: true }).fill('2026-03-06');
    await desk
      .getByLabel('Agenda', { exact: true })
      .fill(
        'Opening of the meeting\nAdoption of the agenda\nArticle 5 extension requests\nCommittee on Cooperative Compliance',
      );
    // The rules of procedure preview the quorum on the first day with the shared rule.
    await desk.getByTestId('rules-decision').getByText('81 of 161 States Parties').waitFor();
    await desk.getByRole('button', { name: 'Set up the meeting' }).click();
    await desk.waitForURL(/meeting=[0-9a-f-]{36}/);
    const meetingId = new URL(desk.url()).searchParams.get('meeting')!;
    expect(new URL(desk.url()).searchParams.get('tab')).toBe('delegations');

    // ---- Delegations: every State Party, credentials accepted. ----
    await desk.getByTestId('register-all').click();
    await desk.getByText(/161 States Parties registered with credentials accepted/).waitFor();
    expect(await desk.getByTestId('delegation-row').count()).toBe(161);
    const all = (await t.http.get(`/api/meetings/${meetingId}/delegations`).expect(200)).body as Delegation[];
    expect(all.filter((d) => d.standing === 'participant')).toHaveLength(161);

    // A sign-in slip issued at the desk, for Angola.
    await desk.getByLabel('Find a delegation').fill('Angola');
    await desk.getByTestId('delegation-row').getByTestId('issue-code').click();
    const slip = desk.getByTestId('sign-in-slip');
    await slip.waitFor();
    expect(await slip.getByRole('heading').textContent()).toBe('Angola');
    const angolaCode = (await desk.getByTestId('slip-code').textContent())!.trim();
    expect(angolaCode.length).toBeGreaterThan(4);
    await screenshot(desk, 'desk-slip');
    await slip.getByRole('button', { name: 'Close' }).click();
    await desk.getByLabel('Find a delegation').fill('');
    await desk.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk, 'desk');

    // ---- Check-in at the door, keyboard only. ----
    await desk.getByTestId('tab-presence').click();
    const search = desk.getByTestId('presence-search');
    await search.waitFor();
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    const typedNames: [string, string][] = [
      ['Angola', 'Angola'],
      ['AFG', 'Afghanistan'],
      ['ALB', 'Albania'],
      ['alg', 'Algeria'],
      ['AND', 'Andorra'],
    ];
    for (const [typed, name] of typedNames) {
      await desk.keyboard.type(typed);
      await desk.keyboard.press('Enter');
      await desk
        .getByTestId('presence-message')
        .filter({ hasText: `${name} checked in.` })
        .waitFor();
      // The text is selected after each toggle, so the next name replaces it.
      expect(await search.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(
        typed.length,
      );
    }
    // Arrows move, Enter checks in: Antigua and Barbuda is first for "ant" (names in other
    // languages that contain it, "Santa Sede" for the Holy See, follow).
    await desk.keyboard.type('ant');
    await desk.keyboard.press('ArrowDown');
    expect(await desk.locator('[role="option"][aria-selected="true"] .checkin__name').textContent()).toBe(
      'Holy See',
    );
    await desk.keyboard.press('ArrowUp');
    expect(await desk.locator('[role="option"][aria-selected="true"] .checkin__name').textContent()).toMatch(
      /^Antigua and Barbuda$/,
    );
    await desk.keyboard.press('Enter');
    await desk
      .getByTestId('presence-message')
      .filter({ hasText: 'Antigua and Barbuda checked in.' })
      .waitFor();
    await desk
      .getByTestId('presence-count')
      .filter({ hasText: /^6 States Parties/ })
      .waitFor();
    await desk
      .getByTestId('desk-quorum')
      .getByText(/^6 present of 54 required/)
      .waitFor();

    let q = (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body;
    expect(q.present).toBe(6);
    expect(q.decision.required).toBe(81);

    // The rest of the room arrives through the API, past the decision quorum of 81.
    const rest = all
      .filter((d) => d.standing === 'participant' && !VOTERS.some((v) => v.iso3 === d.stateIso3))
      .slice(0, 94);
    for (const d of rest)
      await t.http
        .put(`/api/delegations/${d.id}/presence`)
        .set(bearer(secretariat))
        .send({ present: true })
        .expect(200);
    q = (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body;
    expect(q.present).toBe(100);
    await desk
      .getByTestId('desk-quorum')
      .getByText(/^100 present of 81 required/)
      .waitFor();
    await desk.keyboard.press('Escape');
    await screenshot(desk, 'desk-presence');

    // ---- The President opens the meeting and puts a two-thirds question. ----
    const consolePage = await pages.open(`/console?meeting=${meetingId}`, DESKTOP, { session: president });
    await consolePage.waitForURL(/\/console\?meeting=/);
    await consolePage.getByTestId('session-open').click();
    await confirmWithEnter(consolePage);
    await consolePage.getByTestId('meeting-status').filter({ hasText: 'In session' }).waitFor();

    await consolePage.getByTestId('question-matter').selectOption('other-substance');
    expect(await consolePage.getByTestId('rule-sentence').locator('.rule-callout__rule').textContent()).toBe(
      'Two-thirds majority of States Parties present and voting — Rules of procedure (UN model)',
    );
    await consolePage.getByTestId('question-matter').selectOption('art13-amendment');
    expect(await consolePage.getByTestId('rule-sentence').locator('.rule-callout__rule').textContent()).toBe(
      'Two-thirds majority of States Parties present and voting — Convention, Article 13.4',
    );
    await consolePage.getByTestId('question-matter').selectOption('other-substance');
    await consolePage
      .getByTestId('question-text')
      .fill('Adopt the draft decision on the Committee on Cooperative Compliance');
    await consolePage
      .getByLabel('Agenda item', { exact: true })
      .selectOption({ label: '4. Committee on Cooperative Compliance' });
    await consolePage.getByTestId('put-question').click();
    await consolePage.getByTestId('pending-question').waitFor();
    expect(await consolePage.getByTestId('vote-method').inputValue()).toBe('recorded');

    // O opens the vote, after confirmation.
    await consolePage.locator('body').click({ position: { x: 5, y: 900 } });
    await consolePage.keyboard.press('o');
    await confirmWithEnter(consolePage);
    await consolePage.getByTestId('vote-open').waitFor();
    // Not voted yet: the 100 present; the 61 absent are listed apart.
    await consolePage.getByTestId('console-not-voted-total').filter({ hasText: /^100$/ }).waitFor();
    expect(await consolePage.getByTestId('console-absent-total').textContent()).toBe('61');

    // ---- Six delegations vote from their own devices. ----
    const pads: { iso3: string; page: Page }[] = [];
    for (const v of VOTERS) {
      const d = all.find((x) => x.stateIso3 === v.iso3)!;
      // Angola types the code from its slip; the others open the one-time link issued with theirs.
      let pad: Page;
      if (v.iso3 === 'AGO') {
        pad = await pages.openOnPhone('/signin');
        await typeSignInCode(pad, angolaCode);
      } else {
        const issued = (
          await t.http.post(`/api/delegations/${d.id}/sign-in-code`).set(bearer(secretariat)).expect(201)
        ).body as { signInUrl: string };
        pad = await pages.openOnPhone(linkPath(issued.signInUrl));
      }
      await pad.waitForURL(/\/vote/);
      await pad.getByTestId('vote-question').waitFor();
      pads.push({ iso3: v.iso3, page: pad });
    }
    await Promise.all(
      pads.map(async ({ iso3, page }) => {
        const v = VOTERS.find((x) => x.iso3 === iso3)!;
        await page.getByTestId(`vote-${v.first}`).click();
        await page.getByTestId('vote-recorded').filter({ hasText: v.first.toUpperCase() }).waitFor();
      }),
    );
    // Andorra changes its vote before the close.
    const andorra = pads.find((p) => p.iso3 === 'AND')!.page;
    await andorra.getByTestId('vote-yes').click();
    await andorra.getByTestId('vote-recorded').filter({ hasText: 'YES' }).waitFor();
    await screenshot(andorra, 'vote-pad');

    // ---- The console follows the vote live. ----
    await consolePage.getByTestId('console-yes').filter({ hasText: /^4$/ }).waitFor();
    expect(await consolePage.getByTestId('console-no').textContent()).toBe('1');
    expect(await consolePage.getByTestId('console-abstain').textContent()).toBe('1');
    expect(await consolePage.getByTestId('console-needed').textContent()).toMatch(
      /Present and voting 5 · yes needed now 4 · would be adopted/,
    );
    expect(await consolePage.getByTestId('console-not-voted-total').textContent()).toBe('94');
    const notVoted = await consolePage.getByTestId('console-not-voted').locator('li').allTextContents();
    expect(notVoted).toHaveLength(94);
    expect(notVoted).not.toContain('Angola');
    expect(notVoted).toContain('Belgium');
    await screenshot(consolePage, 'console-vote-open');

    // C closes, after confirmation; the result is declared.
    await consolePage.keyboard.press('c');
    await confirmWithEnter(consolePage);
    await consolePage.getByTestId('declaration').waitFor();
    const voteId = (
      (await t.http.get(`/api/meetings/${meetingId}/live`).expect(200)).body.vote as { id: string }
    ).id;
    const api = (await t.http.get(`/api/votes/${voteId}`).expect(200)).body;
    expect(api.status).toBe('closed');
    expect(api.result).toMatchObject({
      outcome: 'adopted',
      yes: 4,
      no: 1,
      abstain: 1,
      presentAndVoting: 5,
      required: 4,
    });
    expect(api.votes).toMatchObject({
      AGO: 'yes',
      AFG: 'yes',
      ALB: 'yes',
      DZA: 'no',
      AND: 'yes',
      ATG: 'abstain',
    });

    expect(await consolePage.getByTestId('console-outcome').textContent()).toBe('Adopted');
    expect(await consolePage.getByTestId('console-yes').textContent()).toBe(String(api.result.yes));
    expect(await consolePage.getByTestId('console-no').textContent()).toBe(String(api.result.no));
    expect(await consolePage.getByTestId('console-abstain').textContent()).toBe(String(api.result.abstain));
    expect(await consolePage.getByTestId('console-explanation').textContent()).toBe(api.result.explanation);
    expect(await consolePage.getByTestId('console-outcome-sentence').textContent()).toBe(
      'The draft decision was adopted by 4 votes to 1, with 1 abstention.',
    );
    expect(api.result.explanation).toMatch(/^Adopted: 4 yes of 5 present and voting; two-thirds requires 4/);
    await screenshot(consolePage, 'console-declared');

    // ---- The board in the room shows the same. ----
    const board = await pages.open(`/board?meeting=${meetingId}`);
    await board.getByTestId('board-outcome').waitFor();
    expect(await board.getByTestId('board-yes').textContent()).toBe(String(api.result.yes));
    expect(await board.getByTestId('board-no').textContent()).toBe(String(api.result.no));
    expect(await board.getByTestId('board-abstain').textContent()).toBe(String(api.result.abstain));
    // The screenshot shows the board as the room sees it: joined to the meeting, live.
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    const outcome = (await board.getByTestId('board-outcome').textContent())!;
    expect(outcome).toMatch(/ADOPTED/);
    expect(outcome).toContain(api.result.explanation);
    const boardPath = await screenshot(board, 'board');

    // The pad shows the declared outcome too.
    await andorra.getByTestId('vote-outcome').waitFor();

    // The record keeps the decision, filterable at the desk.
    await desk.getByTestId('tab-record').click();
    await desk.getByLabel('Kind').selectOption('decision.vote');
    await desk.getByText(api.result.explanation, { exact: false }).first().waitFor();

    // D moves the console on to the next question.
    await consolePage.keyboard.press('d');
    await consolePage.getByRole('heading', { name: 'Put a question' }).waitFor();

    // Both staff screens read on a phone, without sideways scrolling.
    const deskPhone = await pages.openOnPhone(`/desk?meeting=${meetingId}&tab=presence`, {
      session: secretariat,
    });
    await deskPhone.getByTestId('presence-search').waitFor();
    await deskPhone.getByTestId('quorum').waitFor();
    expect(
      await deskPhone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(deskPhone, 'desk-presence-phone');
    const consolePhone = await pages.openOnPhone(`/console?meeting=${meetingId}`, { session: president });
    await consolePhone.getByTestId('declaration').waitFor();
    expect(
      await consolePhone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await consolePhone.getByTestId('declaration').scrollIntoViewIfNeeded();
    await screenshot(consolePhone, 'console-phone');

    // The README's console screenshot is refreshed by every run (the board's and the phone pad's
    // by hall.browser-spec.ts and pad.browser-spec.ts).
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(join(boardPath, '..', 'console-declared.png'), join(DOCS_SCREENSHOTS, 'console.png'));
  });
});
