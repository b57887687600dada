import '../../../testing/jsdom-polyfills';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ConclusionView, MeetingView } from '@plenary/shared';
import { LocaleProvider } from '../../../lib/locale/LocaleProvider';
import type { LocaleCode } from '../../../lib/locale/locales';
import { MEETING } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderWithClient, testQueryClient } from '../../../testing/render';
import { agendaItemTitle } from '../../meetings/labels';
import { ConclusionsPanel } from './ConclusionsPanel';
import { InformalMeetingNotice } from './InformalMeetingNotice';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock?.restore();
});

const COMMITTEE: MeetingView = {
  ...MEETING,
  id: 'c1',
  kind: 'committee',
  committee: 'victim-assistance',
  code: 'VAC-2026',
  title: 'Committee on Victim Assistance, June 2026',
};
const conclusion = (position: number, kind: ConclusionView['kind'], text: string): ConclusionView => ({
  id: `k${position}`,
  meetingId: 'c1',
  position,
  kind,
  text,
  recordedAt: '2026-06-15T10:00:00.000Z',
});

function inLanguage(lang: LocaleCode, ui: React.ReactElement) {
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <LocaleProvider initial={lang}>{ui}</LocaleProvider>
    </QueryClientProvider>,
  );
}

describe('an informal meeting on the console', () => {
  it.each<[MeetingView['kind'], MeetingView['committee'], RegExp]>([
    ['committee', 'victim-assistance', /seeks general agreement and records conclusions and recommendations/],
    ['coordinating-committee', null, /no substantive decision-making capacity/],
    ['intersessional', null, /Intersessional meetings are informal and take no decisions/],
  ])('a %s meeting says why no question is put', (kind, committee, why) => {
    inLanguage('en', <InformalMeetingNotice meeting={{ kind, committee }} />);
    const notice = screen.getByTestId('informal-notice');
    expect(notice.textContent).toMatch(why);
    expect(notice.textContent).toContain('No question is put and no vote or election is held here.');
    if (committee) expect(notice.textContent).toContain('Committee on Victim Assistance');
  });

  it('says it in the page’s language, naming the committee', () => {
    inLanguage(
      'fr',
      <InformalMeetingNotice meeting={{ kind: 'committee', committee: 'victim-assistance' }} />,
    );
    const text = screen.getByTestId('informal-notice').textContent ?? '';
    expect(text).toContain('Réunion de comité · Comité sur l’assistance aux victimes');
    expect(text).toContain('Un comité ne prend pas de décisions');
    expect(text).not.toMatch(/intersessions|committee/);
  });

  it('shows nothing at a meeting that takes decisions', () => {
    inLanguage('en', <InformalMeetingNotice meeting={{ kind: 'msp', committee: null }} />);
    expect(screen.queryByTestId('informal-notice')).toBeNull();
  });
});

describe('ConclusionsPanel', () => {
  it('lists them in order and records one, reading the list again', async () => {
    const list = [conclusion(1, 'conclusion', 'Progress was reported.')];
    const sent: unknown[] = [];
    fetchMock = mockFetch({
      'GET /api/meetings/c1/conclusions': () => ({ body: list }),
      'POST /api/meetings/c1/conclusions': (c) => {
        sent.push(c.body);
        const body = c.body as { kind: ConclusionView['kind']; text: string };
        list.push(conclusion(list.length + 1, body.kind, body.text));
        return { status: 201, body: list.at(-1) };
      },
    });
    renderWithClient(<ConclusionsPanel meeting={COMMITTEE} />);
    expect((await screen.findByTestId('conclusion')).textContent).toBe('Conclusion 1 Progress was reported.');
    fireEvent.change(screen.getByLabelText('Record as'), { target: { value: 'recommendation' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: '  Name national focal points.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(sent).toEqual([{ kind: 'recommendation', text: 'Name national focal points.' }]),
    );
    await waitFor(() => expect(screen.getAllByTestId('conclusion')).toHaveLength(2));
    expect(screen.getAllByTestId('conclusion')[1].textContent).toBe(
      'Recommendation 2 Name national focal points.',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>('Text').value).toBe('');
  });

  it('sends nothing without a text, and records only while the meeting is open', async () => {
    fetchMock = mockFetch({ 'GET /api/meetings/c1/conclusions': () => ({ body: [] }) });
    const { unmount } = renderWithClient(<ConclusionsPanel meeting={COMMITTEE} />);
    await screen.findByTestId('conclusions-empty');
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect(screen.getByText('Text is required')).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    unmount();
    renderWithClient(<ConclusionsPanel meeting={{ ...COMMITTEE, status: 'scheduled' }} />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Record' }).disabled).toBe(true);
    expect(screen.getByText('Recorded while the meeting is open.')).toBeTruthy();
  });

  it('shows the server’s refusal', async () => {
    fetchMock = mockFetch({
      'GET /api/meetings/c1/conclusions': () => ({ body: [] }),
      'POST /api/meetings/c1/conclusions': () => ({
        status: 422,
        body: {
          statusCode: 422,
          code: 'MEETING_NOT_OPEN',
          message:
            'Conclusions and recommendations are recorded while the meeting is open; this one is closed',
          field: 'meetingId',
        },
      }),
    });
    renderWithClient(<ConclusionsPanel meeting={COMMITTEE} />);
    await screen.findByTestId('conclusions-empty');
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Late' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/while the meeting is open/);
  });
});

describe('an agenda item carried from a committee', () => {
  const item = {
    id: 'a3',
    position: 3,
    title: 'Conclusions and recommendations of the Committee on Victim Assistance (VAC-2026)',
    conclusionsOf: { meetingId: 'c1', code: 'VAC-2026', committee: 'victim-assistance' as const },
  };
  it.each<[string, string]>([
    ['en', 'Conclusions and recommendations of the Committee on Victim Assistance (VAC-2026)'],
    ['es', 'Conclusiones y recomendaciones del Comité sobre Asistencia a las Víctimas (VAC-2026)'],
    ['ar', 'استنتاجات وتوصيات لجنة مساعدة الضحايا (VAC-2026)'],
  ])('renders its title in %s', (locale, title) => {
    expect(agendaItemTitle(item, { locale: locale as LocaleCode })).toBe(title);
  });
  it('keeps any other item’s title as typed', () => {
    expect(agendaItemTitle({ ...item, title: 'Opening', conclusionsOf: null }, { locale: 'fr' })).toBe(
      'Opening',
    );
  });
});
