import { buildOfficialRecord, formatMessage, isLanguage, type OfficialRecordSource } from '@plenary/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { mockFetch } from '../testing/mockFetch';
import { renderWithClient } from '../testing/render';
import { RecordPrintPage } from './RecordPrintPage';

const HASH = 'b'.repeat(64);
const source: OfficialRecordSource = {
  meeting: {
    id: 'm1',
    code: '23MSP',
    kind: 'msp',
    title: 'Twenty-Third Meeting of the States Parties',
    venue: 'Geneva',
    startDate: '2026-11-30',
    endDate: '2026-12-04',
    timeZone: 'Europe/Zurich',
  },
  agenda: [],
  questions: [],
  entries: [
    {
      id: 7,
      meetingId: 'm1',
      seq: 1,
      kind: 'decision.vote',
      at: '2026-11-30T09:05:00.000000Z',
      summary: 'Adopt the report',
      data: {
        voteId: 'v1',
        matter: 'other-substance',
        rule: 'two-thirds-present-voting',
        method: 'recorded',
        votes: { AUT: 'yes', FRA: 'yes', BEL: 'no' },
        result: {
          outcome: 'adopted',
          yes: 2,
          no: 1,
          abstain: 0,
          presentAndVoting: 3,
          required: 2,
          quorumRequired: 2,
          presentAtClose: 3,
        },
      },
      corrects: null,
      prevHash: null,
      hash: HASH,
    },
  ],
  head: { seq: 1, hash: HASH, at: null },
};

function renderPage(pdf: { status: number; body: unknown }) {
  return mockFetch({
    'GET /api/meetings/m1/record/official': (call) => {
      const asked = call.query.get('lang');
      return { body: buildOfficialRecord(source, isLanguage(asked) ? asked : 'en') };
    },
    'GET /api/meetings/m1/record/export/pdf': () => pdf,
  });
}

describe('the print view of the official record', () => {
  afterEach(() => {
    document.documentElement.dir = 'ltr';
  });

  it('sets lang and dir from the record’s language: Arabic right to left, lists in UN English order', async () => {
    const fetch = renderPage({ status: 200, body: {} });
    renderWithClient(
      <Routes>
        <Route path="record/:meetingId/print" element={<RecordPrintPage />} />
      </Routes>,
      { route: '/record/m1/print?lang=ar' },
    );
    const record = await screen.findByTestId('official-record');
    expect(record.getAttribute('dir')).toBe('rtl');
    expect(record.getAttribute('lang')).toBe('ar');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getAllByTestId('official-paragraph').map((p) => p.textContent)[1]).toBe(
      formatMessage('ar', 'record.inFavourList', { states: ['AUT', 'FRA'] }),
    );
    fetch.restore();
  });

  it('says so, in the record’s language, when the server cannot make the PDF; the page stays', async () => {
    const fetch = renderPage({
      status: 503,
      body: { statusCode: 503, code: 'PDF_UNAVAILABLE', message: 'No Chromium on this server' },
    });
    renderWithClient(
      <Routes>
        <Route path="record/:meetingId/print" element={<RecordPrintPage />} />
      </Routes>,
      { route: '/record/m1/print?lang=fr' },
    );
    fireEvent.click(
      await screen.findByRole('button', {
        name: formatMessage('fr', 'officialRecord.download', { format: 'PDF' }),
      }),
    );
    expect((await screen.findByTestId('pdf-unavailable')).textContent).toBe(
      formatMessage('fr', 'officialRecord.pdfUnavailable'),
    );
    expect(screen.getByTestId('official-record')).toBeTruthy();
    fetch.restore();
  });

  it('shows a meeting with no decisions as a clear empty record', async () => {
    const empty = mockFetch({
      'GET /api/meetings/m1/record/official': () => ({
        body: buildOfficialRecord({ ...source, entries: [], head: { seq: 0, hash: null, at: null } }, 'en'),
      }),
    });
    renderWithClient(
      <Routes>
        <Route path="record/:meetingId/print" element={<RecordPrintPage />} />
      </Routes>,
      { route: '/record/m1/print' },
    );
    expect((await screen.findByTestId('official-empty')).textContent).toBe(
      'No decision has been recorded for this meeting.',
    );
    expect(screen.getByTestId('official-chain-head').textContent).toBe('The record has no entries yet.');
    empty.restore();
  });

  it('prints a committee’s conclusions and recommendations, labelled in the record’s language', async () => {
    const entry = (id: number, kind: string, text: string) => ({
      id,
      meetingId: 'm1',
      seq: id,
      kind: 'committee.conclusion',
      at: '2026-06-15T10:00:00.000000Z',
      summary: text,
      data: { position: id, kind, text, committee: 'victim-assistance' },
      corrects: null,
      prevHash: null,
      hash: 'c'.repeat(64),
    });
    const committee = mockFetch({
      'GET /api/meetings/m1/record/official': () => ({
        body: buildOfficialRecord(
          {
            ...source,
            meeting: { ...source.meeting, kind: 'committee', code: 'VAC-2026' },
            entries: [
              entry(1, 'conclusion', 'Progress was reported.'),
              entry(2, 'recommendation', 'Name focal points.'),
            ],
            head: { seq: 2, hash: 'c'.repeat(64), at: '2026-06-15T10:00:00.000000Z' },
          },
          'es',
        ),
      }),
    });
    renderWithClient(
      <Routes>
        <Route path="record/:meetingId/print" element={<RecordPrintPage />} />
      </Routes>,
      { route: '/record/m1/print?lang=es' },
    );
    const items = await screen.findAllByTestId('official-conclusion');
    expect(items.map((i) => i.textContent)).toEqual([
      'Conclusión Progress was reported.',
      'Recomendación Name focal points.',
    ]);
    expect(screen.getByText('Conclusiones y recomendaciones')).toBeTruthy();
    committee.restore();
  });
});
