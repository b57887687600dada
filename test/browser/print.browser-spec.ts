import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Choice, VoteSnapshot } from '@plenary/shared';
import type { Page } from 'playwright-core';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, DESKTOP, launchBrowser, SCREENSHOT_DIR } from '../support/browser';
import { pdfFacts } from '../support/pdf';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

/**
 * Every screen prints what it shows (issue #14 item 7): Chromium prints each to PDF, in the dark
 * colour scheme too (where light text on unprinted backgrounds made blank pages), and the PDF
 * must hold text dark enough to read on paper. The President's declaration prints on one page.
 */
describe('printing every screen', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let delegationToken: string;
  const pageErrors: Error[] = [];

  async function print(page: Page, name: string) {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    mkdirSync(join(SCREENSHOT_DIR, '..', 'pdf'), { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, '..', 'pdf', `${name}.pdf`), pdf);
    const facts = pdfFacts(pdf);
    console.log(`print ${name}: ${pdf.length} bytes, ${JSON.stringify(facts)}`);
    await page.emulateMedia({ media: 'screen' });
    return facts;
  }

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors);
    const meeting = await setUpMeeting(t, secretariat);
    meetingId = meeting.id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.slice(0, 120).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
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
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;
    const plan: Choice[] = ['yes', 'yes', 'yes', 'no', 'abstain'];
    const tokens = await Promise.all(all.slice(0, 5).map((d) => signInDelegation(t, secretariat, d.id)));
    delegationToken = tokens[0];
    for (const [i, tok] of tokens.entries())
      await t.http
        .post(`/api/votes/${vote.id}/ballots`)
        .set(bearer(tok))
        .send({ choice: plan[i], opId: randomUUID() })
        .expect(200);
    await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200);
  });
  afterEach(async () => {
    await pages.closePages(); // axe-core checks every page left open
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
  });

  for (const colorScheme of ['dark', 'light'] as const) {
    it(`prints the board, the pad, the console, the desk, the register and the procedures with readable text (${colorScheme} scheme)`, async () => {
      const screens: { name: string; path: string; ready: string; session?: string }[] = [
        { name: 'board', path: `/board?meeting=${meetingId}`, ready: 'board-outcome' },
        { name: 'pad', path: '/vote', ready: 'vote-outcome', session: delegationToken },
        { name: 'console', path: `/console?meeting=${meetingId}`, ready: 'declaration', session: president },
        {
          name: 'desk',
          path: `/desk?meeting=${meetingId}&tab=delegations`,
          ready: 'register-all',
          session: secretariat,
        },
        { name: 'register', path: '/', ready: 'states-table' },
        // The list, not the header's live badge: the badge shows before the register has loaded.
        { name: 'procedures', path: '/procedures', ready: 'proposal-list' },
      ];
      for (const s of screens) {
        const page = await pages.open(s.path, DESKTOP, { colorScheme, session: s.session });
        await page.getByTestId(s.ready).first().waitFor();
        const facts = await print(page, `${s.name}-${colorScheme}`);
        expect({ screen: s.name, pages: facts.pages > 0 }).toEqual({ screen: s.name, pages: true });
        expect({ screen: s.name, readable: facts.darkTextRuns >= 10 }).toEqual({
          screen: s.name,
          readable: true,
        });
        if (s.name === 'console') expect(facts.pages).toBe(1); // the President's declaration, on one page
      }
    });
  }
});
