import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/app';

const DIST = join(__dirname, '..', '..', 'client', 'dist');

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes on the wire, as a browser's network layer gets them (supertest would decompress). */
function raw(t: TestApp, path: string, encoding: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    get(`${t.baseUrl}${path}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('static assets: compressed, cached by content hash, no source maps', () => {
  let t: TestApp;
  let script: string;
  let style: string;

  beforeAll(async () => {
    t = await startTestApp({ withClient: true });
    const html = (await t.http.get('/board').expect(200)).text;
    script = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1];
    style = /<link[^>]+href="([^"]+\.css)"/.exec(html)![1];
  });
  afterAll(() => t.close());

  it('sends the bundle with brotli or gzip, as the browser offers, and the bytes are the file’s', async () => {
    const file = readFileSync(join(DIST, script));
    const br = await raw(t, script, 'br, gzip');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    expect(br.body.length).toBeLessThan(file.length / 3);
    const gz = await raw(t, script, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    const plain = await raw(t, script, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    expect((await raw(t, style, 'br')).headers['content-encoding']).toBe('br');
    // API answers too (the register: every State), once over 1 kB; the page itself is smaller.
    expect((await raw(t, '/api/states', 'gzip')).headers['content-encoding']).toBe('gzip');
    expect((await raw(t, '/board', 'gzip')).body.length).toBeLessThan(1024);
  });

  it('caches hashed assets for a year, immutable; revalidates the page itself', async () => {
    for (const path of [script, style]) {
      expect(path).toMatch(/^\/assets\/.+-[\w-]{8,}\.(js|css)$/);
      expect((await t.http.get(path).expect(200)).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    for (const path of ['/', '/board', '/index.html']) {
      expect((await t.http.get(path).expect(200)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('never serves a source map, and the bundle does not point to one', async () => {
    const maps = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.map'));
    for (const map of maps) await t.http.get(`/assets/${map}`).expect(404);
    await t.http.get(`${script}.map`).expect(404);
    await t.http.get('/anything.js.map').expect(404);
    expect(readFileSync(join(DIST, script), 'utf8')).not.toMatch(/sourceMappingURL/);
    expect(existsSync(join(DIST, script))).toBe(true);
  });

  it('answers a missing asset with 404, never the page under a script’s name', async () => {
    const res = await t.http.get('/assets/index-missing.js').expect(404);
    expect(res.headers['content-type'] ?? '').not.toMatch(/text\/html/);
  });
});
