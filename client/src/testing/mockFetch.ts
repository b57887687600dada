/** A fetch stand-in for component specs: answers by path, records every call. */
export interface MockCall {
  url: string;
  path: string;
  query: URLSearchParams;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status?: number; body?: unknown; headers?: Record<string, string> };
export type MockAnswer = Answer | Promise<Answer>;
export type MockRoutes = Record<string, (call: MockCall) => MockAnswer>;

export function mockFetch(routes: MockRoutes): { calls: MockCall[]; restore: () => void } {
  const calls: MockCall[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const parsed = new URL(url, 'http://localhost');
    const call: MockCall = {
      url,
      path: parsed.pathname,
      query: parsed.searchParams,
      method: init.method ?? 'GET',
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    const answer = route
      ? await route(call)
      : { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: `No route ${call.path}` } };
    const status = answer.status ?? 200;
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: '',
      headers: new Headers(answer.headers ?? {}),
      text: () => Promise.resolve(text),
    } as Response;
  };
  return { calls, restore: () => (globalThis.fetch = original) };
}

export const unauthenticated = () => ({
  status: 401,
  body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Not signed in' },
});
