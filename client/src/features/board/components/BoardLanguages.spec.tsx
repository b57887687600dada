import '../../../testing/jsdom-polyfills';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { compareStateNames, stateName, type Choice, type EligibleState } from '@plenary/shared';
import { MemoryRouter } from 'react-router';
import { FakeSocket } from '../../../testing/fakeSocket';
import { liveSnapshot, voteSnapshot } from '../../../testing/liveFixtures';
import { mockFetch } from '../../../testing/mockFetch';
import { renderApp } from '../../../testing/renderApp';
import { LocaleProvider, LANGUAGE_STORAGE_KEY } from '../../../lib/locale/LocaleProvider';
import type { LocaleCode } from '../../../lib/locale/locales';
import { useBoardLanguage } from './BoardLocale';
import { BoardView } from './BoardView';

afterEach(cleanup);

const ISO = ['CHL', 'EGY', 'FRA', 'DEU', 'ESP', 'AFG', 'DNK'];
const ENGLISH: Record<string, string> = Object.fromEntries(ISO.map((c) => [c, stateName(c, 'en')]));
const eligible: EligibleState[] = ISO.map((iso3, i) => ({
  iso3,
  name: ENGLISH[iso3],
  delegationId: `d${i}`,
}));
const votes: Record<string, Choice> = { CHL: 'yes', FRA: 'yes', DEU: 'no', ESP: 'abstain' };

function renderBoard(lang: LocaleCode, snapshot = liveSnapshot({ vote: voteSnapshot({ eligible }, votes) })) {
  return render(
    <LocaleProvider initial={lang}>
      <MemoryRouter>
        <BoardView snapshot={snapshot} connection="live" />
      </MemoryRouter>
    </LocaleProvider>,
  );
}

const names = () =>
  within(screen.getByTestId('board-states'))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('title'));

describe('the board in French and Arabic', () => {
  it('speaks French: State names as the UN writes them, in French alphabetical order', () => {
    renderBoard('fr');
    expect(names()).toEqual(['Afghanistan', 'Allemagne', 'Chili', 'Danemark', 'Égypte', 'Espagne', 'France']);
    expect(screen.getByTestId('board-rule').textContent).toBe(
      "Majorité des deux tiers des États parties présents et votants — Règlement intérieur (modèle de l'ONU)",
    );
    const board = screen.getByTestId('board');
    expect(board.textContent).toContain('Vote enregistré · Vote ouvert');
    expect(within(board).getByText('Oui')).toBeTruthy();
    expect(within(board).getByText('Présents et votants')).toBeTruthy();
    expect(screen.getByTestId('board-required').textContent).toBe('2 voix pour requises');
    expect(screen.getByTestId('connection').textContent).toBe('En direct');
    expect(screen.getByTestId('board-state-DEU').textContent).toContain('Allemagne : Non');
    expect(screen.getByRole('list', { name: 'Votes des États parties' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr-FR');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('speaks Arabic right to left: Arabic names in Arabic order, the outcome in Arabic', () => {
    const result = {
      outcome: 'adopted' as const,
      yes: 2,
      no: 1,
      abstain: 1,
      presentAndVoting: 3,
      required: 2,
      quorumRequired: 4,
      presentAtClose: 7,
      explanation: 'Adopted: 2 yes of 3 present and voting.',
    };
    renderBoard('ar', liveSnapshot({ vote: voteSnapshot({ eligible, status: 'closed', result }, votes) }));
    const arabic = [...ISO].sort(compareStateNames('ar')).map((c) => stateName(c, 'ar'));
    expect(names()).toEqual(arabic);
    // Not the English order, nor English names.
    expect(arabic[0]).toBe('إسبانيا');
    expect(names()).not.toContain('Spain');
    expect(screen.getByTestId('board-outcome').textContent).toContain('اعتُمد');
    expect(screen.getByTestId('board-outcome-sentence').textContent).toMatch(/^اعتُمد مشروع المقرر/);
    expect(screen.getByTestId('board').textContent).toContain('تصويت مسجل · التصويت مغلق');
    expect(screen.getByTestId('connection').textContent).toBe('مباشر');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('shows the quorum between votes in the language shown', () => {
    renderBoard('ar', liveSnapshot({ question: null, vote: null }));
    expect(screen.getByText('لا توجد مسألة معروضة على الاجتماع')).toBeTruthy();
    expect(screen.getByTestId('quorum').textContent).toContain('150 حاضرة، والمطلوب 81');
  });
});

function Shown() {
  return <p data-testid="shown">{useBoardLanguage()}</p>;
}

describe('the room’s language on the board', () => {
  afterEach(() => jest.useRealTimers());

  it('alternates between ?lang and &alt on the turn’s boundary', () => {
    jest.useFakeTimers({ now: 40_000 });
    render(
      <LocaleProvider initial="fr">
        <MemoryRouter initialEntries={['/board?lang=ar&alt=en&every=20']}>
          <Shown />
        </MemoryRouter>
      </LocaleProvider>,
    );
    expect(screen.getByTestId('shown').textContent).toBe('ar');
    act(() => void jest.advanceTimersByTime(19_990));
    expect(screen.getByTestId('shown').textContent).toBe('ar');
    // The switch lands just after the boundary (the timer aims a few ms past it).
    act(() => void jest.advanceTimersByTime(20));
    expect(screen.getByTestId('shown').textContent).toBe('en');
    act(() => void jest.advanceTimersByTime(20_000));
    expect(screen.getByTestId('shown').textContent).toBe('ar');
  });

  it('shows /board?lang=ar in Arabic, right to left, without changing the device’s own choice', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    const fetchMock = mockFetch({
      'GET /api/auth/me': () => ({
        status: 401,
        body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Not signed in' },
      }),
    });
    try {
      const socket = new FakeSocket();
      socket.serverConnect();
      renderApp('/board?meeting=m1&lang=ar', { socket });
      await waitFor(() => expect(socket.watches).toHaveLength(1));
      await act(async () => {
        socket.answerWatch(liveSnapshot({ vote: voteSnapshot({ eligible }, votes) }));
        await Promise.resolve();
      });
      await waitFor(() => expect(screen.getByTestId('connection').textContent).toBe('مباشر'));
      expect(screen.getByTestId('board-states').getAttribute('aria-label')).toBe('أصوات الدول الأطراف');
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.documentElement.lang).toBe('ar');
      expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    } finally {
      fetchMock.restore();
      window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    }
  });
});
