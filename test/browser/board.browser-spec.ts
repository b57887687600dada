import { randomUUID } from 'node:crypto';
import { renderOutcome, stateName, type Choice, type VoteSnapshot } from '@plenary/shared';
import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, linkPath, launchBrowser, screenshot } from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';
import { until } from '../support/wait';

const BOARD = { width: 1920, height: 1080 };

describe('public board and delegation pad in Chromium', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  const pageErrors: Error[] = [];

  const voteNow = async (voteId: string): Promise<VoteSnapshot> =>
    (await t.http.get(`/api/votes/${voteId}`).expect(200)).body as VoteSnapshot;

  /** Waits until the board shows the API's totals (tallies reach the room in batches). */
  async function expectBoardTotals(board: Page, voteId: string): Promise<VoteSnapshot> {
    let shown: (string | null)[] = [];
    let want: string[] = [];
    try {
      return await until(
        'the board to show the API totals',
        async () => {
          const api = await voteNow(voteId);
          shown = await Promise.all(
            ['yes', 'no', 'abstain', 'not-voted', 'absent'].map((k) =>
              board.getByTestId(`board-${k}`).textContent(),
            ),
          );
          // Not voted: those present apart from the absent (not checked in).
          const absent = api.absent!.length;
          const c = api.counts!;
          want = [c.yes, c.no, c.abstain, c.notVoted - absent, absent].map(String);
          return shown.join() === want.join() ? api : null;
        },
        { timeoutMs: 15_000, everyMs: 200 },
      );
    } catch (e) {
      expect(shown).toEqual(want);
      throw e;
    }
  }

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
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

  it('shows a recorded two-thirds vote live, light by light, and the outcome with the API’s arithmetic', async () => {
    const meeting = await setUpMeeting(t, secretariat);
    const all = (await delegations(t, meeting.id)).filter((d) => d.standing === 'participant');
    expect(all).toHaveLength(161);
    const norway = all.find((d) => d.stateIso3 === 'NOR')!;
    const others = all.filter((d) => d !== norway);
    await checkIn(
      t,
      secretariat,
      others.slice(0, 140).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meeting.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);

    // Between votes: the meeting and its quorum.
    const board = await pages.open(`/board?meeting=${meeting.id}`, BOARD);
    await board.getByTestId('quorum').waitFor();
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    await screenshot(board, 'board-between-votes');

    const question = (
      await t.http
        .post(`/api/meetings/${meeting.id}/questions`)
        .set(bearer(president))
        .send({
          text: 'Adopt the draft decision on the Committee on Cooperative Compliance',
          matter: 'other-substance',
        })
        .expect(201)
    ).body as { id: string; rule: string; ruleSource: string };
    expect(question.rule).toBe('two-thirds-present-voting');
    const vote = (
      await t.http
        .post(`/api/questions/${question.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;

    // The board follows: the question, its rule with its source, 161 dark lights.
    await board
      .getByTestId('board-question')
      .filter({ hasText: 'Committee on Cooperative Compliance' })
      .waitFor();
    expect(await board.getByTestId('board-rule').textContent()).toContain(question.ruleSource);
    expect(await board.locator('[data-testid^="board-state-"]').count()).toBe(161);
    // Norway is not checked in: absent, apart from the present that have not voted.
    expect(await board.getByTestId('board-state-NOR').getAttribute('data-choice')).toBe('absent');
    expect(await board.getByTestId(`board-state-${others[0].stateIso3}`).getAttribute('data-choice')).toBe(
      'none',
    );
    const fits = await board.evaluate(() => {
      const el = document.querySelector('[data-testid="board"]')!;
      return el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth;
    });
    expect(fits).toBe(true);

    // 120 other delegations vote: 90 yes, 20 no, 10 abstain.
    const plan = (i: number): Choice => (i < 90 ? 'yes' : i < 110 ? 'no' : 'abstain');
    const tokens = await Promise.all(others.slice(0, 120).map((d) => signInDelegation(t, secretariat, d.id)));
    await Promise.all(
      tokens.map((tok, i) =>
        t.http
          .post(`/api/votes/${vote.id}/ballots`)
          .set(bearer(tok))
          .send({ choice: plan(i), opId: randomUUID() })
          .expect(200),
      ),
    );
    await expectBoardTotals(board, vote.id);

    // Norway signs in on a phone with the one-time link issued with its code, and votes yes.
    const { signInUrl } = (
      await t.http.post(`/api/delegations/${norway.id}/sign-in-code`).set(bearer(secretariat)).expect(201)
    ).body as { signInUrl: string };
    const pad = await pages.openOnPhone(linkPath(signInUrl));
    await pad.waitForURL(/\/vote$/);
    await pad
      .getByTestId('vote-question')
      .filter({ hasText: 'Committee on Cooperative Compliance' })
      .waitFor();
    const yes = pad.getByTestId('vote-yes');
    expect((await yes.boundingBox())!.height).toBeGreaterThanOrEqual(64);
    await yes.click();
    await pad.getByTestId('vote-recorded').filter({ hasText: 'YES' }).waitFor();
    expect(await pad.getByTestId('vote-recorded').textContent()).toMatch(
      /Your vote: YES — recorded \d\d:\d\d:\d\d/,
    );
    await board.locator('[data-testid="board-state-NOR"][data-choice="yes"]').waitFor();
    let api = await expectBoardTotals(board, vote.id);
    expect(api.votes!.NOR).toBe('yes');
    await screenshot(pad, 'vote-pad-phone');
    await screenshot(board, 'board-live');

    // A change of mind: a single key never votes (shortcuts are off), a tap does.
    await pad.keyboard.press('n');
    expect(await pad.getByTestId('confirm-dialog').count()).toBe(0);
    await pad.getByTestId('vote-no').click();
    await pad.getByTestId('vote-recorded').filter({ hasText: 'NO' }).waitFor();
    await board.locator('[data-testid="board-state-NOR"][data-choice="no"]').waitFor();
    api = await expectBoardTotals(board, vote.id);
    expect(api.votes!.NOR).toBe('no');

    // The board loses its connection; a vote is cast meanwhile; it recovers by itself.
    await board.context().setOffline(true);
    await board.getByTestId('connection').filter({ hasNotText: 'Live' }).waitFor({ timeout: 15000 });
    const late = others[130];
    const lateToken = await signInDelegation(t, secretariat, late.id);
    await t.http
      .post(`/api/votes/${vote.id}/ballots`)
      .set(bearer(lateToken))
      .send({ choice: 'yes', opId: randomUUID() })
      .expect(200);
    await screenshot(board, 'board-offline');
    await board.context().setOffline(false);
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor({ timeout: 20000 });
    await board.locator(`[data-testid="board-state-${late.stateIso3}"][data-choice="yes"]`).waitFor();
    await expectBoardTotals(board, vote.id);

    // The President closes the vote: the board shows the API's result and arithmetic.
    const closed = (
      await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200)
    ).body as { vote: VoteSnapshot };
    const result = closed.vote.result!;
    await board.getByTestId('board-outcome').waitFor();
    const banner = (await board.getByTestId('board-outcome').textContent())!;
    expect(banner).toContain(result.explanation);
    expect(banner).toContain(result.outcome === 'adopted' ? 'ADOPTED' : 'REJECTED');
    expect(await board.getByTestId('board-yes').textContent()).toBe(String(result.yes));
    expect(await board.getByTestId('board-no').textContent()).toBe(String(result.no));
    expect(await board.getByTestId('board-abstain').textContent()).toBe(String(result.abstain));
    await screenshot(board, 'board-closed');

    // The pad shows the outcome and no longer offers the buttons.
    await pad
      .getByTestId('vote-outcome')
      .filter({
        hasText: renderOutcome('en', { ...result, outcome: result.outcome as 'adopted' | 'rejected' }),
      })
      .waitFor();
    expect(await pad.getByTestId('vote-yes').count()).toBe(0);
    await screenshot(pad, 'vote-pad-phone-closed');

    // The same board in the room's language (?lang=): Arabic right to left, then Chinese, each
    // with the outcome in its own words, the same figures and the States' names in that language.
    const outcome = { ...result, outcome: result.outcome as 'adopted' | 'rejected' };
    for (const [lang, live] of [
      ['ar', 'مباشر'],
      ['zh', '实时'],
    ] as const) {
      const room = await pages.open(`/board?meeting=${meeting.id}&lang=${lang}`, BOARD);
      await room.getByTestId('connection').filter({ hasText: live }).waitFor({ timeout: 20000 });
      await room
        .getByTestId('board-outcome-sentence')
        .filter({ hasText: renderOutcome(lang, outcome) })
        .waitFor();
      expect(await room.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect((await room.locator('html').getAttribute('lang'))?.split('-')[0]).toBe(lang);
      expect(await room.getByTestId('board-yes').textContent()).toBe(String(result.yes));
      expect(await room.getByTestId('board-no').textContent()).toBe(String(result.no));
      expect(await room.getByTestId('board-state-NOR').getAttribute('title')).toBe(stateName('NOR', lang));
      await screenshot(room, `board-closed-${lang}`);
    }
  });
});
