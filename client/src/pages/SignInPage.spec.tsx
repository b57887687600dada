import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Principal } from '@plenary/shared';
import { setSessionToken } from '../lib/session-token';
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
  setSessionToken(null);
});

describe('SignInPage', () => {
  it('signs in with a token from the link, checks it with /api/auth/me and keeps it', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': (c) =>
        c.headers.Authorization === 'Bearer tok-123' ? { body: secretariat } : unauthenticated(),
    });
    renderApp('/signin?token=tok-123');

    await waitFor(() => expect(location.current).toBe('/desk'));
    expect(window.localStorage.getItem('plenary.token')).toBe('tok-123');
    expect(await screen.findByText(/Implementation Support Unit/)).toBeTruthy();
  });

  it('signs a delegation in from a ?code= link and sends it to the voting pad', async () => {
    fetchMock = mockFetch({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/code': (c) => ({
        body: { token: 'tok-del', principal: delegation, expiresAt: '2026-02-21T00:00:00.000Z' },
        status: (c.body as { code: string }).code === 'ABC123' ? 200 : 401,
      }),
    });
    renderApp('/signin?code=ABC123');

    await waitFor(() => expect(location.current).toBe('/vote'));
    expect(window.localStorage.getItem('plenary.token')).toBe('tok-del');
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
