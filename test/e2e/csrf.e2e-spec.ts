import { io } from 'socket.io-client';
import {
  FixedClock,
  genevaMorning,
  sessionTokenFrom,
  startTestApp,
  staffToken,
  type TestApp,
} from '../support/app';
import { bearer, delegations, setUpMeeting, type ClientSocket } from '../support/plenary';

const EVIL = 'https://evil.example';
const FRIEND = 'https://webcast.example.org';

/** What a browser connecting from `origin` sends: its Origin, and the session cookie if it has one. */
function socketFrom(t: TestApp, origin: string | undefined, cookie?: string): Promise<ClientSocket> {
  const s: ClientSocket = io(t.baseUrl, {
    transports: ['websocket'],
    extraHeaders: {
      ...(origin ? { Origin: origin } : {}),
      ...(cookie ? { Cookie: `plenary_session=${encodeURIComponent(cookie)}` } : {}),
    },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', (e) => {
      s.close();
      reject(e);
    });
  });
}

describe('CSRF: cookie-authenticated writes come only from the Plenary screens', () => {
  let t: TestApp;
  let cookie: string;
  let meetingId: string;
  const agenda = async () =>
    ((await t.http.get(`/api/meetings/${meetingId}`).expect(200)).body.agenda as { title: string }[]).map(
      (a) => a.title,
    );
  /** The secretariat's browser, signed in: its cookie rides along with any request to the server. */
  const asBrowser = (path: string) =>
    t.http.post(path).set('Cookie', `plenary_session=${encodeURIComponent(cookie)}`);

  beforeAll(async () => {
    t = await startTestApp({
      clock: new FixedClock(genevaMorning('2026-03-02')),
      env: { PLENARY_ALLOWED_ORIGINS: FRIEND },
    });
    const secretariat = await staffToken(t, 'secretariat');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    cookie = sessionTokenFrom(
      await t.http
        .post('/api/auth/login')
        .send({ username: 'secretariat', password: 'correct horse battery' })
        .expect(200),
    );
  });
  afterAll(() => t.close());

  it('refuses a cross-origin HTML form post (form-encoded) carrying the cookie, and changes nothing', async () => {
    const before = await agenda();
    const res = await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Origin', EVIL)
      .type('form')
      .send('title=Forged+item')
      .expect(403);
    expect(res.body).toMatchObject({ code: 'CROSS_SITE_REQUEST', message: expect.stringContaining(EVIL) });
    expect(await agenda()).toEqual(before);
  });

  it('refuses a cross-origin text/plain post (a "simple" request with no preflight)', async () => {
    const before = await agenda();
    await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Origin', EVIL)
      .set('Content-Type', 'text/plain')
      .send('{"title":"Forged item"}')
      .expect(403);
    await asBrowser(`/api/meetings/${meetingId}/status`)
      .set('Origin', EVIL)
      .set('Content-Type', 'text/plain')
      .send('{"action":"suspend"}')
      .expect(403);
    const ids = (await delegations(t, meetingId)).map((d) => d.id);
    await asBrowser(`/api/delegations/${ids[0]}/sign-in-code`).set('Origin', EVIL).expect(403);
    expect(await agenda()).toEqual(before);
  });

  it('refuses a foreign Referer when there is no Origin, and an opaque Origin ("null")', async () => {
    await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Referer', `${EVIL}/attack.html`)
      .set('X-Plenary-CSRF', '1')
      .send({ title: 'Forged item' })
      .expect(403);
    await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Origin', 'null')
      .set('X-Plenary-CSRF', '1')
      .send({ title: 'Forged item' })
      .expect(403);
  });

  it('refuses a same-origin cookie write without the X-Plenary-CSRF header, which forms cannot send', async () => {
    const res = await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Origin', t.baseUrl)
      .send({ title: 'Forged item' })
      .expect(403);
    expect(res.body.message).toMatch(/x-plenary-csrf/i);
  });

  it('accepts the screens’ own writes: same origin (or an allowed one), cookie and header', async () => {
    await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Origin', t.baseUrl)
      .set('X-Plenary-CSRF', '1')
      .send({ title: 'Adoption of the report' })
      .expect(201);
    await asBrowser(`/api/meetings/${meetingId}/agenda`)
      .set('Origin', FRIEND)
      .set('X-Plenary-CSRF', '1')
      .send({ title: 'Date of the next meeting' })
      .expect(201);
    expect(await agenda()).toEqual(
      expect.arrayContaining(['Adoption of the report', 'Date of the next meeting']),
    );
  });

  it('lets scripts with a bearer token and no cookie write without the header', async () => {
    await t.http
      .post(`/api/meetings/${meetingId}/agenda`)
      .set(bearer(cookie))
      .send({ title: 'Closure of the meeting' })
      .expect(201);
  });

  it('refuses a cross-site sign-in (login CSRF): no session is set', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('Origin', EVIL)
      .type('form')
      .send('username=secretariat&password=correct+horse+battery')
      .expect(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('reads stay open to any origin: the board and the register are public', async () => {
    await t.http.get(`/api/meetings/${meetingId}`).set('Origin', EVIL).expect(200);
  });

  it('refuses a websocket from a foreign origin, even with the President’s cookie; accepts its own origin', async () => {
    const president = await staffToken(t, 'president');
    await expect(socketFrom(t, EVIL, president)).rejects.toThrow();
    const own = await socketFrom(t, t.baseUrl, president);
    expect(own.connected).toBe(true);
    own.disconnect();
    const friend = await socketFrom(t, FRIEND);
    friend.disconnect();
  });

  it('answers no CORS grant to a foreign origin on the socket.io polling transport', async () => {
    const res = await t.http
      .options('/socket.io/?EIO=4&transport=polling')
      .set('Origin', EVIL)
      .set('Access-Control-Request-Method', 'GET');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const polling = await t.http.get('/socket.io/?EIO=4&transport=polling').set('Origin', EVIL);
    expect(polling.status).toBe(403);
  });
});
