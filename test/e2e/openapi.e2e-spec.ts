import { startTestApp, type TestApp } from '../support/app';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every API endpoint the server routes, with its method', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } };
    const routes = express.router.stack
      .filter((l) => l.route && l.route.path.startsWith('/api/') && !l.route.path.startsWith('/api/docs'))
      .flatMap((l) =>
        Object.keys(l.route!.methods).map((m) => ({
          method: m,
          path: l.route!.path.replace(/:(\w+)/g, '{$1}'),
        })),
      );
    expect(routes.length).toBeGreaterThan(25);
    const missing = routes.filter((r) => !doc.paths[r.path]?.[r.method]);
    expect(missing).toEqual([]);
  });

  it('documents request bodies from the zod contracts', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body;
    const cast = doc.paths['/api/votes/{voteId}/ballots'].post;
    expect(JSON.stringify(cast.requestBody)).toContain('opId');
    expect(JSON.stringify(cast.requestBody)).toContain('abstain');
  });
});
