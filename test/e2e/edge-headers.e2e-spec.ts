import { sessionTokenFrom, startTestApp, staffToken, type TestApp } from '../support/app';

/** A CSP header as a map of directive → sources. */
function csp(header: string | undefined): Record<string, string[]> {
  expect(header).toBeDefined();
  return Object.fromEntries(
    header!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('security headers on the screens and the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ withClient: true });
  });
  afterAll(() => t.close());

  it('serves the screens under a strict Content-Security-Policy', async () => {
    for (const path of ['/board', '/desk', '/console', '/vote', '/']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      const p = csp(res.headers['content-security-policy']);
      expect(p['default-src']).toEqual(["'self'"]);
      expect(p['script-src']).toEqual(["'self'"]); // no inline script, no eval
      expect(p['script-src-attr']).toEqual(["'none'"]);
      expect(p['style-src']).toEqual(["'self'"]); // no inline style elements
      expect(p['connect-src']).toEqual(["'self'"]);
      expect(p['object-src']).toEqual(["'none'"]);
      expect(p['base-uri']).toEqual(["'self'"]);
      expect(p['form-action']).toEqual(["'self'"]);
      expect(p['frame-ancestors']).toEqual(["'none'"]);
      expect(p['upgrade-insecure-requests']).toBeUndefined(); // plain http here
    }
  });

  it('forbids framing, sniffing and leaking the address, on pages and API answers alike', async () => {
    for (const path of ['/board', '/api/meetings', '/api/auth/me']) {
      const res = await t.http.get(path);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined(); // not over plain http
    }
  });

  it('lets only the API documentation page use inline styles (Swagger UI)', async () => {
    const res = await t.http.get('/api/docs').redirects(1).expect(200);
    const p = csp(res.headers['content-security-policy']);
    expect(p['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p['script-src']).toEqual(["'self'"]);
  });
});

describe('https: HSTS and Secure cookies', () => {
  it('with an https PUBLIC_URL: HSTS, upgrade-insecure-requests, the socket origin, and a Secure session cookie', async () => {
    const t = await startTestApp({ withClient: true, env: { PUBLIC_URL: 'https://plenary.example.org' } });
    try {
      const res = await t.http.get('/board').expect(200);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const p = csp(res.headers['content-security-policy']);
      expect(p['upgrade-insecure-requests']).toEqual([]);
      expect(p['connect-src']).toEqual(["'self'", 'wss://plenary.example.org']);
      await staffToken(t, 'secretariat');
      const login = await t.http
        .post('/api/auth/login')
        .send({ username: 'secretariat', password: 'correct horse battery' })
        .expect(200);
      expect(String(login.headers['set-cookie'])).toMatch(/plenary_session=.*; Secure/);
    } finally {
      await t.close();
    }
  });

  it('behind a trusted proxy saying https: HSTS and a Secure cookie; from an untrusted one: neither', async () => {
    const trusted = await startTestApp();
    const untrusted = await startTestApp({ env: { PLENARY_TRUST_PROXY: 'false' } });
    try {
      for (const [t, secure] of [
        [trusted, true],
        [untrusted, false],
      ] as const) {
        await staffToken(t, 'secretariat');
        const login = await t.http
          .post('/api/auth/login')
          .set('X-Forwarded-Proto', 'https')
          .send({ username: 'secretariat', password: 'correct horse battery' })
          .expect(200);
        expect(sessionTokenFrom(login)).toBeTruthy();
        expect(/; Secure/.test(String(login.headers['set-cookie']))).toBe(secure);
        const res = await t.http.get('/api/meetings').set('X-Forwarded-Proto', 'https').expect(200);
        expect(res.headers['strict-transport-security'] !== undefined).toBe(secure);
      }
    } finally {
      await trusted.close();
      await untrusted.close();
    }
  });

  it('frames the screens only where PLENARY_FRAME_ANCESTORS allows (a webcast page)', async () => {
    const t = await startTestApp({
      withClient: true,
      env: { PLENARY_FRAME_ANCESTORS: 'https://webcast.example.org' },
    });
    try {
      const res = await t.http.get('/board').expect(200);
      expect(csp(res.headers['content-security-policy'])['frame-ancestors']).toEqual([
        'https://webcast.example.org',
      ]);
      expect(res.headers['x-frame-options']).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
