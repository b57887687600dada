import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Principal } from '@plenary/shared';
import { LANGUAGE_STORAGE_KEY } from '../../../lib/locale/LocaleProvider';
import { mockFetch, unauthenticated } from '../../../testing/mockFetch';
import { renderApp } from '../../../testing/renderApp';

const norway = (language: string | null): Principal => ({
  role: 'delegation',
  displayName: 'Norway',
  userId: null,
  delegationId: 'd1',
  meetingId: 'm1',
  stateIso3: 'NOR',
  language,
});

let fetchMock: ReturnType<typeof mockFetch>;
beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

const saved = () =>
  fetchMock.calls.filter((c) => c.method === 'PUT' && c.path === '/api/auth/language').map((c) => c.body);

describe('the language per user and per device', () => {
  it('takes up the delegation’s language on a new device at sign-in', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/code': () => ({
        body: { principal: norway('ar'), expiresAt: '2026-03-16T09:00:00.000Z' },
      }),
    });
    renderApp('/signin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Access code'), { target: { value: 'ABCD-EFGH' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with code' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    // The device took the delegation's choice: nothing to send back.
    expect(saved()).toEqual([]);
  });

  it('keeps this device’s choice for a principal that never chose, and every later choice', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    fetchMock = mockFetch({
      'GET /api/auth/me': () => ({ body: norway(null) }),
      'PUT /api/auth/language': (c) => ({
        body: { requested: (c.body as { language: string }).language, language: 'fr', fallback: false },
      }),
    });
    renderApp('/signin');
    await waitFor(() => expect(saved()).toEqual([{ language: 'fr' }]));
    // Every call says the page's language, so the server words its refusals for this reader.
    expect(fetchMock.calls[0].headers['Accept-Language']).toBe('fr-FR');
    const change = async (value: string) => {
      fireEvent.change(await screen.findByTestId('language-switch'), { target: { value } });
    };
    await change('ru');
    await waitFor(() => expect(saved()).toEqual([{ language: 'fr' }, { language: 'ru' }]));
    await change('fr');
    await waitFor(() =>
      expect(saved()).toEqual([{ language: 'fr' }, { language: 'ru' }, { language: 'fr' }]),
    );
    expect(document.documentElement.lang).toBe('fr-FR');
  });

  it('keeps a language it does not have as the choice and shows English', async () => {
    fetchMock = mockFetch({ 'GET /api/auth/me': () => ({ body: norway('de-CH') }) });
    renderApp('/signin');
    await waitFor(() => expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de-CH'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('ltr');
    expect(saved()).toEqual([]);
  });
});
