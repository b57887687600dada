import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer } from '../support/plenary';

const D = '2026-03-02';

/** Time that cannot break (issue 9, item 4): zones are IANA zones, periods are counted in Geneva. */
describe('time zones', () => {
  const clock = new FixedClock(genevaMorning(D));
  let t: TestApp;
  let secretariat: string;
  let parties: string[];

  const post = (path: string, body: Record<string, unknown>) =>
    t.http.post(path).set(bearer(secretariat)).send(body);
  const meetings = async () =>
    Number((await t.db.dataSource.query('SELECT count(*) AS n FROM meetings'))[0].n);

  async function proposalWithOneThird(): Promise<string> {
    clock.set(genevaMorning(D));
    const p = (
      await post('/api/convening/special-meetings', {
        requestingStates: [parties[0]],
        matter: 'Compliance of a State Party',
        communicatedOn: D,
      }).expect(201)
    ).body;
    for (const iso3 of parties.slice(0, 54))
      await post(`/api/convening/special-meetings/${p.id}/indications`, { stateIso3: iso3, date: D }).expect(
        201,
      );
    return p.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    const states = (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
      iso3: string;
      status: string;
    }[];
    parties = states.filter((s) => s.status === 'party').map((s) => s.iso3);
  });
  afterAll(() => t.close());

  describe('an invalid zone is refused 400 naming timeZone, and nothing is created', () => {
    it.each(['Geneva', 'Europe/Geneva', '+01:00', 'UTC\u0000'])(
      'POST /api/meetings with %j',
      async (timeZone) => {
        const before = await meetings();
        const res = await post('/api/meetings', {
          kind: 'msp',
          title: 'Meeting of the States Parties',
          venue: 'Geneva',
          startDate: '2026-11-30',
          endDate: '2026-12-04',
          timeZone,
        }).expect(400);
        expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'timeZone' });
        expect(await meetings()).toBe(before);
      },
    );

    it('POST /api/convening/review-conferences', async () => {
      const res = await post('/api/convening/review-conferences', {
        requestingStates: [parties[0]],
        title: 'Sixth Review Conference',
        venue: 'Geneva',
        startDate: '2029-11-25',
        endDate: '2029-11-29',
        timeZone: 'Geneva',
      }).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'timeZone' });
      expect(res.body.message).toMatch(/IANA time zone/);
    });

    it('POST /api/convening/special-meetings/{id}/convene', async () => {
      const res = await post(`/api/convening/special-meetings/00000000-0000-4000-8000-000000000000/convene`, {
        startDate: D,
        endDate: D,
        timeZone: 'Geneva',
      }).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'timeZone' });
    });

    it('a valid zone other than Geneva works end to end: the quorum answers', async () => {
      const m = (
        await post('/api/meetings', {
          kind: 'msp',
          title: 'Meeting in New York',
          venue: 'New York',
          startDate: '2026-11-30',
          endDate: '2026-12-04',
          timeZone: 'America/New_York',
        }).expect(201)
      ).body;
      const q = (await t.http.get(`/api/meetings/${m.id}/quorum`).expect(200)).body;
      expect(q.date).toBe('2026-11-30');
    });
  });

  describe('a Special Meeting is convened by D + 28 counted in Geneva, whatever the new meeting’s zone (§4a)', () => {
    // Communicated on 2 March 2026: convene by 30 March. Geneva is on summer time (UTC+2) from 29 March.
    it('refuses at 01:30 on 31 March in Geneva, though it is still 30 March in New York', async () => {
      const id = await proposalWithOneThird();
      clock.set(new Date('2026-03-30T23:30:00Z'));
      const res = await post(`/api/convening/special-meetings/${id}/convene`, {
        venue: 'New York',
        startDate: '2026-03-30',
        endDate: '2026-03-30',
        timeZone: 'America/New_York',
      }).expect(422);
      expect(res.body).toMatchObject({ code: 'PERIOD_ENDED' });
      expect(res.body.message).toMatch(/by 2026-03-30/);
    });

    it('convenes at 14:00 on 30 March in Geneva, though it is already 31 March in Auckland', async () => {
      const id = await proposalWithOneThird();
      clock.set(new Date('2026-03-30T12:00:00Z'));
      const res = (
        await post(`/api/convening/special-meetings/${id}/convene`, {
          venue: 'Auckland',
          startDate: '2026-03-30',
          endDate: '2026-03-30',
          timeZone: 'Pacific/Auckland',
        }).expect(201)
      ).body;
      expect(res.meeting).toMatchObject({ kind: 'special', timeZone: 'Pacific/Auckland' });
      expect(res.proposal.conveneBy).toMatchObject({ lastDay: '2026-03-30', passed: false });
    });
  });
});
