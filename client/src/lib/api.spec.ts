import { z } from 'zod';
import { mockFetch } from '../testing/mockFetch';
import { ApiError, apiRequest } from './api';
import { setSessionToken } from './session-token';

let fetchMock: ReturnType<typeof mockFetch>;
afterEach(() => {
  fetchMock.restore();
  setSessionToken(null);
});

describe('apiRequest', () => {
  it('sends the stored token as Bearer and returns the parsed body', async () => {
    fetchMock = mockFetch({ 'GET /api/thing': () => ({ body: { n: 3 } }) });
    setSessionToken('t1');
    await expect(
      apiRequest('/api/thing', z.object({ n: z.number() }), { query: { on: '2026-02-20', skip: undefined } }),
    ).resolves.toEqual({ n: 3 });
    expect(fetchMock.calls[0].url).toBe('/api/thing?on=2026-02-20');
    expect(fetchMock.calls[0].headers.Authorization).toBe('Bearer t1');
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
