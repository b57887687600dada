import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FloorView } from '@plenary/shared';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, DESKTOP, launchBrowser, screenshot } from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';
import { until } from '../support/wait';

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * Issue 11 in Chromium: the President runs the floor from the console, three delegations ask for
 * it from their pads (one raises a point of order), and the board shows the speaker, the clock
 * and the next speakers. The board's picture goes to docs/screenshots/board-floor.png.
 */
describe('the floor in Chromium: console, pads and board', () => {
  const start = new Date('2026-03-02T09:00:00Z');
  const clock = new FixedClock(start);
  let t: TestApp;
  let pages: BrowserPages;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock });
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
  });

  it('runs a list of speakers with a point of order from the console; the board shows the speaker', async () => {
    const secretariat = await staffToken(t, 'secretariat');
    const president = await staffToken(t, 'president');
    const meeting = await setUpMeeting(t, secretariat);
    const all = (await delegations(t, meeting.id)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meeting.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    await t.http
      .put(`/api/meetings/${meeting.id}/floor/settings`)
      .set(bearer(secretariat))
      .send({ speakingTimeMs: 300_000 })
      .expect(200);
    const speakers = ['NOR', 'CHE', 'AUT', 'MEX', 'ZAF'].map((iso3) =>
      all.find((d) => d.stateIso3 === iso3)!,
    );

    const console = await pages.open(`/console?meeting=${meeting.id}`, DESKTOP, { session: president });
    const panel = console.getByTestId('floor-panel');
    await panel.waitFor();
    await console.getByTestId('floor-item').selectOption(meeting.agenda[1].id);
    // Before the list is open, a disabled action says why and names its rule.
    await expect(console.getByTestId('floor-next-why').textContent()).resolves.toMatch(
      /list of speakers: DOMAIN\.md §7; GA rule 68/,
    );
    await console.getByTestId('floor-openList').click();
    await console.getByTestId('floor-closeList').waitFor();

    // Three pads, three delegations, each in its own browser context, ask for the floor; the third
    // withdraws and asks again; the secretariat inscribes two delegations without a device.
    const pads = [];
    for (const d of speakers.slice(0, 3)) {
      const pad = await pages.openOnPhone('/vote', { session: await signInDelegation(t, secretariat, d.id) });
      await pad.getByTestId('pad-request').click();
      await pad
        .getByTestId('pad-floor-place')
        .filter({ hasText: `Place ${pads.length + 1}` })
        .waitFor();
      pads.push(pad);
    }
    await pads[2].getByTestId('pad-withdraw').click();
    await pads[2].getByTestId('pad-floor-place').filter({ hasText: 'Not on the list' }).waitFor();
    await pads[2].getByTestId('pad-request').click();
    await pads[2].getByTestId('pad-floor-place').filter({ hasText: 'Place 3' }).waitFor();
    for (const d of speakers.slice(3)) {
      await t.http
        .post(`/api/meetings/${meeting.id}/agenda/${meeting.agenda[1].id}/floor`)
        .set(bearer(secretariat))
        .send({ action: 'add-speaker', delegationId: d.id })
        .expect(200);
    }
    await console.getByTestId('floor-queue-name').nth(4).waitFor();
    expect(await console.getByTestId('floor-queue-name').allTextContents()).toEqual(
      speakers.map((d) => d.name),
    );

    // N on the keyboard: nobody is speaking yet, so the floor goes at once.
    await console.locator('body').press('n');
    await console.getByTestId('floor-speaker-name').filter({ hasText: speakers[0].name }).waitFor();
    await pads[0].getByText('You have the floor').waitFor();
    await pads[0].getByTestId('floor-clock').filter({ hasText: 'left' }).waitFor();
    await pads[1].getByTestId('pad-floor-place').filter({ hasText: 'Place 1' }).waitFor();
    await pads[2].getByTestId('pad-floor-place').filter({ hasText: 'Place 2' }).waitFor();

    // A point of order from the second pad interrupts: the console rules on it.
    await pads[1].getByTestId('pad-po').click();
    await console.getByTestId('floor-po').waitFor();
    await console.getByTestId('floor-ruling').fill('The speaker is in order.');
    // A shortcut typed inside an input is text, not an action.
    await console.getByTestId('floor-ruling').press('n');
    expect(await console.locator('dialog[open]').count()).toBe(0);
    await console.getByTestId('floor-ruling').fill('The speaker is in order.');
    await console.getByTestId('floor-rule').click();
    await console.getByTestId('floor-po').waitFor({ state: 'detached' });
    await console.getByTestId('floor-clock-toggle').filter({ hasText: 'Resume' }).click();
    await console.getByTestId('floor-clock-toggle').filter({ hasText: 'Stop the clock' }).waitFor();
    const floor = (await t.http.get(`/api/meetings/${meeting.id}/floor`).expect(200)).body as FloorView;
    expect(floor.state.rulings[0]).toMatchObject({
      status: 'final',
      outcome: 'stands',
      ruling: 'The speaker is in order.',
    });

    // The console moves a motion for closure of the debate on behalf of the fourth delegation.
    await console.getByTestId('floor-move-motion').locator('summary').click();
    await console.getByTestId('floor-mover').selectOption(speakers[3].id);
    await console.getByTestId('floor-motion-kind').selectOption('close-debate');
    await console.getByTestId('floor-move').click();
    await console.getByTestId('floor-motion').filter({ hasText: 'close the debate' }).waitFor();
    // Nobody has explained a vote: the button says which rule keeps it shut.
    await expect(console.getByTestId('floor-eov-next-why').textContent()).resolves.toMatch(
      /explanations of vote: DOMAIN\.md §7/,
    );

    // Two and a half minutes into the speech, the room sees it.
    clock.set(new Date(start.getTime() + 150_000));
    const board = await pages.open(`/board?meeting=${meeting.id}`);
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    await board.getByTestId('board-floor').getByText(speakers[0].name).waitFor();
    expect(await board.getByTestId('board-next').locator('li').allTextContents()).toEqual(
      speakers.slice(1, 4).map((d) => d.name),
    );
    await board.getByTestId('board-motions').filter({ hasText: 'close the debate' }).waitFor();
    await until('the board’s clock shows the time used', async () =>
      /^0[2-3]:\d\d/.test((await board.getByTestId('floor-clock').textContent()) ?? ''),
    );
    const boardPath = await screenshot(board, 'board-floor');
    await screenshot(console, 'console-floor', { fullPage: true });
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(boardPath, join(DOCS_SCREENSHOTS, 'board-floor.png'));

    // M takes up the motion, after confirming (it ends the speech); the next speaker waits for it.
    await console.locator('body').press('m');
    await console.locator('dialog[open]').waitFor();
    await console.keyboard.press('Enter');
    await console.getByTestId('floor-motion').filter({ hasText: 'debating' }).waitFor();
    await expect(console.getByTestId('floor-next-why').textContent()).resolves.toMatch(/GA rule 77/);
    await pads[0].getByText('You have the floor').waitFor({ state: 'detached' });

    // The pad that withdrew and asked again is still in its place; the board shows it next.
    await pads[2].getByTestId('pad-floor-place').filter({ hasText: 'Place 2' }).waitFor();
    await pages.closePages();
    expect(pageErrors).toEqual([]);
  });
});
