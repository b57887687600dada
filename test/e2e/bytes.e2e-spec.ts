import { randomUUID } from 'node:crypto';
import { startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer, connect, setUpMeeting } from '../support/plenary';

/**
 * Bad bytes get a clear 4xx naming the field (issue 9, item 5). The static client is mounted as
 * in production: its error handler used to turn every body error on /api into 404 "Cannot POST".
 */
describe('bytes: malformed, oversized, non-JSON and non-text input', () => {
  let t: TestApp;
  let secretariat: string;
  const sessions = async () =>
    Number((await t.db.dataSource.query('SELECT count(*) AS n FROM sessions'))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ withClient: true });
    secretariat = await staffToken(t, 'secretariat');
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 VALIDATION naming body', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username":');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'body' });
    expect(res.body.message).toMatch(/malformed JSON/);
  });

  it('answers a body over the limit with 413 stating the limit', async () => {
    const res = await t.http
      .post('/api/meetings')
      .set(bearer(secretariat))
      .send({ title: 'x'.repeat(600_000) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'body' });
    expect(res.body.message).toMatch(/the limit is 524,288 bytes \(512 kB\)/);
  });

  it('takes a body just under the limit to the contract, which names the field too long', async () => {
    const res = await t.http
      .post('/api/convening/amendments')
      .set(bearer(secretariat))
      .send({ proposedBy: 'FRA', circulatedOn: '2026-03-02', text: 'é'.repeat(60_000) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'text' });
  });

  it.each([
    ['text/plain', '{"username":"a","password":"b"}'],
    ['application/x-www-form-urlencoded', 'username=a&password=b'],
    ['application/xml', '<login/>'],
  ])('refuses a %s body with 415', async (type, body) => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', type).send(body);
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'body' });
  });

  it.each([
    ['a NUL', 'adm\u0000in', /NUL character/],
    ['a lone surrogate', 'adm\ud800in', /lone surrogate/],
  ])(
    'refuses %s in the login (no sign-in needed) with 400 naming username, signing no one in',
    async (_w, username, msg) => {
      const before = await sessions();
      const res = await t.http.post('/api/auth/login').send({ username, password: 'correct horse battery' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'username' });
      expect(res.body.message).toMatch(msg);
      expect(await sessions()).toBe(before);
    },
  );

  it('refuses a NUL deep in a body, in a query and in a path parameter, naming each', async () => {
    const meeting = await setUpMeeting(t, secretariat);
    const body = await t.http
      .post('/api/meetings')
      .set(bearer(secretariat))
      .send({
        kind: 'msp',
        title: 'A meeting',
        venue: 'Geneva',
        startDate: '2026-03-02',
        endDate: '2026-03-02',
        agenda: ['Opening', 'Item \u0000'],
      });
    expect(body.status).toBe(400);
    expect(body.body.field).toBe('agenda.1');
    const query = await t.http.get(`/api/meetings/${meeting.id}/record?kind=%00`);
    expect(query.status).toBe(400);
    expect(query.body.field).toBe('kind');
    const param = await t.http.get('/api/meetings/%00');
    expect(param.status).toBe(400);
    expect(param.body.field).toBe('id');
  });

  it('refuses a NUL in a socket payload with a VALIDATION error naming the field, and answers a payload-less command', async () => {
    const socket = await connect(t);
    try {
      const ack = await socket.timeout(5000).emitWithAck('vote.cast', {
        voteId: randomUUID(),
        choice: 'yes\u0000' as 'yes',
        opId: randomUUID(),
      });
      expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'choice' } });
      const bare = await (socket.timeout(5000).emitWithAck as (e: string) => Promise<unknown>).call(
        socket,
        'meeting.watch',
      );
      expect(bare).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      socket.close();
    }
  });
});
