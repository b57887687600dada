import { startTestApp, staffToken, type TestApp } from '../support/app';

describe('register of States Parties (HTTP)', () => {
  let t: TestApp;
  let secretariat: string;

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await staffToken(t, 'secretariat');
  });
  afterAll(() => t.close());

  it('counts 161 States Parties on 20 Feb 2026, with quorum 81 and one-third 54', async () => {
    const res = await t.http.get('/api/register/summary?on=2026-02-20').expect(200);
    expect(res.body.count).toBe(161);
    expect(res.body.quorumSpecialMeeting.required).toBe(81);
    expect(res.body.oneThirdToConvene.required).toBe(54);
    expect(res.body.quorumSpecialMeeting.explanation).toMatch(/161/);
    const total = res.body.byRegionalGroup.reduce((s: number, g: { count: number }) => s + g.count, 0);
    expect(total).toBe(161);
  });

  it('counts 162 the day before Poland’s withdrawal takes effect', async () => {
    const res = await t.http.get('/api/register/summary?on=2026-02-19').expect(200);
    expect(res.body.count).toBe(162);
  });

  it('lists every State with its status on the date', async () => {
    const res = await t.http.get('/api/states?on=2026-02-20').expect(200);
    expect(res.body.count).toBe(161);
    const pol = res.body.states.find((s: { iso3: string }) => s.iso3 === 'POL');
    expect(pol.status).toBe('withdrawn');
    expect(pol.withdrawal.effectiveDate).toBe('2026-02-20');
    const ton = (await t.http.get('/api/states?on=2025-11-30').expect(200)).body.states.find(
      (s: { iso3: string }) => s.iso3 === 'TON',
    );
    expect(ton.status).toBe('pending');
  });

  it('answers a date before entry into force with no States Parties rather than an error', async () => {
    const res = await t.http.get('/api/register/summary?on=1998-12-31').expect(200);
    expect(res.body.count).toBe(0);
    expect(res.body.quorumSpecialMeeting.explanation).toMatch(/No State was a Party/);
    expect((await t.http.get('/api/register/summary?on=1999-03-01')).body.count).toBe(45);
  });

  it('rejects a malformed date with a 400 naming the field', async () => {
    const res = await t.http.get('/api/states?on=2026-02-30').expect(400);
    expect(res.body.code).toBe('VALIDATION');
    expect(res.body.field).toBe('on');
  });

  it('refuses writes without the secretariat role', async () => {
    await t.http
      .post('/api/states/USA/instruments')
      .send({ type: 'accession', depositDate: '2026-03-01' })
      .expect(401);
    const president = await staffToken(t, 'president');
    await t.http
      .post('/api/states/USA/instruments')
      .set('Authorization', `Bearer ${president}`)
      .send({ type: 'accession', depositDate: '2026-03-01' })
      .expect(403);
  });

  it('records a new State’s accession and counts it from the first day of the sixth month', async () => {
    const auth = { Authorization: `Bearer ${secretariat}` };
    await t.http
      .post('/api/states')
      .set(auth)
      .send({ iso3: 'USA', name: 'United States of America', regionalGroup: 'WEOG' })
      .expect(201);
    const res = await t.http
      .post('/api/states/USA/instruments')
      .set(auth)
      .send({ type: 'accession', depositDate: '2026-03-12' })
      .expect(201);
    expect(res.body.instruments[0].entryIntoForce).toBe('2026-09-01');
    expect((await t.http.get('/api/register/summary?on=2026-08-31')).body.count).toBe(161);
    expect((await t.http.get('/api/register/summary?on=2026-09-01')).body.count).toBe(162);
  });

  it('refuses bad register writes with a clear error and changes nothing', async () => {
    const auth = { Authorization: `Bearer ${secretariat}` };
    const before = (await t.http.get('/api/states?on=2030-01-01')).body;
    const unknown = await t.http
      .post('/api/states/XXX/instruments')
      .set(auth)
      .send({ type: 'accession', depositDate: '2026-03-12' })
      .expect(404);
    expect(unknown.body.code).toBe('UNKNOWN_STATE');
    const early = await t.http.post('/api/states').set(auth).send({ iso3: 'ZZZ', name: 'Zed' }).expect(201);
    expect(early.body.status).toBe('non-party');
    const tooEarly = await t.http
      .post('/api/states/ZZZ/instruments')
      .set(auth)
      .send({ type: 'accession', depositDate: '1997-01-01' })
      .expect(422);
    expect(tooEarly.body.field).toBe('depositDate');
    const nonParty = await t.http
      .post('/api/states/ZZZ/withdrawal')
      .set(auth)
      .send({ receivedDate: '2026-03-01' })
      .expect(422);
    expect(nonParty.body.code).toBe('NOT_A_PARTY');
    const malformed = await t.http
      .post('/api/states/FRA/withdrawal')
      .set(auth)
      .send({ receivedDate: 'March 1st' })
      .expect(400);
    expect(malformed.body.field).toBe('receivedDate');
    const after = (await t.http.get('/api/states?on=2030-01-01')).body;
    expect(after.count).toBe(before.count);
  });

  it('keeps a withdrawal in abeyance during an armed conflict until its end is recorded', async () => {
    const auth = { Authorization: `Bearer ${secretariat}` };
    const w = await t.http
      .post('/api/states/FRA/withdrawal')
      .set(auth)
      .send({ receivedDate: '2026-03-01', armedConflict: true })
      .expect(201);
    expect(w.body.withdrawal.effectiveDate).toBeNull();
    expect(
      (await t.http.get('/api/states?on=2027-01-01')).body.states.find(
        (s: { iso3: string }) => s.iso3 === 'FRA',
      ).status,
    ).toBe('party');
    const end = await t.http
      .post('/api/states/FRA/withdrawal/conflict-end')
      .set(auth)
      .send({ endedOn: '2027-03-15' })
      .expect(201);
    expect(end.body.withdrawal.effectiveDate).toBe('2027-03-15');
    expect(
      (await t.http.get('/api/states?on=2027-03-15')).body.states.find(
        (s: { iso3: string }) => s.iso3 === 'FRA',
      ).status,
    ).toBe('withdrawn');
  });

  it('reports database reachability and migration state', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.database.reachable).toBe(true);
    expect(res.body.migrations.pending).toBe(0);
  });

  it('serves an OpenAPI document listing the register endpoints', async () => {
    const res = await t.http.get('/api/docs/openapi.json').expect(200);
    for (const path of [
      '/api/states',
      '/api/register/summary',
      '/api/states/{iso3}/instruments',
      '/api/states/{iso3}/withdrawal',
      '/api/health',
    ]) {
      expect(res.body.paths[path]).toBeDefined();
    }
  });
});
