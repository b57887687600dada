import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Choice, VoteSnapshot } from '@plenary/shared';
import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  assertClientBuilt,
  BrowserPages,
  expectAccessible,
  launchBrowser,
  screenshot,
} from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * The smallest State name the board may show, as a share of the screen's height (board.css,
 * --board-name-min): 2vh, 21.6 px on a 1920x1080 board. On a screen sized for a 20 m room (image
 * at least 1/6 of the distance high) a capital is then about 48 mm, 8 arc-minutes at 20 m.
 */
const NAME_MIN_VH = 2;

const SCREENS = [
  { name: '1080p', width: 1920, height: 1080 },
  { name: '4K', width: 3840, height: 2160 },
  { name: '720p', width: 1280, height: 720 },
];

/** Every State's name on the board: its computed size, and whether it shows whole. */
async function names(board: Page) {
  return board.locator('.board-state__name').evaluateAll((els) =>
    els.map((el) => ({
      name: el.textContent ?? '',
      px: parseFloat(getComputedStyle(el).fontSize),
      clipped: el.scrollWidth > el.clientWidth + 1,
    })),
  );
}

async function fitsScreen(board: Page): Promise<boolean> {
  return board.evaluate(() => {
    const el = document.querySelector('[data-testid="board"]')!;
    return el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;
  });
}

describe('the board for the back of the hall', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors);
  });
  afterEach(async () => {
    await pages.closePages(); // axe-core checks every page left open
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
  });

  it('tells present-not-voted from absent, counts entitled as present, and declares as UN records do, legibly on every screen', async () => {
    const meeting = await setUpMeeting(t, secretariat);
    const all = (await delegations(t, meeting.id)).filter((d) => d.standing === 'participant');
    expect(all).toHaveLength(161);
    // 142 present of 161: 19 absent.
    await checkIn(
      t,
      secretariat,
      all.slice(0, 142).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meeting.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meeting.id}/questions`)
        .set(bearer(president))
        .send({
          text: 'Adopt the draft decision on the Article 5 extension request of Angola',
          matter: 'other-substance',
        })
        .expect(201)
    ).body as { id: string };
    const vote = (
      await t.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;
    expect(vote.absent).toHaveLength(19);

    const board = await pages.open(`/board?meeting=${meeting.id}`, SCREENS[0]);
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    await board.getByTestId('board-absent').filter({ hasText: /^19$/ }).waitFor();
    expect(await board.getByTestId('board-not-voted').textContent()).toBe('142');
    expect(await board.locator('[data-choice="absent"]').count()).toBe(19);

    // 139 of the 142 present vote: 90 yes, 45 no, 4 abstain; then an absent State arrives and
    // votes yes (casting registers presence): 91 to 45, with 4 abstentions.
    const plan = (i: number): Choice => (i < 90 ? 'yes' : i < 135 ? 'no' : 'abstain');
    const voters = all.slice(0, 139);
    const tokens = await Promise.all(voters.map((d) => signInDelegation(t, secretariat, d.id)));
    await Promise.all(
      tokens.map((tok, i) =>
        t.http
          .post(`/api/votes/${vote.id}/ballots`)
          .set(bearer(tok))
          .send({ choice: plan(i), opId: randomUUID() })
          .expect(200),
      ),
    );
    const late = all[150];
    await t.http
      .post(`/api/votes/${vote.id}/ballots`)
      .set(bearer(await signInDelegation(t, secretariat, late.id)))
      .send({ choice: 'yes', opId: randomUUID() })
      .expect(200);
    await board.getByTestId('board-yes').filter({ hasText: /^91$/ }).waitFor({ timeout: 15000 });
    await board.getByTestId('board-absent').filter({ hasText: /^18$/ }).waitFor();
    expect(await board.getByTestId('board-not-voted').textContent()).toBe('3');
    expect(await board.getByTestId(`board-state-${late.stateIso3}`).getAttribute('data-choice')).toBe('yes');
    const stillAway = all[160];
    expect(await board.getByTestId(`board-state-${stillAway.stateIso3}`).getAttribute('data-choice')).toBe(
      'absent',
    );

    // The console says the same: entitled = present and eligible, present-not-voted apart from absent.
    const consolePage = await pages.open(`/console?meeting=${meeting.id}`, SCREENS[0], {
      session: president,
    });
    await consolePage
      .getByTestId('console-entitled')
      .filter({ hasText: '143 States Parties present' })
      .waitFor();
    expect(await consolePage.getByTestId('console-not-voted-total').textContent()).toBe('3');
    expect(await consolePage.getByTestId('console-absent-total').textContent()).toBe('18');
    // axe on both screens while the vote is open (one "Quorum" landmark, names that match labels).
    await expectAccessible(consolePage, pageErrors);
    await expectAccessible(board, pageErrors);

    const closed = (
      await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200)
    ).body as { vote: VoteSnapshot };
    expect(closed.vote.result).toMatchObject({ outcome: 'adopted', yes: 91, no: 45, abstain: 4 });
    const sentence = 'The draft decision was adopted by 91 votes to 45, with 4 abstentions.';
    await board.getByTestId('board-outcome-sentence').filter({ hasText: sentence }).waitFor();
    const outcome = (await board.getByTestId('board-outcome').textContent())!;
    expect(outcome).toContain('ADOPTED');
    expect(outcome).toContain(closed.vote.result!.explanation);
    expect(closed.vote.result!.explanation).toMatch(
      /two-thirds requires 91 \(3 × 91 = 273 ≥ 2 × 136 = 272\)/,
    );
    await consolePage.getByTestId('console-outcome-sentence').filter({ hasText: sentence }).waitFor();

    // After the vote the outcome is the largest type on the board.
    const sizes = await board.evaluate(() => {
      const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return {
        outcome: px('.board-outcome__title'),
        question: px('.board-question__text'),
        totals: px('.board-total dd'),
        names: px('.board-state__name'),
      };
    });
    expect(sizes.outcome).toBeGreaterThan(Math.max(sizes.question, sizes.totals, sizes.names));

    // Every name, on every screen: at least the minimum size, whole, and the board needs no scrolling.
    for (const screen of SCREENS) {
      await board.setViewportSize({ width: screen.width, height: screen.height });
      await board.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await screenshot(board, `board-hall-${screen.name}`);
      const shown = await names(board);
      expect(shown).toHaveLength(161);
      const min = (NAME_MIN_VH / 100) * screen.height;
      const smallest = Math.min(...shown.map((n) => n.px));
      console.log(`board ${screen.name}: names ${smallest.toFixed(1)} px (minimum ${min.toFixed(1)} px)`);
      expect({ screen: screen.name, legible: smallest >= min - 0.05 }).toEqual({
        screen: screen.name,
        legible: true,
      });
      expect(shown.filter((n) => n.clipped).map((n) => n.name)).toEqual([]);
      expect({ screen: screen.name, fits: await fitsScreen(board) }).toEqual({
        screen: screen.name,
        fits: true,
      });
    }

    // "Large type" really scales the board: bigger type, names never under the minimum.
    await board.setViewportSize({ width: 1920, height: 1080 });
    const before = await board.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.board')!).fontSize),
    );
    await board.goto(`${t.baseUrl}/board?meeting=${meeting.id}&projector=1`);
    await board.getByTestId('board-outcome').waitFor();
    const after = await board.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('.board')!).fontSize),
    );
    expect(after).toBeGreaterThanOrEqual(before * 1.25);
    expect(Math.min(...(await names(board)).map((n) => n.px))).toBeGreaterThanOrEqual(21.6 - 0.05);
    await board.goto(`${t.baseUrl}/board?meeting=${meeting.id}&projector=0`);
    await board.getByTestId('board-outcome').waitFor();
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    const shot = await screenshot(board, 'board-after-vote');
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(shot, join(DOCS_SCREENSHOTS, 'board.png'));
  }, 300_000); // 141 delegations sign in and vote

  it('says only "no decision" when the quorum failed, on the board and the console', async () => {
    const meeting = await setUpMeeting(t, secretariat, { number: 24 });
    const all = (await delegations(t, meeting.id)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.slice(0, 81).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meeting.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meeting.id}/questions`)
        .set(bearer(president))
        .send({ text: 'Adjourn the debate on the item', matter: 'procedural' })
        .expect(201)
    ).body as { id: string };
    const vote = (
      await t.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;
    for (const [i, choice] of (['yes', 'no'] as Choice[]).entries())
      await t.http
        .post(`/api/votes/${vote.id}/ballots`)
        .set(bearer(await signInDelegation(t, secretariat, all[i].id)))
        .send({ choice, opId: randomUUID() })
        .expect(200);
    // Two delegations leave: 79 present, the quorum of 81 is lost before the close.
    for (const d of all.slice(79, 81))
      await t.http
        .put(`/api/delegations/${d.id}/presence`)
        .set(bearer(secretariat))
        .send({ present: false })
        .expect(200);
    const closed = (
      await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200)
    ).body as { vote: VoteSnapshot };
    expect(closed.vote.result!.outcome).toBe('no-quorum');
    expect(closed.vote.result!.explanation).not.toMatch(/\b(rejected|adopted|tie)\b/i);

    const board = await pages.open(`/board?meeting=${meeting.id}`, SCREENS[0]);
    const banner = board.getByTestId('board-outcome');
    await banner.waitFor();
    const text = (await banner.textContent())!;
    expect(text).toContain('NO DECISION');
    expect(text).toContain('No decision was taken: the quorum was not present when the vote closed');
    expect(text).not.toMatch(/\b(rejected|adopted|tie)\b/i);

    const consolePage = await pages.open(`/console?meeting=${meeting.id}`, SCREENS[0], {
      session: president,
    });
    const declaration = consolePage.getByTestId('declaration');
    await declaration.waitFor();
    const said = (await declaration.textContent())!;
    expect(said).toContain('No decision was taken');
    expect(said).not.toMatch(/\b(rejected|adopted|tie)\b/i);
  });
});
