import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SUMMARY, STATES } from '../testing/fixtures';
import { mockFetch, unauthenticated, type MockCall } from '../testing/mockFetch';
import { LANGUAGE_STORAGE_KEY } from '../lib/locale/LocaleProvider';
import { location, renderApp } from '../testing/renderApp';

let fetchMock: ReturnType<typeof mockFetch>;

function registerCalls(): MockCall[] {
  return fetchMock.calls.filter(
    (c) => c.path.startsWith('/api/states') || c.path.startsWith('/api/register'),
  );
}

function rowNames(): string[] {
  const table = screen.getByTestId('states-table');
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}

beforeEach(() => {
  fetchMock = mockFetch({
    'GET /api/auth/me': unauthenticated,
    'GET /api/register/summary': () => ({ body: SUMMARY }),
    'GET /api/states': () => ({ body: STATES }),
  });
});
afterEach(() => {
  cleanup();
  window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  fetchMock.restore();
});

describe('RegisterPage', () => {
  it('shows the count and every threshold with its arithmetic for the date in the URL', async () => {
    renderApp('/?on=2026-02-20');
    expect(await screen.findByTestId('register-loading')).toBeTruthy();

    expect((await screen.findByTestId('party-count')).textContent).toBe('161');
    expect(screen.getByTestId('quorum-special').textContent).toBe('81');
    expect(screen.getByTestId('one-third').textContent).toBe('54');
    expect(screen.getByTestId('majority-of-parties').textContent).toBe('81');
    expect(screen.getByTestId('msp-opening-quorum').textContent).toBe('54');
    expect(screen.getByTestId('msp-decision-quorum').textContent).toBe('81');
    expect(screen.getByTestId('quorum-special').closest('li')!.textContent).toMatch(
      /Special Meeting quorum \(Art\. 8\.5\).*2 × 81 = 162 > 161/,
    );
    expect(
      screen.getByText('African Group', { selector: '.bars__label' }).parentElement!.textContent,
    ).toMatch(/African Group51 \(32%\)/);

    expect(registerCalls().map((c) => c.query.get('on'))).toEqual(['2026-02-20', '2026-02-20']);
    expect(rowNames()).toEqual(STATES.states.map((s) => s.name));
    expect(screen.getByText(/effective/, { selector: 'td' }).textContent).toMatch(
      /^Notified .+; effective .+/,
    );
  });

  it('filters the States by name, ISO code or group, ignoring accents and case', async () => {
    renderApp('/?on=2026-02-20');
    const search = await screen.findByLabelText('Name, ISO code or group');

    fireEvent.change(search, { target: { value: 'cote' } });
    expect(rowNames()).toEqual(["Côte d'Ivoire"]);

    fireEvent.change(search, { target: { value: 'pol' } });
    expect(rowNames()).toEqual(['Poland']);

    fireEvent.change(search, { target: { value: 'asia-pacific' } });
    expect(rowNames()).toEqual(['Afghanistan', 'Tonga']);
    expect(screen.getByTestId('states-shown').textContent).toBe('2 of 6 States');
  });

  it('filters by status and shows an empty state that clears the filters', async () => {
    renderApp('/?on=2026-02-20');
    const status = await screen.findByLabelText('Status');

    fireEvent.change(status, { target: { value: 'withdrawn' } });
    expect(rowNames()).toEqual(['Poland']);
    fireEvent.change(status, { target: { value: 'pending' } });
    expect(rowNames()).toEqual(['Tonga']);

    fireEvent.change(screen.getByLabelText('Name, ISO code or group'), { target: { value: 'France' } });
    expect(screen.queryByTestId('states-table')).toBeNull();
    expect(screen.getByTestId('states-empty').textContent).toMatch(/No State matches/);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowNames()).toHaveLength(6);
  });

  it('shows the shared schema message for an impossible date and does not ask the server', async () => {
    renderApp('/?on=2026-02-30');
    expect((await screen.findByRole('alert')).textContent).toBe('Date is not a calendar date');
    expect(registerCalls()).toHaveLength(0);
  });

  it('keeps a newly typed valid date in the URL and loads the register for it', async () => {
    renderApp('/?on=2026-02-20');
    await screen.findByTestId('party-count');
    const input = screen.getByLabelText('Date');

    fireEvent.change(input, { target: { value: '2026-02-1' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Date must be a date in the form YYYY-MM-DD');

    await act(async () => {
      fireEvent.change(input, { target: { value: '2026-02-19' } });
      await Promise.resolve();
    });
    expect(location.current).toBe('/?on=2026-02-19');
    await waitFor(() =>
      expect(registerCalls().filter((c) => c.query.get('on') === '2026-02-19')).toHaveLength(2),
    );
  });

  it('shows the server error and retries on request', async () => {
    let fail = true;
    fetchMock.restore();
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'GET /api/register/summary': () =>
        fail
          ? {
              status: 503,
              body: {
                statusCode: 503,
                code: 'DATABASE_UNAVAILABLE',
                message: 'The database is not reachable.',
              },
            }
          : { body: SUMMARY },
      'GET /api/states': () => ({ body: STATES }),
    });
    renderApp('/?on=2026-02-20');

    const error = await screen.findByTestId('register-error');
    expect(error.textContent).toMatch(/The database is not reachable\./);
    expect(error.textContent).toMatch(/DATABASE_UNAVAILABLE/);

    fail = false;
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('party-count')).textContent).toBe('161');
  });

  it('speaks French: the date in French, UN names in French order, groups, statuses and arithmetic in French', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    renderApp('/?on=2026-02-20');
    expect((await screen.findByTestId('party-count')).textContent).toBe('161');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('États parties au 20 février 2026');
    expect(document.documentElement.lang).toBe('fr-FR');
    const names = within(screen.getByTestId('states-table'))
      .getAllByRole('rowheader')
      .map((th) => th.querySelector('.state__name')!.textContent);
    expect(names).toEqual([
      'Afghanistan',
      "Côte d'Ivoire",
      "États-Unis d'Amérique",
      'France',
      'Pologne',
      'Tonga',
    ]);
    // The depositary's name stays beside the UN name where they differ.
    expect(screen.getByText('Dépositaire : Poland')).toBeTruthy();
    expect(screen.getByText('Groupe des États d’Afrique', { selector: '.bars__label' })).toBeTruthy();
    expect(screen.getByTestId('quorum-special').closest('li')!.textContent).toMatch(
      /Quorum de l’Assemblée extraordinaire.*la majorité de l'ensemble des 161 États parties, soit 81 présents/,
    );
    expect(screen.getByTestId('states-shown').textContent).toBe('6 sur 6 États');
    fireEvent.change(screen.getByLabelText('Nom, code ISO ou groupe'), { target: { value: 'pologne' } });
    expect(screen.getByTestId('states-shown').textContent).toBe('1 sur 6 États');
    expect(screen.getByText(/^Notifié le .+; effectif le .+/, { selector: 'td' })).toBeTruthy();
    expect(screen.getByText('Retiré', { selector: '.badge' })).toBeTruthy();
  });

  it('speaks Arabic right to left, with Western digits and names in Arabic collation', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    renderApp('/?on=2026-02-20');
    expect((await screen.findByTestId('party-count')).textContent).toBe('161');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const heading = screen.getByRole('heading', { level: 1 }).textContent ?? '';
    expect(heading).toMatch(/^الدول الأطراف في 20 .+ 2026$/);
    expect(heading).not.toMatch(/[\u0660-\u0669]/);
    const names = within(screen.getByTestId('states-table'))
      .getAllByRole('rowheader')
      .map((th) => th.querySelector('.state__name')!.textContent);
    // UN Arabic lists sort without the article: الولايات المتحدة under و.
    expect(names).toEqual([
      'أفغانستان',
      'بولندا',
      'تونغا',
      'فرنسا',
      'كوت ديفوار',
      'الولايات المتحدة الأمريكية',
    ]);
    expect(screen.getByTestId('states-shown').textContent).toBe('6 من أصل 6 دول');
    expect(screen.getByTestId('quorum-special').closest('li')!.textContent).toMatch(
      /النصاب القانوني للاجتماع الاستثنائي.*161.*81/,
    );
    fireEvent.change(screen.getByLabelText('التاريخ'), { target: { value: '2026-02-30' } });
    fireEvent.blur(screen.getByLabelText('التاريخ'));
    expect(screen.getByRole('alert').textContent).toBe('هذا التاريخ غير موجود في التقويم');
  });
});
