import {
  formatMessage,
  inEnglishOrder,
  OfficialRecordSchema,
  renderError,
  stateName,
  SUPPORTED_LANGUAGES,
  type Choice,
  type OfficialRecord,
} from '@plenary/shared';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import type { Test } from 'supertest';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer } from '../support/plenary';
import {
  ballotsInDatabase,
  heldElection,
  recordedDecisions,
  RECORDED,
  SECRET,
  type RecordedDecisions,
} from '../support/record';

/** supertest keeps binary answers as a Buffer. */
const binary = (req: Test) =>
  req.buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks)));
  });

async function documentXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

/** The text of a Word document's paragraphs, one string per paragraph (runs joined). */
function paragraphs(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(''),
  );
}

const csvRows = (body: Buffer) =>
  parse<Record<string, string>>(body.toString('utf8'), { columns: true, bom: true });

const listed = (choices: Record<string, Choice>, choice: Choice) =>
  inEnglishOrder(Object.keys(choices).filter((iso3) => choices[iso3] === choice));

describe('the official record and its exports', () => {
  let t: TestApp;
  let s: RecordedDecisions;
  let inDatabase: Record<string, Choice>;

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(genevaMorning('2026-03-02')) });
    s = await recordedDecisions(t);
    inDatabase = await ballotsInDatabase(t, s.recordedVoteId);
  });
  afterAll(() => t.close());

  const official = async (meetingId: string, lang = 'en'): Promise<OfficialRecord> =>
    OfficialRecordSchema.parse(
      (await t.http.get(`/api/meetings/${meetingId}/record/official`).query({ lang }).expect(200)).body,
    );
  const decisionEntry = async (voteId: string) =>
    (
      (await t.http.get(`/api/meetings/${s.meetingId}/record`).query({ kind: 'decision.vote' }).expect(200))
        .body as { id: number; data: Record<string, unknown> }[]
    ).find((e) => e.data.voteId === voteId)!;

  it('prints the decisions in order, the recorded vote in UN form with the lists the database holds', async () => {
    expect(inDatabase).toEqual(RECORDED);
    const r = await official(s.meetingId);
    expect(r.decisions.map((d) => [d.number, d.method, d.result?.outcome])).toEqual([
      [1, 'consensus', 'adopted-without-vote'],
      [2, 'recorded', 'adopted'],
      [3, 'secret', 'adopted'],
    ]);
    const d = r.decisions[1];
    expect(d.agendaItem).toEqual({ position: 2, title: 'Programme of work for 2026-2027' });
    expect(d.text).toBe('Adopt the programme of work for 2026-2027');
    expect(d.rendered.matter).toBe('Other matter of substance');
    expect(d.rendered.rule).toBe(
      'two-thirds majority of States Parties present and voting — Rules of procedure (UN model)',
    );
    const names = (choice: Choice) =>
      listed(inDatabase, choice)
        .map((iso3) => stateName(iso3, 'en'))
        .join(', ');
    expect(d.rendered.paragraphs).toEqual([
      'A recorded vote was taken.',
      `In favour: ${names('yes')}.`,
      `Against: ${names('no')}.`,
      `Abstaining: ${names('abstain')}.`,
      'The draft decision was adopted by 4 votes to 2, with 1 abstention.',
    ]);
    expect(d.rendered.arithmetic).toBe('Two-thirds of 6 present and voting requires 4.');
    expect(d.votes?.notVoting).toHaveLength((d.eligible ?? 0) - 7);
    expect(r.decisions[0].rendered.paragraphs).toEqual(['The motion was adopted without a vote.']);
    const head = (await t.http.get(`/api/meetings/${s.meetingId}/record/head`).expect(200)).body;
    expect(r.head).toEqual({ seq: head.seq, hash: head.hash, at: head.at });
    expect(r.labels.chainHead).toBe(`Record chain head: entry no. ${head.seq}, sha256 ${head.hash}`);
  });

  it('keeps each decision’s sentences as codes and parameters, so it renders in all six languages', async () => {
    const entry = await decisionEntry(s.recordedVoteId);
    const messages = entry.data.messages as { key: string; params?: Record<string, unknown> }[];
    expect(messages.map((m) => m.key)).toEqual([
      'record.recordedVoteTaken',
      'record.inFavourList',
      'record.againstList',
      'record.abstainingList',
      'record.adopted',
    ]);
    expect(messages[1].params).toEqual({ states: listed(RECORDED, 'yes') });
    for (const lang of SUPPORTED_LANGUAGES) {
      const d = (await official(s.meetingId, lang)).decisions[1];
      expect(d.rendered.paragraphs[0]).toBe(formatMessage(lang, 'record.recordedVoteTaken'));
      expect(d.rendered.paragraphs[1]).toContain(stateName('AUT', lang));
      expect(d.rendered.paragraphs[4]).toMatch(/4/);
    }
  });

  it('notes an intended vote and a correction beside the decision; the result stands', async () => {
    const entry = await decisionEntry(s.recordedVoteId);
    const url = `/api/meetings/${s.meetingId}/record/${entry.id}/intended-votes`;
    await t.http.post(url).set(bearer(s.secretariat)).send({ stateIso3: 'BEL', intended: 'yes' }).expect(201);
    const same = await t.http.post(url).set(bearer(s.secretariat)).send({ stateIso3: 'BEL', intended: 'no' });
    expect([same.status, same.body.field]).toEqual([400, 'intended']);
    const absent = await t.http
      .post(url)
      .set(bearer(s.secretariat))
      .send({ stateIso3: 'GBR', intended: 'no' });
    expect([absent.status, absent.body.field]).toEqual([400, 'stateIso3']);
    const secret = await decisionEntry(s.secretVoteId);
    const refused = await t.http
      .post(`/api/meetings/${s.meetingId}/record/${secret.id}/intended-votes`)
      .set(bearer(s.secretariat))
      .send({ stateIso3: 'CHL', intended: 'no' })
      .expect(422);
    expect(refused.body.code).toBe('NOT_A_RECORDED_VOTE');
    await t.http
      .post(`/api/meetings/${s.meetingId}/record/${entry.id}/corrections`)
      .set(bearer(s.secretariat))
      .send({ text: 'The title of the programme reads "2026-2027".' })
      .expect(201);

    const d = (await official(s.meetingId)).decisions[1];
    expect(d.intendedVotes.map((n) => n.rendered)).toEqual([
      'After the vote, the delegation of Belgium informed the secretariat that it had intended to vote in favour; its vote was recorded as against. The result is unchanged.',
    ]);
    expect(d.corrections.map((c) => c.rendered)).toEqual([
      `Correction (record entry ${entry.id}): The title of the programme reads "2026-2027".`,
    ]);
    expect(d.result).toMatchObject({ outcome: 'adopted', yes: 4, no: 2, abstain: 1 });
    const ar = (await official(s.meetingId, 'ar')).decisions[1];
    expect(ar.intendedVotes[0].rendered).toContain(stateName('BEL', 'ar'));
  });

  it('refuses an unknown language with a 400 naming lang, on the record and on every export', async () => {
    for (const path of ['official', 'export/json', 'export/csv', 'export/docx', 'export/pdf']) {
      const res = await t.http
        .get(`/api/meetings/${s.meetingId}/record/${path}`)
        .query({ lang: 'xx' })
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'lang' });
    }
    const vote = await t.http.get(`/api/meetings/${s.meetingId}/record/export/csv`).query({ vote: 'nope' });
    expect([vote.status, vote.body.field]).toEqual([400, 'vote']);
    await t.http.get(`/api/meetings/00000000-0000-4000-8000-000000000000/record/export/docx`).expect(404);
  });

  it('exports the votes as CSV: one row per State, Y/N/A/blank as the database holds them', async () => {
    const res = await binary(
      t.http
        .get(`/api/meetings/${s.meetingId}/record/export/csv`)
        .query({ lang: 'fr', vote: s.recordedVoteId }),
    ).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="votes-/);
    const rows = csvRows(res.body as Buffer);
    const d = (await official(s.meetingId)).decisions[1];
    expect(rows).toHaveLength(d.eligible!);
    const code = { yes: 'Y', no: 'N', abstain: 'A' } as const;
    for (const row of rows) {
      const choice = inDatabase[row.ms_code];
      expect(row.ms_vote).toBe(choice ? code[choice] : '');
      expect(row.ms_name).toBe(stateName(row.ms_code, 'fr'));
      expect(row).toMatchObject({
        vote_id: s.recordedVoteId,
        total_yes: '4',
        total_no: '2',
        total_abstentions: '1',
      });
    }
    expect(
      rows
        .filter((r) => r.ms_vote !== '')
        .map((r) => r.ms_code)
        .sort(),
    ).toEqual(Object.keys(inDatabase).sort());
    // States in English alphabetical order, as the lists print them.
    expect(rows.map((r) => r.ms_code)).toEqual(inEnglishOrder(rows.map((r) => r.ms_code)));
  });

  it('never exports how a State voted in a secret ballot', async () => {
    const csv = await binary(
      t.http.get(`/api/meetings/${s.meetingId}/record/export/csv`).query({ vote: s.secretVoteId }),
    ).expect(200);
    const rows = csvRows(csv.body as Buffer);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ms_code: '', ms_name: '', ms_vote: '', total_yes: '2', total_no: '1' });

    const json = await binary(
      t.http.get(`/api/meetings/${s.meetingId}/record/export/json`).query({ lang: 'en' }),
    ).expect(200);
    const record = OfficialRecordSchema.parse(JSON.parse((json.body as Buffer).toString('utf8')));
    const secret = record.decisions.find((d) => d.voteId === s.secretVoteId)!;
    expect(secret.votes).toBeNull();
    const text = JSON.stringify(secret);
    for (const iso3 of Object.keys(SECRET)) {
      expect(text).not.toContain(iso3);
      expect(text).not.toContain(stateName(iso3, 'en'));
    }
    const docx = paragraphs(
      await documentXml(
        (await binary(t.http.get(`/api/meetings/${s.meetingId}/record/export/docx`)).expect(200))
          .body as Buffer,
      ),
    );
    const secretAt = docx.indexOf('A secret ballot was taken.');
    expect(secretAt).toBeGreaterThan(0);
    const after = docx.slice(secretAt).join('\n');
    for (const iso3 of Object.keys(SECRET)) expect(after).not.toContain(stateName(iso3, 'en'));
  });

  it('exports the record as JSON and DOCX in English and Arabic, read back', async () => {
    const json = await binary(
      t.http.get(`/api/meetings/${s.meetingId}/record/export/json`).query({ lang: 'ar' }),
    )
      .expect(200)
      .expect('Content-Disposition', /attachment; filename="record-23MSP-ar\.json"/);
    const ar = OfficialRecordSchema.parse(JSON.parse((json.body as Buffer).toString('utf8')));
    expect(ar).toMatchObject({ language: 'ar', dir: 'rtl' });
    expect(ar.decisions[1].votes).toEqual({
      inFavour: listed(inDatabase, 'yes'),
      against: listed(inDatabase, 'no'),
      abstaining: listed(inDatabase, 'abstain'),
      notVoting: expect.any(Array),
    });

    for (const lang of ['en', 'ar'] as const) {
      const res = await binary(
        t.http.get(`/api/meetings/${s.meetingId}/record/export/docx`).query({ lang }),
      ).expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      const xml = await documentXml(res.body as Buffer);
      const text = paragraphs(xml);
      const expected = (await official(s.meetingId, lang)).decisions[1].rendered.paragraphs;
      for (const p of expected) expect(text).toContain(p);
      const heading = formatMessage(lang, 'officialRecord.title');
      expect(text[0]).toBe(heading);
      if (lang === 'ar') {
        expect(xml).toContain('<w:bidi/>');
        expect(xml).toContain('<w:rtl/>');
        expect(text).toContain(
          `${formatMessage('ar', 'record.inFavourList', { states: listed(inDatabase, 'yes') })}`,
        );
      } else {
        expect(text).toContain(
          `In favour: ${listed(inDatabase, 'yes')
            .map((c) => stateName(c, 'en'))
            .join(', ')}.`,
        );
      }
    }
  });

  it('prints an election from its facts in all six languages: each ballot’s figures, the votes, who was elected', async () => {
    const { electionId } = await heldElection(t, s);
    const records = Object.fromEntries(
      await Promise.all(
        SUPPORTED_LANGUAGES.map(async (lang) => [lang, await official(s.meetingId, lang)] as const),
      ),
    );
    const en = records.en.elections.find((e) => e.electionId === electionId)!;
    expect(en.title).toBe('Election of the Rapporteur');
    expect(en.ballots).toEqual([
      expect.objectContaining({
        round: 1,
        cast: 6,
        invalid: 0,
        valid: 6,
        blank: 1,
        presentAndVoting: 5,
        requiredMajority: 3,
      }),
    ]);
    expect(en.elected).toEqual([expect.objectContaining({ by: 'majority', votes: 4 })]);
    expect(en.rendered.paragraphs).toEqual([
      '1 place to fill. Candidates: Ms. Anne Martin (France), Chile.',
      'Ballot 1',
      'Number of ballot papers: 6. Invalid ballots: 0. Valid ballots: 6. Abstentions: 1. Number of States Parties voting: 5. Required majority: 3.',
      'Ms. Anne Martin (France): 4 votes',
      'Chile: 1 vote',
      'Having obtained the required majority, Ms. Anne Martin (France) was elected.',
    ]);
    for (const lang of SUPPORTED_LANGUAGES) {
      const e = records[lang].elections.find((x) => x.electionId === electionId)!;
      // The same facts in every language; the sentences are the language's, State names too.
      expect({ lang, ballots: e.ballots, elected: e.elected }).toEqual({
        lang,
        ballots: en.ballots,
        elected: en.elected,
      });
      expect(e.rendered.paragraphs[2]).toBe(
        formatMessage(lang, 'officialRecord.ballotCount', {
          cast: 6,
          invalid: 0,
          valid: 6,
          blank: 1,
          presentAndVoting: 5,
          requiredMajority: 3,
        }),
      );
      expect(e.rendered.paragraphs[4]).toContain(stateName('CHL', lang));
      expect(records[lang].labels.elections).toBe(formatMessage(lang, 'officialRecord.electionsHeading'));
      if (lang !== 'en') expect(e.rendered.paragraphs).not.toEqual(en.rendered.paragraphs);
    }
    // The DOCX prints them, read back.
    for (const lang of ['fr', 'zh'] as const) {
      const text = paragraphs(
        await documentXml(
          (
            await binary(
              t.http.get(`/api/meetings/${s.meetingId}/record/export/docx`).query({ lang }),
            ).expect(200)
          ).body as Buffer,
        ),
      );
      const e = records[lang].elections.find((x) => x.electionId === electionId)!;
      expect(text).toContain(records[lang].labels.elections);
      for (const p of e.rendered.paragraphs) expect(text).toContain(p);
    }
  });

  it('exports a meeting with no decisions as a clear empty record, not an error', async () => {
    const r = await official(s.emptyMeetingId);
    expect(r.decisions).toEqual([]);
    expect(r.labels.empty).toBe('No decision has been recorded for this meeting.');
    const csv = await binary(t.http.get(`/api/meetings/${s.emptyMeetingId}/record/export/csv`)).expect(200);
    // A BOM for spreadsheets, the header, and no row.
    expect((csv.body as Buffer).toString('utf8')).toMatch(/^\uFEFFmeeting,decision,vote_id,[a-z_,]+\r\n$/);
    const docx = paragraphs(
      await documentXml(
        (
          await binary(
            t.http.get(`/api/meetings/${s.emptyMeetingId}/record/export/docx`).query({ lang: 'zh' }),
          ).expect(200)
        ).body as Buffer,
      ),
    );
    expect(docx).toContain(formatMessage('zh', 'officialRecord.empty'));
    const json = await binary(t.http.get(`/api/meetings/${s.emptyMeetingId}/record/export/json`)).expect(200);
    expect(JSON.parse((json.body as Buffer).toString('utf8'))).toMatchObject({
      decisions: [],
      otherCorrections: [],
    });
  });

  it('answers 503 PDF_UNAVAILABLE when this server serves no print view, and at once', async () => {
    // This app runs without the built client: no print view for Chromium to print.
    const started = Date.now();
    const res = await t.http.get(`/api/meetings/${s.meetingId}/record/export/pdf`).expect(503);
    expect(res.body.code).toBe('PDF_UNAVAILABLE');
    expect(res.body.message).toMatch(/print view/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the PDF export on a server without Chromium', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ withClient: true, env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
  });
  afterAll(() => t.close());

  it('says so with 503 PDF_UNAVAILABLE, and the print view remains', async () => {
    const token = await staffToken(t, 'secretariat');
    const meeting = await t.http
      .post('/api/meetings')
      .set(bearer(token))
      .send({
        kind: 'msp',
        number: 24,
        title: 'Twenty-Fourth Meeting of the States Parties',
        venue: 'Geneva',
        startDate: '2026-11-30',
        endDate: '2026-12-04',
      })
      .expect(201);
    const res = await t.http
      .get(`/api/meetings/${meeting.body.id}/record/export/pdf`)
      .query({ lang: 'en' })
      .expect(503);
    expect(res.body.code).toBe('PDF_UNAVAILABLE');
    expect(res.body.message).toMatch(/No Chromium/);
    expect(res.body.message).toContain(`/record/${meeting.body.id}/print?lang=en`);
    // Asked in Arabic, the refusal is said in Arabic (the same code).
    const ar = await t.http
      .get(`/api/meetings/${meeting.body.id}/record/export/pdf`)
      .query({ lang: 'ar' })
      .expect(503);
    expect(ar.body).toMatchObject({
      code: 'PDF_UNAVAILABLE',
      message: renderError('ar', { code: 'PDF_UNAVAILABLE' }),
    });
    const page = await t.http.get(`/record/${meeting.body.id}/print?lang=ar`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });
});
