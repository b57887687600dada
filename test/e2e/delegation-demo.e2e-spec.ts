import pino from 'pino';
import { seedDemo } from '../../server/src/modules/demo/demo.seed';
import { FixedClock, sessionTokenFrom, startTestApp, type TestApp } from '../support/app';

const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));

describe('demo data', () => {
  let t: TestApp;
  const printed: string[] = [];
  const seed = async () => {
    const spy = jest.spyOn(console, 'log').mockImplementation((s: string) => void printed.push(s));
    try {
      await seedDemo(t.app, t.baseUrl, pino({ level: 'silent' }));
    } finally {
      spy.mockRestore();
    }
    return printed[printed.length - 1];
  };
  /** The one-time link tokens printed, in order: secretariat, President, then the delegations. */
  const links = (out: string) => [...out.matchAll(/\/signin\?link=([\w-]+)/g)].map((m) => m[1]);
  const codes = (out: string) => [...out.matchAll(/^ {3}\S.*?\s([A-HJ-NP-Z2-9]{12})$/gm)].map((m) => m[1]);
  const useLink = (token: string) => t.http.post('/api/auth/link').send({ token });

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  it('sets up the 23rd MSP with every State Party seated, observers, and sign-in links that work', async () => {
    const out = await seed();
    const [meeting] = (await t.http.get('/api/meetings').expect(200)).body;
    expect(meeting).toMatchObject({
      kind: 'msp',
      code: '23MSP',
      title: 'Twenty-Third Meeting of the States Parties',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
    });
    expect(meeting.agenda.map((a: { title: string }) => a.title)).toContain(
      'Consideration of requests submitted under Article 5',
    );
    const delegations = (await t.http.get(`/api/meetings/${meeting.id}/delegations`).expect(200)).body as {
      name: string;
      standing: string;
      stateIso3: string | null;
    }[];
    expect(delegations.filter((d) => d.standing === 'participant')).toHaveLength(161);
    expect(
      delegations
        .filter((d) => d.standing === 'observer')
        .map((d) => d.name)
        .sort(),
    ).toEqual([
      'International Campaign to Ban Landmines',
      'International Committee of the Red Cross',
      'United Nations',
      'United States of America',
    ]);

    expect(out).toContain(`${t.baseUrl}/board?meeting=${meeting.id}`);
    expect(out).toContain(`${t.baseUrl}/console?meeting=${meeting.id}`);
    expect(out).toMatch(/passwords are shown only once/);
    const [secretariat, president, ...delegationLinks] = links(out);
    expect(delegationLinks).toHaveLength(3);
    expect(out).toContain(
      `/signin?link=${president}&next=${encodeURIComponent(`/console?meeting=${meeting.id}`)}`,
    );
    // Each printed link opens one session, once.
    const staff = await useLink(secretariat).expect(200);
    expect(staff.body.principal.role).toBe('secretariat');
    expect(
      (
        await t.http
          .get('/api/auth/me')
          .set('Authorization', `Bearer ${sessionTokenFrom(staff)}`)
          .expect(200)
      ).body.role,
    ).toBe('secretariat');
    expect((await useLink(president).expect(200)).body.principal.role).toBe('president');
    expect((await useLink(secretariat).expect(410)).body.code).toBe('LINK_USED');
    expect((await useLink(delegationLinks[0]).expect(200)).body.principal).toMatchObject({
      role: 'delegation',
      stateIso3: 'AFG',
      meetingId: meeting.id,
    });
    // The codes are printed too: typed by hand, they keep working.
    const printedCodes = codes(out);
    expect(printedCodes).toHaveLength(3);
    const signedIn = (await t.http.post('/api/auth/code').send({ code: printedCodes[0] }).expect(200)).body
      .principal;
    expect(signedIn).toMatchObject({ role: 'delegation', stateIso3: 'AFG', meetingId: meeting.id });
    expect(
      (await t.http.post('/api/auth/code').send({ code: printedCodes[0] }).expect(200)).body.principal.role,
    ).toBe('delegation');
  });

  it('changes nothing but the links on a second start, and prints no password', async () => {
    const before = (await t.http.get('/api/meetings').expect(200)).body;
    const out = await seed();
    expect((await t.http.get('/api/meetings').expect(200)).body).toHaveLength(before.length);
    expect((await t.http.get(`/api/meetings/${before[0].id}/delegations`).expect(200)).body).toHaveLength(
      165,
    );
    expect(out).not.toMatch(/password/);
    expect(links(out)).toHaveLength(5);
    expect(codes(out)).toHaveLength(3);
  });
});
