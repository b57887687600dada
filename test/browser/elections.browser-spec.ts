import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ElectionView } from '@plenary/shared';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, DESKTOP, launchBrowser, screenshot } from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';
import { until } from '../support/wait';

const D = '2026-03-02';

describe('an election in Chromium: the President’s panel, delegations’ ballots, the board', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date(`${D}T09:00:00Z`)) });
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors, { colorScheme: 'light' });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
    expect(pageErrors).toEqual([]);
  });

  it('puts an election, takes ballots on the pads, counts two rounds and shows the arithmetic on the board', async () => {
    const meetingId = (await setUpMeeting(t, secretariat)).id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const byIso = (iso3: string) => all.find((d) => d.stateIso3 === iso3)!;

    // ---- The President puts the election from the console. ----
    const consolePage = await pages.open(`/console?meeting=${meetingId}`, DESKTOP, { session: president });
    const panel = consolePage.getByRole('region', { name: 'Elections' });
    await panel.getByRole('button', { name: 'New election' }).click();
    await panel.getByLabel('Title').fill('Election of the President of the Twenty-Third Meeting');
    await panel
      .getByLabel('Candidates')
      .fill('BRA Ambassador Ana Alves\nNOR Ambassador Bo Berg\nTHA Ambassador Chen Cai');
    await panel.getByLabel('Term from').fill(D);
    await panel.getByRole('button', { name: 'Put the election' }).click();
    await panel.getByTestId('election-card').waitFor();
    await panel.getByText('The meeting proceeds to a secret ballot').waitFor();
    const [election] = (await t.http.get(`/api/meetings/${meetingId}/elections`).expect(200))
      .body as ElectionView[];

    const board = await pages.open(`/board?meeting=${meetingId}`);
    await board.getByTestId('board').waitFor();

    // ---- Three delegations vote on their phones; seven more over the API. ----
    const padStates = ['AGO', 'ALB', 'DZA'];
    const pads: Page[] = [];
    for (const iso3 of padStates) {
      const token = await signInDelegation(t, secretariat, byIso(iso3).id);
      pads.push(await pages.openOnPhone('/vote', { session: token }));
    }
    await panel.getByRole('button', { name: 'Open the first ballot' }).click();
    await panel.getByText('First ballot in progress').waitFor();
    for (const pad of pads) await pad.getByTestId('election-ballot').waitFor();
    // A ballot names at most the places left: a second name is not offered.
    await pads[0].getByLabel('Ambassador Ana Alves (Brazil)').check();
    expect(await pads[0].getByLabel('Ambassador Bo Berg (Norway)').isDisabled()).toBe(true);
    await screenshot(pads[0], 'election-ballot');
    await pads[0].getByRole('button', { name: 'Cast the ballot' }).click();
    await pads[1].getByLabel('Ambassador Ana Alves (Brazil)').check();
    await pads[1].getByRole('button', { name: 'Cast the ballot' }).click();
    await pads[2].getByRole('button', { name: 'Cast a blank ballot (abstention)' }).click();
    for (const pad of pads) await pad.getByTestId('ballot-recorded').waitFor();

    const others = all.filter((d) => !padStates.includes(d.stateIso3!)).slice(0, 7);
    const apiTokens = await Promise.all(others.map((d) => signInDelegation(t, secretariat, d.id)));
    const round1 = ['P-BRA', 'P-BRA', 'P-NOR', 'P-NOR', 'P-NOR', 'P-THA', 'P-THA'];
    await Promise.all(
      apiTokens.map((tok, i) =>
        t.http
          .post(`/api/elections/${election.id}/ballots`)
          .set(bearer(tok))
          .send({ round: 1, marks: [round1[i]], opId: randomUUID() })
          .expect(200),
      ),
    );
    await board.getByText('10 of 161 delegations have voted').waitFor();
    await panel.getByRole('button', { name: /Close the first ballot and count \(10 of 161 voted\)/ }).click();

    // Round 1: Brazil 4, Norway 3, Thailand 2, one abstention: 9 present and voting, majority 5.
    const results = board.getByTestId('round-1');
    await results.getByText('Required majority', { exact: true }).waitFor();
    const line = (label: string) =>
      results.locator('.round-results__line', { has: board.getByText(label, { exact: true }) }).locator('dd');
    expect(await line('Number of ballot papers').textContent()).toBe('10');
    expect(await line('Abstentions').textContent()).toBe('1');
    expect(await line('Number of States Parties present and voting').textContent()).toBe('9');
    expect(await line('Required majority').textContent()).toBe('5');
    await board.getByText('No candidate obtained the required majority.').waitFor();
    await board
      .getByText(
        'In accordance with the rules, a restricted ballot is held between Ambassador Ana Alves (Brazil) and Ambassador Bo Berg (Norway) for 1 place.',
      )
      .waitFor();
    const shot = await screenshot(board, 'election-board');
    // The README's picture of an election round on the board.
    mkdirSync(join(__dirname, '..', '..', 'docs', 'screenshots'), { recursive: true });
    copyFileSync(shot, join(__dirname, '..', '..', 'docs', 'screenshots', 'election-board.png'));

    // ---- Round 2, restricted: Brazil 6, Norway 4. ----
    await panel.getByRole('button', { name: 'Open the second ballot' }).click();
    for (const pad of pads)
      await pad.getByTestId('election-ballot').getByText('Second ballot (restricted)').waitFor();
    // Thailand is no longer on the ballot.
    expect(await pads[0].getByLabel('Ambassador Chen Cai (Thailand)').count()).toBe(0);
    for (const [i, pad] of pads.entries()) {
      await pad.getByLabel(i < 2 ? 'Ambassador Ana Alves (Brazil)' : 'Ambassador Bo Berg (Norway)').check();
      await pad.getByRole('button', { name: 'Cast the ballot' }).click();
      await pad.getByTestId('ballot-recorded').waitFor();
    }
    const round2 = ['P-BRA', 'P-BRA', 'P-BRA', 'P-BRA', 'P-NOR', 'P-NOR', 'P-NOR'];
    await Promise.all(
      apiTokens.map((tok, i) =>
        t.http
          .post(`/api/elections/${election.id}/ballots`)
          .set(bearer(tok))
          .send({ round: 2, marks: [round2[i]], opId: randomUUID() })
          .expect(200),
      ),
    );
    await until('the console to see 10 ballots', () =>
      panel.getByRole('button', { name: /\(10 of 161 voted\)/ }).isVisible(),
    );
    await panel.getByRole('button', { name: /Close the second ballot/ }).click();
    await board
      .getByText(
        'Having obtained the required majority, Ambassador Ana Alves (Brazil) was elected President.',
      )
      .waitFor();
    await screenshot(board, 'election-board-elected');
    await panel.getByText('Ambassador Ana Alves (Brazil) is elected President.').waitFor();
    await screenshot(consolePage, 'election-console', { fullPage: true });

    // ---- The officeholders page shows the new President. ----
    const offices = await pages.open(`/officeholders`);
    await offices.getByTestId('officeholders').waitFor();
    // Dates as the screen's language writes them (useFormat).
    await offices.getByText('Ambassador Ana Alves (Brazil), from 2 March 2026').waitFor();
    // The Coordinating Committee, derived: the new President in the chair.
    await offices
      .getByTestId('coordinating-committee')
      .getByText('Ambassador Ana Alves (Brazil) · President')
      .waitFor();
    await screenshot(offices, 'officeholders');
  });
});
