import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Principal } from '@plenary/shared';
import { mockFetch, unauthenticated } from '../testing/mockFetch';
import { location, renderApp } from '../testing/renderApp';

const secretariat: Principal = {
  role: 'secretariat',
  displayName: 'Implementation Support Unit',
  userId: 'u1',
  delegationId: null,
  meetingId: null,
  stateIso3: null,
};
const delegation: Principal = {
  role: 'delegation',
  displayName: 'Norway',
  userId: null,
  delegationId: 'd1',
  meetingId: 'm1',
  stateIso3: 'NOR',
};

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  cleanup();
  fetchMock.restore();
});

describe('SignInPage', () => {
  it('signs in from a one-time link, goes on to `next`, and keeps no token in the page', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/link': (c) =>
        (c.body as { token: string }).token === 'link-token-0123456789abcdef'
          ? { body: { principal: secretariat, expiresAt: '2026-03-16T09:00:00.000Z' } }
          : unauthenticated(),
    });
    renderApp('/signin?link=link-token-0123456789abcdef&next=%2Fdesk%3Fmeeting%3Dm1');

    await waitFor(() => expect(location.current).toBe('/desk?meeting=m1'), { timeout: 5000 });
    expect(await screen.findByText(/Implementation Support Unit/)).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.path === '/api/auth/link')).toHaveLength(1);
    expect(fetchMock.calls.every((c) => c.headers.Authorization === undefined)).toBe(true);
    expect(window.localStorage.length).toBe(0);
  });

  it('sends a delegation from its link to the voting pad', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/link': () => ({
        body: { principal: delegation, expiresAt: '2026-03-16T09:00:00.000Z' },
      }),
    });
    renderApp('/signin?link=link-token-for-norway-0123456789');
    await waitFor(() => expect(location.current).toBe('/vote'), { timeout: 5000 });
  });

  it('signs in with the code a printed slip’s QR code carries in the fragment, and drops it from the address', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/code': (c) =>
        (c.body as { code: string }).code === 'ABCDEFGHJKLM'
          ? { body: { principal: delegation, expiresAt: '2026-03-16T09:00:00.000Z' } }
          : unauthenticated(),
    });
    renderApp('/signin#code=ABCDEFGHJKLM');
    await waitFor(() => expect(location.current).toBe('/vote'), { timeout: 5000 });
    expect(fetchMock.calls.filter((c) => c.path === '/api/auth/code')).toHaveLength(1);
    expect(window.location.hash).not.toContain('ABCDEFGHJKLM');
  });

  it('says a used link has been used and how to get in, and drops the token from the address', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/link': () => ({
        status: 410,
        body: {
          statusCode: 410,
          code: 'LINK_USED',
          message:
            'This sign-in link has already been used. Each link works once and for a short time: ask the secretariat for a new one, or sign in with your code or password.',
          field: 'token',
        },
      }),
    });
    renderApp('/signin?link=used-link-token-0123456789abcdef');

    const alert = await screen.findByTestId('link-failed');
    expect(alert.textContent).toContain('This sign-in link has already been used.');
    expect(alert.textContent).toContain('ask the secretariat for a new link');
    await waitFor(() => expect(location.current).toBe('/signin'));
    expect(screen.getByLabelText('Access code')).toBeTruthy();
  });

  it('says an expired link has expired', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/link': () => ({
        status: 410,
        body: {
          statusCode: 410,
          code: 'LINK_EXPIRED',
          message: 'This sign-in link has expired.',
          field: 'token',
        },
      }),
    });
    renderApp('/signin?link=old-link-token-0123456789abcdef&next=%2Fconsole');
    expect((await screen.findByTestId('link-failed')).textContent).toContain(
      'This sign-in link has expired.',
    );
    await waitFor(() => expect(location.current).toBe('/signin?next=%2Fconsole'));
  });

  it('no longer signs in from a code or a session token in the address', async () => {
    fetchMock = mockFetch({ 'GET /api/auth/me': unauthenticated });
    renderApp('/signin?code=ABC123ABC123&token=tok-123');
    expect(await screen.findByLabelText('Access code')).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('tells a rate-limited user when to try again', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': () => ({
        status: 429,
        headers: { 'Retry-After': '600' },
        body: {
          statusCode: 429,
          code: 'RATE_LIMITED',
          message: 'Too many sign-in attempts for this account. Try again in 10 minutes.',
        },
      }),
    });
    renderApp('/signin');
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'president' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'guess' } });
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const text = (await screen.findByRole('alert')).textContent ?? '';
    const at = new Date(before + 600_000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    const atLater = new Date(before + 660_000).toLocaleTimeString('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(text).toMatch(/^Too many sign-in attempts\. For security, sign-in is paused: try again at /);
    expect(text).toContain('(in 10 minutes)');
    expect([at, atLater].some((t) => text.includes(t))).toBe(true);
  });

  it('checks the form with the shared schema before asking the server', async () => {
    fetchMock = mockFetch({ 'GET /api/auth/me': unauthenticated });
    renderApp('/signin');

    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Username is required')).toBeTruthy();
    expect(screen.getByText('Password is required')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Access code'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with code' }));
    expect(await screen.findByText('Access code must have at least 6 characters')).toBeTruthy();
    expect(fetchMock.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows the server’s refusal of a wrong password', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': () => ({
        status: 401,
        body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Unknown user name or wrong password' },
      }),
    });
    renderApp('/signin');

    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'president' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Unknown user name or wrong password');
    expect(fetchMock.calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'president',
      password: 'nope',
    });
    expect(location.current).toBe('/signin');
  });
});
