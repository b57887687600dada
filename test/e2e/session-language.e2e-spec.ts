import { startTestApp, sessionTokenFrom, staffToken, type TestApp } from '../support/app';
import { bearer, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

/**
 * The language per user (issue #16, item 1): each account and each delegation keeps the language
 * it chose last, so a device it signs in on later opens in it; an unknown language is kept as the
 * choice and shown as English; bad input is a 400 naming the field and changes nothing.
 */
describe('PUT /api/auth/language', () => {
  let t: TestApp;
  let secretariat: string;
  let meetingId: string;

  const me = async (token: string) =>
    (await t.http.get('/api/auth/me').set(bearer(token)).expect(200)).body as { language?: string | null };
  const choose = (token: string, language: unknown) =>
    t.http.put('/api/auth/language').set(bearer(token)).send({ language });

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await staffToken(t, 'secretariat');
    meetingId = (await setUpMeeting(t, secretariat)).id;
  });
  afterAll(() => t.close());

  it('keeps an account’s choice for its next sign-in on another device', async () => {
    expect((await me(secretariat)).language).toBeNull();
    const res = await choose(secretariat, 'ar').expect(200);
    expect(res.body).toEqual({ requested: 'ar', language: 'ar', fallback: false });
    // A new device: a new session of the same account, the choice comes with the principal.
    const login = await t.http
      .post('/api/auth/login')
      .send({ username: 'secretariat', password: 'correct horse battery' })
      .expect(200);
    expect(login.body.principal.language).toBe('ar');
    expect((await me(sessionTokenFrom(login))).language).toBe('ar');
  });

  it('keeps a delegation’s choice for every device of the delegation, apart from other accounts', async () => {
    const [d] = (await delegations(t, meetingId)).filter((x) => x.stateIso3);
    const first = await signInDelegation(t, secretariat, d.id);
    await choose(first, 'zh-Hans-CN').expect(200);
    const second = await signInDelegation(t, secretariat, d.id);
    expect((await me(second)).language).toBe('zh-Hans-CN');
    const president = await staffToken(t, 'president');
    expect((await me(president)).language).toBeNull();
  });

  it('keeps a language Plenary does not have as the choice and shows English', async () => {
    const president = await staffToken(t, 'president');
    const res = await choose(president, 'de-CH').expect(200);
    expect(res.body).toEqual({ requested: 'de-CH', language: 'en', fallback: true });
    expect((await me(president)).language).toBe('de-CH');
  });

  it.each([
    ['not a tag', '<script>', /is not a language tag/],
    ['too long', `en-${'abcdefgh-'.repeat(4)}x`, /must have at most 35 characters/],
    ['not a string', 42, /language/],
  ])('refuses %s with a 400 naming the field and changes nothing', async (_why, language, message) => {
    const president = await staffToken(t, 'president');
    await choose(president, 'fr').expect(200);
    const res = await choose(president, language).expect(400);
    expect(res.body.field ?? res.body.issues?.[0]?.field).toBe('language');
    expect(JSON.stringify(res.body)).toMatch(message);
    expect((await me(president)).language).toBe('fr');
  });

  it('needs a signed-in principal', async () => {
    const res = await t.http.put('/api/auth/language').send({ language: 'fr' }).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});
