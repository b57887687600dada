import {
  formatMessage,
  inEnglishOrder,
  OfficialRecordSchema,
  stateName,
  type Choice,
  type Language,
  type OfficialRecord,
} from '@plenary/shared';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { FixedClock, genevaMorning, startTestApp, type TestApp } from '../support/app';
import { assertClientBuilt, BrowserPages, launchBrowser, screenshot } from '../support/browser';
import { bearer } from '../support/plenary';
import { ballotsInDatabase, recordedDecisions, SECRET, type RecordedDecisions } from '../support/record';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

const binary = (req: Test) =>
  req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The PDF's text as pdf-parse (PDF.js) reads it, in a child Node process (see pdf-text.cjs). */
function pdfText(pdf: Buffer): string {
  const out = execFileSync(process.execPath, [join(__dirname, '..', 'support', 'pdf-text.cjs')], {
    input: pdf,
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out.toString('utf8')) as { text: string }).text;
}

/*
 * Text read back from a PDF keeps the glyphs in the order they were painted: Arabic comes out in
 * visual order, in presentation forms, with runs of base letters (and the spaces and commas beside
 * them) turned back by the extractor, so words do not even survive whole. An Arabic line is
 * therefore compared as the multiset of its letters (NFKC, without diacritics, tatweel, spaces and
 * punctuation): the right heading and names on one line, whatever order the extractor gives them.
 */
const bag = (line: string) =>
  [
    ...line
      .normalize('NFKC')
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\s.,:;،؛()"«»]/g, ''),
  ]
    .sort()
    .join('');

describe('the official record printed to PDF by the server’s Chromium', () => {
  let t: TestApp;
  let s: RecordedDecisions;
  let pages: BrowserPages;
  let inDatabase: Record<string, Choice>;
  const pageErrors: Error[] = [];

  const official = async (lang: Language): Promise<OfficialRecord> =>
    OfficialRecordSchema.parse(
      (await t.http.get(`/api/meetings/${s.meetingId}/record/official`).query({ lang }).expect(200)).body,
    );
  const pdf = async (lang: Language): Promise<Buffer> => {
    const res = await binary(t.http.get(`/api/meetings/${s.meetingId}/record/export/pdf`).query({ lang }))
      .expect(200)
      .expect('Content-Type', 'application/pdf')
      .expect('Content-Disposition', `attachment; filename="record-23MSP-${lang}.pdf"`);
    const file = res.body as Buffer;
    // Kept beside the screenshots, for a person to look at.
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `record-${lang}.pdf`), file);
    return file;
  };
  const listed = (choice: Choice) =>
    inEnglishOrder(Object.keys(inDatabase).filter((iso3) => inDatabase[iso3] === choice));

  beforeAll(async () => {
    assertClientBuilt();
    t = await startTestApp({ withClient: true, clock: new FixedClock(genevaMorning('2026-03-02')) });
    s = await recordedDecisions(t);
    inDatabase = await ballotsInDatabase(t, s.recordedVoteId);
    const entries = (await t.http.get(`/api/meetings/${s.meetingId}/record`).query({ kind: 'decision.vote' }))
      .body as { id: number; data: { voteId: string } }[];
    const recorded = entries.find((e) => e.data.voteId === s.recordedVoteId)!;
    await t.http
      .post(`/api/meetings/${s.meetingId}/record/${recorded.id}/intended-votes`)
      .set(bearer(s.secretariat))
      .send({ stateIso3: 'ARG', intended: 'yes' })
      .expect(201);
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

  it('prints the English record with the lists the database holds, as a tagged PDF', async () => {
    const file = await pdf('en');
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.toString('latin1')).toContain('/StructTreeRoot'); // tagged
    const text = pdfText(file);
    const lines = text.split('\n').map((l) => l.trim());
    const names = (choice: Choice) => listed(choice).map((iso3) => stateName(iso3, 'en'));
    expect(lines).toContain('A recorded vote was taken.');
    expect(lines).toContain(`In favour: ${names('yes').join(', ')}.`);
    expect(lines).toContain(`Against: ${names('no').join(', ')}.`);
    expect(lines).toContain(`Abstaining: ${names('abstain').join(', ')}.`);
    expect(lines).toContain('The draft decision was adopted by 4 votes to 2, with 1 abstention.');
    expect(text).toContain('A secret ballot was taken.');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'After the vote, the delegation of Argentina informed the secretariat that it had intended to vote in favour',
    );
    for (const iso3 of Object.keys(SECRET)) expect(text).not.toContain(stateName(iso3, 'en'));
    const head = (await official('en')).head;
    expect(text.replace(/\s+/g, '')).toContain(head.hash);
  });

  it('prints the Arabic record right to left with the Arabic lists the database holds', async () => {
    const text = pdfText(await pdf('ar'));
    const lines = new Set(text.split('\n').map(bag));
    const expected = [
      formatMessage('ar', 'record.recordedVoteTaken'),
      formatMessage('ar', 'record.inFavourList', { states: listed('yes') }),
      formatMessage('ar', 'record.againstList', { states: listed('no') }),
      formatMessage('ar', 'record.abstainingList', { states: listed('abstain') }),
      formatMessage('ar', 'officialRecord.secretBallotTaken'),
    ];
    // The headings are the catalogue's: المؤيدون / المعارضون / الممتنعون.
    expect(expected[1]).toMatch(/^المؤيدون: /);
    for (const line of expected) expect({ line, found: lines.has(bag(line)) }).toEqual({ line, found: true });
    // A wrong list under a heading is not found: the check can fail.
    const wrong = formatMessage('ar', 'record.inFavourList', { states: listed('no') });
    expect(lines.has(bag(wrong))).toBe(false);
    for (const iso3 of Object.keys(SECRET))
      expect(text.normalize('NFKC')).not.toContain(stateName(iso3, 'ar'));
  });

  it('prints the Chinese record with a CJK font and the Chinese lists the database holds', async () => {
    const file = await pdf('zh');
    // The glyphs come from a CJK font (Noto CJK, installed with Chromium by the test command), not boxes.
    expect(file.toString('latin1')).toMatch(/\/FontName\s*\/[A-Z]{6}\+\S*CJK/);
    const text = pdfText(file);
    // A long Chinese line wraps wherever the page ends it, and the extractor may space the glyphs;
    // it also gives some characters as their Kangxi radical twins (⾏ U+2F8F for 行): compared
    // without whitespace, in NFKC, which maps those back.
    const flat = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    const expected = [
      formatMessage('zh', 'record.recordedVoteTaken'),
      formatMessage('zh', 'record.inFavourList', { states: listed('yes') }),
      formatMessage('zh', 'record.againstList', { states: listed('no') }),
      formatMessage('zh', 'record.abstainingList', { states: listed('abstain') }),
      formatMessage('zh', 'record.adopted', { subject: 'draft-decision', yes: 4, no: 2, abstain: 1 }),
      formatMessage('zh', 'officialRecord.secretBallotTaken'),
    ];
    // The headings are the glossary's: 赞成 / 反对 / 弃权, with the States' Chinese names.
    expect(expected.slice(1, 4).map((l) => l.slice(0, 3))).toEqual(['赞成:', '反对:', '弃权:']);
    expect(expected[1]).toContain(stateName(listed('yes')[0], 'zh'));
    for (const line of expected)
      expect({ line, found: flat(text).includes(flat(line)) }).toEqual({ line, found: true });
    // A wrong list under a heading is not found: the check can fail.
    const wrong = formatMessage('zh', 'record.inFavourList', { states: listed('no') });
    expect(flat(text).includes(flat(wrong))).toBe(false);
    for (const iso3 of Object.keys(SECRET)) expect(flat(text)).not.toContain(stateName(iso3, 'zh'));
  });

  it('shows the print view in Arabic right to left, and prints without its tools', async () => {
    const page = await pages.open(`/record/${s.meetingId}/print?lang=ar`);
    await page.getByTestId('official-record').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    const record = page.getByTestId('official-record');
    expect(await record.getAttribute('dir')).toBe('rtl');
    const ar = await official('ar');
    expect(await page.getByTestId('official-paragraph').allTextContents()).toEqual(
      ar.decisions.flatMap((d) => d.rendered.paragraphs),
    );
    // Laid out right to left: the text of a decision starts at the record's right edge.
    const layout = await page
      .getByTestId('official-paragraph')
      .first()
      .evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const text = range.getBoundingClientRect();
        const box = p.getBoundingClientRect();
        return {
          direction: getComputedStyle(p).direction,
          right: box.right - text.right,
          left: text.left - box.left,
        };
      });
    expect(layout.direction).toBe('rtl');
    expect(layout.right).toBeLessThan(2);
    expect(layout.left).toBeGreaterThan(50);
    await screenshot(page, 'record-print-ar', { fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('official-tools').isVisible()).toBe(false);
    // Switching the language reads the record again in the new language.
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel(formatMessage('ar', 'officialRecord.language')).selectOption('en');
    await page.getByText('A recorded vote was taken.').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('opens the print view of a meeting with no decisions as a clear empty record', async () => {
    const page = await pages.open(`/record/${s.emptyMeetingId}/print?lang=en`);
    await page.getByTestId('official-empty').waitFor();
    expect(await page.getByTestId('official-empty').textContent()).toBe(
      'No decision has been recorded for this meeting.',
    );
    const text = pdfText(
      (
        await binary(
          t.http.get(`/api/meetings/${s.emptyMeetingId}/record/export/pdf`).query({ lang: 'en' }),
        ).expect(200)
      ).body as Buffer,
    );
    expect(text).toContain('No decision has been recorded for this meeting.');
  });
});
