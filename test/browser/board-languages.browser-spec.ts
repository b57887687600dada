import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Choice, VoteSnapshot } from '@plenary/shared';
import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  assertClientBuilt,
  axeViolations,
  BrowserPages,
  launchBrowser,
  screenshot,
} from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

const BOARD = { width: 1920, height: 1080 };
const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * Accessibility in every language (issue #16, item 5): the public board after a recorded vote,
 * in Arabic (right to left) and in Chinese, with `lang` and `dir` on the document, Western digits,
 * and no axe-core violation. The Arabic board's picture is docs/screenshots/board-ar.png.
 */
describe('the board in Arabic and Chinese', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let meetingId: string;
  let result: NonNullable<VoteSnapshot['result']>;
  const pageErrors: Error[] = [];

  /** The board as a device set to `lang` opens it: the language this device chose. */
  async function boardIn(lang: string): Promise<Page> {
    const board = await pages.open(`/board?meeting=${meetingId}`, BOARD);
    await board.evaluate((l) => window.localStorage.setItem('plenary.lang', l), lang);
    await board.reload();
    await board.getByTestId('board-outcome').waitFor();
    // Live in the room (whatever the language calls it), so the picture shows the board at rest.
    await board.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 15_000 });
    return board;
  }

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    const secretariat = await staffToken(t, 'secretariat');
    const president = await staffToken(t, 'president');
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors);

    meetingId = (await setUpMeeting(t, secretariat)).id;
    const present = (await delegations(t, meetingId))
      .filter((d) => d.standing === 'participant')
      .slice(0, 100);
    await checkIn(
      t,
      secretariat,
      present.map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const question = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({
          text: 'Adopt the draft decision on the Committee on Cooperative Compliance',
          matter: 'other-substance',
        })
        .expect(201)
    ).body as { id: string };
    const vote = (
      await t.http
        .post(`/api/questions/${question.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;
    // 50 of the 100 present (a quorum) vote: 36 yes, 10 no, 4 abstain.
    const plan = (i: number): Choice => (i < 36 ? 'yes' : i < 46 ? 'no' : 'abstain');
    const tokens = await Promise.all(present.slice(0, 50).map((d) => signInDelegation(t, secretariat, d.id)));
    await Promise.all(
      tokens.map((tok, i) =>
        t.http
          .post(`/api/votes/${vote.id}/ballots`)
          .set(bearer(tok))
          .send({ choice: plan(i), opId: randomUUID() })
          .expect(200),
      ),
    );
    result = (
      (await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200)).body as {
        vote: VoteSnapshot;
      }
    ).vote.result!;
  });
  afterEach(async () => {
    await pages.closePages();
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
  });

  it.each([
    ['ar', 'ar', 'rtl'],
    ['zh', 'zh-CN', 'ltr'],
  ])(
    'shows the recorded vote in %s (lang %s, %s), Western digits, no axe violation',
    async (lang, tag, dir) => {
      const board = await boardIn(lang);
      expect(
        await board.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual([tag, dir]);
      // The API's totals, in the digits UN documents use in every language.
      expect(await board.getByTestId('board-yes').textContent()).toBe(String(result.yes));
      expect(await board.getByTestId('board-no').textContent()).toBe(String(result.no));
      expect(await board.getByTestId('board-abstain').textContent()).toBe(String(result.abstain));
      expect([result.yes, result.no, result.abstain]).toEqual([36, 10, 4]);
      // Right to left lays the board out from the right: the first light sits right of the last.
      const lights = board.locator('[data-testid^="board-state-"]');
      const first = (await lights.first().boundingBox())!;
      const last = (await lights.last().boundingBox())!;
      if (dir === 'rtl') expect(first.x).toBeGreaterThan(last.x);
      else expect(first.x).toBeLessThan(last.x);
      expect(await axeViolations(board)).toEqual([]);
      const shot = await screenshot(board, `board-${lang}`);
      if (lang === 'ar') {
        mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
        copyFileSync(shot, join(DOCS_SCREENSHOTS, 'board-ar.png'));
      }
    },
  );
});
