import { z } from 'zod';
import { mockFetch } from '../testing/mockFetch';
import { ApiError, apiRequest } from './api';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  fetchMock.restore();
});

describe('apiRequest', () => {
  it('relies on the session cookie: sends no token, but the CSRF header, and returns the parsed body', async () => {
    fetchMock = mockFetch({ 'GET /api/thing': () => ({ body: { n: 3 } }) });
    window.localStorage.setItem('plenary.token', 'stale-from-an-old-version');
    await expect(
      apiRequest('/api/thing', z.object({ n: z.number() }), { query: { on: '2026-02-20', skip: undefined } }),
    ).resolves.toEqual({ n: 3 });
    expect(fetchMock.calls[0].url).toBe('/api/thing?on=2026-02-20');
    expect(fetchMock.calls[0].headers.Authorization).toBeUndefined();
    expect(fetchMock.calls[0].headers['X-Plenary-CSRF']).toBe('1');
    window.localStorage.removeItem('plenary.token');
  });

  it('throws an ApiError carrying the server’s code, field and message', async () => {
    fetchMock = mockFetch({
      'GET /api/states': () => ({
        status: 400,
        body: { statusCode: 400, code: 'VALIDATION', message: 'is not a calendar date', field: 'on' },
      }),
    });
    const err = await apiRequest('/api/states', z.unknown()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      field: 'on',
      message: 'is not a calendar date',
    });
    expect((err as ApiError).messageFor('on')).toBe('is not a calendar date');
  });

  it('reads Retry-After from a 429', async () => {
    fetchMock = mockFetch({
      'POST /api/auth/login': () => ({
        status: 429,
        headers: { 'Retry-After': '840' },
        body: {
          statusCode: 429,
          code: 'RATE_LIMITED',
          message: 'Too many sign-in attempts for this account.',
        },
      }),
    });
    const err = await apiRequest('/api/auth/login', z.unknown(), { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 840 });
  });

  it('refuses an answer that does not match the contract', async () => {
    fetchMock = mockFetch({ 'GET /api/thing': () => ({ body: { n: 'three' } }) });
    await expect(apiRequest('/api/thing', z.object({ n: z.number() }))).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
    });
  });

  it('reports a network failure as NETWORK', async () => {
    fetchMock = mockFetch({ 'GET /api/thing': () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(apiRequest('/api/thing', z.unknown())).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
