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
    await console.getByTestId('floor-open').click();

    // Three pads ask for the floor; the secretariat inscribes two delegations without a device.
    const pads = [];
    for (const d of speakers.slice(0, 3)) {
      const pad = await pages.openOnPhone('/vote', { session: await signInDelegation(t, secretariat, d.id) });
      await pad.getByTestId('pad-request').click();
      await pad.getByTestId('pad-floor-place').filter({ hasText: 'Place' }).waitFor();
      pads.push(pad);
    }
    for (const d of speakers.slice(3)) {
      await t.http
        .post(`/api/meetings/${meeting.id}/agenda/${meeting.agenda[1].id}/floor`)
        .set(bearer(secretariat))
        .send({ action: 'add-speaker', delegationId: d.id })
        .expect(200);
    }
    await console.getByTestId('floor-queue').locator('li').nth(4).waitFor();
    expect(await console.getByTestId('floor-queue').locator('li').allTextContents()).toEqual(
      speakers.map((d) => d.name),
    );

    await console.getByTestId('floor-next').click();
    await console.getByTestId('floor-speaker-name').filter({ hasText: speakers[0].name }).waitFor();
    await pads[0].getByText('You have the floor').waitFor();
    await pads[1].getByTestId('pad-floor-place').filter({ hasText: 'Place 1' }).waitFor();

    // A point of order from the second pad interrupts: the console rules on it.
    await pads[1].getByTestId('pad-po').click();
    await console.getByTestId('floor-po').waitFor();
    await console.getByTestId('floor-ruling').fill('The speaker is in order.');
    await console.getByRole('button', { name: 'Rule', exact: true }).click();
    await console.getByTestId('floor-po').waitFor({ state: 'detached' });
    await console.getByRole('button', { name: 'Resume' }).click();
    await console.getByRole('button', { name: 'Stop the clock' }).waitFor();
    const floor = (await t.http.get(`/api/meetings/${meeting.id}/floor`).expect(200)).body as FloorView;
    expect(floor.state.rulings[0]).toMatchObject({
      status: 'final',
      outcome: 'stands',
      ruling: 'The speaker is in order.',
    });

    // Two and a half minutes into the speech, the room sees it.
    clock.set(new Date(start.getTime() + 150_000));
    const board = await pages.open(`/board?meeting=${meeting.id}`);
    await board.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    await board.getByTestId('board-floor').getByText(speakers[0].name).waitFor();
    expect(await board.getByTestId('board-next').locator('li').allTextContents()).toEqual(
      speakers.slice(1, 4).map((d) => d.name),
    );
    await until('the board’s clock shows the time used', async () =>
      /^0[2-3]:\d\d/.test((await board.getByTestId('floor-clock').textContent()) ?? ''),
    );
    const boardPath = await screenshot(board, 'board-floor');
    await screenshot(console, 'console-floor', { fullPage: true });
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(boardPath, join(DOCS_SCREENSHOTS, 'board-floor.png'));
    expect(pageErrors).toEqual([]);
  });
});
