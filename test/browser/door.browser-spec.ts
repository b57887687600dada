import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { VoteSnapshot } from '@plenary/shared';
import type { Page } from 'playwright-core';
import { create } from 'qrcode';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, DESKTOP, launchBrowser, screenshot } from '../support/browser';
import { bearer, checkIn, delegations, setUpMeeting } from '../support/plenary';
import { until } from '../support/wait';

const DOCS_SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/** The SVG path QrCode.tsx draws for `text`, computed here from the same library. */
function qrPath(text: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
  return d;
}

describe('the door and the console in Chromium: check-in, search, slips, roll-call', () => {
  let t: TestApp;
  let pages: BrowserPages;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let all: { id: string; stateIso3: string | null; name: string }[];
  const pageErrors: Error[] = [];
  const present = async (iso3: string) =>
    (
      (await t.http.get(`/api/meetings/${meetingId}/delegations`).expect(200)).body as {
        stateIso3: string | null;
        present: boolean;
      }[]
    ).find((d) => d.stateIso3 === iso3)!.present;
  const selected = (page: Page) => page.locator('[role="option"][aria-selected="true"] .checkin__name');

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    pages = new BrowserPages(await launchBrowser(), t.baseUrl, pageErrors, { colorScheme: 'light' });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    all = await delegations(t, meetingId);
  });
  afterAll(async () => {
    await pages?.close();
    await t?.close();
    expect(pageErrors).toEqual([]);
  });

  it('door: Enter checks in, and Enter on a delegation present never checks it out', async () => {
    const desk = await pages.open(`/desk?tab=presence&meeting=${meetingId}`, DESKTOP, {
      session: secretariat,
    });
    const search = desk.getByTestId('presence-search');
    await search.waitFor();
    await desk.keyboard.type('Angola');
    await desk.keyboard.press('Enter');
    await desk.getByTestId('presence-message').filter({ hasText: 'Angola checked in.' }).waitFor();
    expect(await present('AGO')).toBe(true);

    // The old behaviour: a second Enter checked Angola out without a word.
    await desk.keyboard.type('Angola');
    await desk.keyboard.press('Enter');
    await desk.getByTestId('presence-message').filter({ hasText: 'Angola is already present' }).waitFor();
    expect(await present('AGO')).toBe(true);

    // Checking out is its own button, behind a confirmation; Escape and Cancel change nothing.
    const out = desk.getByTestId('presence-check-out');
    expect(await out.textContent()).toBe('Check out Angola…');
    await out.click();
    const dialog = desk.getByTestId('confirm-dialog');
    await dialog.getByText('Check Angola out?').waitFor();
    await desk.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await out.click();
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await desk.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await present('AGO')).toBe(true);
    await out.click();
    await dialog.getByRole('button', { name: 'Check out' }).click();
    await desk.getByTestId('presence-message').filter({ hasText: 'Angola checked out.' }).waitFor();
    expect(await present('AGO')).toBe(false);
  });

  it('door: finds States by common and former names, and "UK" finds the United Kingdom before Ukraine', async () => {
    const desk = await pages.open(`/desk?tab=presence&meeting=${meetingId}`, DESKTOP, {
      session: secretariat,
    });
    const search = desk.getByTestId('presence-search');
    await search.waitFor();
    const cases: [string, RegExp][] = [
      ['Turkey', /^Türkiye$/],
      ['UK', /^United Kingdom of Great Britain and Northern Ireland$/],
      ['DRC', /^Democratic Republic of the Congo$/],
      ['Ivory Coast', /^Côte d['’]Ivoire$/],
      ['Holland', /^Netherlands/],
      ['Swaziland', /^Eswatini$/],
      // The door shows the UN's name, whatever the register calls the State.
      ['Czech Republic', /^Czechia$/],
    ];
    for (const [typed, name] of cases) {
      await search.fill(typed);
      await until(`"${typed}" finds ${name}`, async () =>
        name.test((await selected(desk).textContent()) ?? ''),
      );
    }
    await search.fill('UK');
    const names = await desk.locator('[role="option"] .checkin__name').allTextContents();
    expect(names.indexOf('Ukraine')).toBeGreaterThan(0);
    // Enter on an alias checks the State in.
    await search.fill('Turkey');
    await desk.keyboard.press('Enter');
    await desk.getByTestId('presence-message').filter({ hasText: 'Türkiye checked in.' }).waitFor();
    expect(await present('TUR')).toBe(true);

    // The rest of the room arrives, past the decision quorum; the screenshot for the README.
    await checkIn(
      t,
      secretariat,
      all
        .filter((d) => d.stateIso3 && d.stateIso3 !== 'TUR')
        .slice(0, 99)
        .map((d) => d.id),
    );
    await desk.reload();
    await desk.getByTestId('presence-search').fill('UK');
    await desk
      .getByTestId('presence-count')
      .filter({ hasText: /^100 States Parties/ })
      .waitFor();
    await desk.getByText('Live', { exact: true }).waitFor();
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(await screenshot(desk, 'door'), join(DOCS_SCREENSHOTS, 'door.png'));
  });

  it('slips: issues codes to all at once and prints one slip per page, each QR code holding its sign-in link', async () => {
    // A small meeting of its own: six delegations, one already holding a code.
    const small = (
      await t.http
        .post('/api/meetings')
        .set(bearer(secretariat))
        .send({
          kind: 'msp',
          number: 24,
          title: 'Twenty-Fourth Meeting of the States Parties',
          venue: 'Geneva',
          startDate: '2026-03-02',
          endDate: '2026-03-06',
          agenda: ['Opening'],
        })
        .expect(201)
    ).body as { id: string };
    const ids: string[] = [];
    for (const iso3 of ['NOR', 'SWE', 'DNK', 'FIN', 'ISL', 'EST'])
      ids.push(
        (
          await t.http
            .post(`/api/meetings/${small.id}/delegations`)
            .set(bearer(secretariat))
            .send({ kind: 'state', stateIso3: iso3 })
            .expect(201)
        ).body.id,
      );
    await t.http.post(`/api/delegations/${ids[0]}/sign-in-code`).set(bearer(secretariat)).expect(201);

    const desk = await pages.open(`/desk?tab=delegations&meeting=${small.id}`, DESKTOP, {
      session: secretariat,
    });
    await desk.getByTestId('issue-all-codes').click();
    const sheet = desk.getByTestId('slip-sheet');
    await sheet.waitFor();
    await desk
      .getByTestId('bulk-note')
      .filter({ hasText: 'Codes issued to 5 delegations. 1 already had a code' })
      .waitFor();
    const cards = sheet.getByTestId('slip-card');
    expect(await cards.count()).toBe(5);

    // Each QR code is the slip link's, and the link carries the code printed beside it.
    const slips = await cards.evaluateAll((els) =>
      els.map((el) => ({
        code: el.querySelector('[data-testid="slip-card-code"]')!.textContent.replace(/-/g, ''),
        path: el.querySelector('svg[data-testid="qr"] path')!.getAttribute('d')!,
      })),
    );
    for (const s of slips) expect(s.path).toBe(qrPath(`${t.baseUrl}/signin#code=${s.code}`));

    // Printed: one page per slip, nothing else.
    const pdf = (await desk.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(5);

    // Hours later (every 15-minute link long gone), the slip's link signs the delegation in.
    const first = (await cards.first().getAttribute('data-delegation'))!;
    await t.http
      .put(`/api/delegations/${first}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'accepted' })
      .expect(200);
    await t.db.dataSource.query("UPDATE sign_in_links SET expires_at = now() - interval '5 hours'");
    const phone = await pages.openOnPhone(`/signin#code=${slips[0].code}`);
    await phone.waitForURL(/\/vote/);
    expect(phone.url()).not.toContain(slips[0].code);
  });

  it('console: Enter on Cancel in "Close the vote?" leaves the vote open; the controls stay in view', async () => {
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Close the debate', matter: 'procedural' })
        .expect(201)
    ).body as { id: string };
    const vote = (
      await t.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body as VoteSnapshot;
    const con = await pages.open(
      `/console?meeting=${meetingId}`,
      { width: 1280, height: 720 },
      { session: president },
    );
    const close = con.getByTestId('close-vote');
    await close.waitFor();
    // Scrolled to the end of the long list of States not yet voted (the end of the vote's panel; the
    // floor's panel follows it), "Close the vote" is in view.
    await con.evaluate(() => {
      const panel = document.querySelector('[data-testid="vote-open"]')!.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + panel.bottom - window.innerHeight);
    });
    expect(await con.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const box = (await close.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);

    await close.click();
    const dialog = con.getByTestId('confirm-dialog');
    await dialog.getByText('Close the vote?').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await con.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect((await t.http.get(`/api/votes/${vote.id}`).expect(200)).body.status).toBe('open');

    await close.click();
    await dialog.getByRole('button', { name: 'Close the vote' }).focus();
    await con.keyboard.press('Enter');
    await until(
      'the vote closed',
      async () => (await t.http.get(`/api/votes/${vote.id}`)).body.status === 'closed',
    );
  });

  it('roll-call: the console and the board call the States in English order from the State drawn by lot', async () => {
    const con = await pages.open(`/console?meeting=${meetingId}`, DESKTOP, { session: president });
    const board = await pages.open(`/board?meeting=${meetingId}`, DESKTOP);
    // The last vote's declaration first; then the next question.
    await con.getByTestId('next-question').click();
    await con.getByTestId('question-text').fill('Appeal against the ruling of the President');
    await con.getByTestId('question-matter').selectOption('procedural');
    await con.getByTestId('put-question').click();
    await con.getByTestId('vote-method').selectOption('roll-call');
    await con.getByTestId('open-vote').click();
    await con.getByTestId('confirm-dialog').getByRole('button', { name: 'Open the vote' }).click();
    await con.getByTestId('roll-call').waitFor();

    const live = (await t.http.get(`/api/meetings/${meetingId}/live`).expect(200)).body as {
      vote: VoteSnapshot;
    };
    const rc = live.vote.rollCall!;
    const name = (iso3: string) => live.vote.eligible.find((e) => e.iso3 === iso3)!.name;
    expect(rc.order[0]).toBe(rc.drawn);
    expect(await con.getByTestId('close-vote').isDisabled()).toBe(true);
    expect(await con.getByTestId('close-vote-reason').textContent()).toBe(
      `The roll-call is not finished: ${name(rc.order[0])} is being called.`,
    );

    // Three States answer in turn: yes, pass, no. The board follows the call.
    for (const [i, button] of [
      [0, 'roll-call-yes'],
      [1, 'roll-call-pass'],
      [2, 'roll-call-no'],
    ] as const) {
      await con
        .getByTestId('roll-call-called')
        .filter({ hasText: name(rc.order[i]) })
        .waitFor();
      await board
        .getByTestId('board-calling')
        .filter({ hasText: name(rc.order[i]) })
        .waitFor();
      expect(await board.getByTestId(`board-state-${rc.order[i]}`).getAttribute('aria-current')).toBe('true');
      await con.getByTestId(button).click();
    }
    await con
      .getByTestId('roll-call-called')
      .filter({ hasText: name(rc.order[3]) })
      .waitFor();
    await board.getByTestId(`board-state-${rc.order[0]}`).and(board.locator('[data-choice="yes"]')).waitFor();
    const snap = (await t.http.get(`/api/votes/${live.vote.id}`).expect(200)).body as VoteSnapshot;
    expect(snap.votes).toEqual({ [rc.order[0]]: 'yes', [rc.order[2]]: 'no' });
    expect(snap.rollCall!.passed).toEqual([rc.order[1]]);
    // The secretariat calls the roll from the desk too: the next answer is recorded there.
    const desk = await pages.open(`/desk?tab=presence&meeting=${meetingId}`, DESKTOP, {
      session: secretariat,
    });
    await desk
      .getByTestId('roll-call-called')
      .filter({ hasText: name(rc.order[3]) })
      .waitFor();
    await desk.getByTestId('roll-call-abstain').click();
    await con
      .getByTestId('roll-call-called')
      .filter({ hasText: name(rc.order[4]) })
      .waitFor();
    await board
      .getByTestId('board-calling')
      .filter({ hasText: name(rc.order[4]) })
      .waitFor();
    expect(((await t.http.get(`/api/votes/${live.vote.id}`)).body as VoteSnapshot).votes![rc.order[3]]).toBe(
      'abstain',
    );
    await screenshot(con, 'console-roll-call');
    await screenshot(board, 'board-roll-call');
  });
});
