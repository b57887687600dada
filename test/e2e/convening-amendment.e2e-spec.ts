import { addDays } from '@plenary/shared';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer, checkIn, delegations } from '../support/plenary';

const at = genevaMorning;
const D = '2026-03-02';

describe('convening: an amendment from circulation to entry into force (Art. 13) and an Art. 5 extension', () => {
  const clock = new FixedClock(at(D));
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let parties: string[];
  let amendmentId: string;
  let conferenceId: string;

  const act = (path: string, iso3: string, date: string) =>
    t.http
      .post(`/api/convening/amendments/${amendmentId}/${path}`)
      .set(bearer(secretariat))
      .send({ stateIso3: iso3, date });
  const amendment = async () =>
    (await t.http.get(`/api/convening/amendments/${amendmentId}`).expect(200)).body;
  const bound = async (on: string) =>
    (await t.http.get(`/api/convening/amendments/${amendmentId}/bound`).query({ on }).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    const states = (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
      iso3: string;
      status: string;
    }[];
    parties = states.filter((s) => s.status === 'party').map((s) => s.iso3);
    await t.http
      .post('/api/meetings')
      .set(bearer(secretariat))
      .send({
        kind: 'msp',
        number: 23,
        title: 'Twenty-Third Meeting of the States Parties',
        venue: 'Geneva',
        startDate: '2026-11-30',
        endDate: '2026-12-04',
      })
      .expect(201);
  });
  afterAll(() => t.close());

  it('counts support against a majority (81 of 161) within 30 days; the 81st on the last day, a later one refused', async () => {
    const a = (
      await t.http
        .post('/api/convening/amendments')
        .set(bearer(secretariat))
        .send({ proposedBy: parties[0], text: 'Amend Article 5 to ...', circulatedOn: D })
        .expect(201)
    ).body;
    expect(a).toMatchObject({
      supportBy: { lastDay: '2026-04-01', daysRemaining: 30 },
      support: { required: 81, parties: 161 },
      phase: 'collecting',
    });
    amendmentId = a.id;
    expect((await act('acceptances', parties[1], D).expect(422)).body.code).toBe('NOT_ADOPTED');
    clock.set(at('2026-04-01'));
    for (const [i, iso3] of parties.slice(0, 80).entries())
      await act('support', iso3, addDays(D, i % 30)).expect(201);
    expect((await amendment()).support).toMatchObject({ count: 80, met: false });
    const early = await t.http
      .post(`/api/convening/amendments/${amendmentId}/conference`)
      .set(bearer(secretariat))
      .send({})
      .expect(422);
    expect(early.body.code).toBe('THRESHOLD_NOT_MET');
    const met = (await act('support', parties[80], '2026-04-01').expect(201)).body;
    expect(met.support).toMatchObject({ count: 81, required: 81, met: true, metOn: '2026-04-01' });
    clock.set(at('2026-04-02'));
    expect((await act('support', parties[81], '2026-04-02').expect(422)).body.code).toBe('PERIOD_ENDED');
    expect((await amendment()).support.count).toBe(81);
  });

  it('schedules the Amendment Conference the day after the next MSP, unless a majority asked for earlier', async () => {
    const refused = await t.http
      .post(`/api/convening/amendments/${amendmentId}/conference`)
      .set(bearer(secretariat))
      .send({ startDate: '2026-06-01' })
      .expect(422);
    expect(refused.body.code).toBe('CONVENE_DATE');
    const a = (
      await t.http
        .post(`/api/convening/amendments/${amendmentId}/conference`)
        .set(bearer(secretariat))
        .send({ days: 2 })
        .expect(201)
    ).body;
    expect(a.phase).toBe('convened');
    conferenceId = a.conferenceMeetingId;
    const m = (await t.http.get(`/api/meetings/${conferenceId}`).expect(200)).body;
    expect(m).toMatchObject({
      kind: 'amendment',
      startDate: '2026-12-05',
      endDate: '2026-12-06',
      venue: 'Geneva',
    });
    await t.http
      .post(`/api/convening/amendments/${amendmentId}/conference`)
      .set(bearer(secretariat))
      .send({})
      .expect(409);
  });

  it('adopts the amendment by two-thirds of those present and voting (Art. 13.4)', async () => {
    clock.set(at('2026-12-05'));
    await t.http
      .post(`/api/meetings/${conferenceId}/delegations/bulk`)
      .set(bearer(secretariat))
      .send({ credentials: 'accepted' })
      .expect(201);
    const ds = (await delegations(t, conferenceId)).filter((d) => d.stateIso3);
    await checkIn(
      t,
      secretariat,
      ds.slice(0, 100).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${conferenceId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const vote = async (yes: number, no: number) => {
      const q = (
        await t.http
          .post(`/api/meetings/${conferenceId}/questions`)
          .set(bearer(president))
          .send({ text: 'Adopt the amendment', matter: 'art13-amendment' })
          .expect(201)
      ).body;
      expect(q.rule).toBe('two-thirds-present-voting');
      const v = (
        await t.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'show-of-hands' })
          .expect(201)
      ).body;
      const closed = (
        await t.http
          .post(`/api/votes/${v.id}/close`)
          .set(bearer(president))
          .send({ counts: { yes, no, abstain: 100 - yes - no } })
          .expect(200)
      ).body;
      return { id: q.id as string, outcome: closed.vote.result.outcome as string };
    };
    const short = await vote(65, 34);
    expect(short.outcome).toBe('rejected');
    expect(
      (
        await t.http
          .post(`/api/convening/amendments/${amendmentId}/adoption`)
          .set(bearer(secretariat))
          .send({ questionId: short.id })
          .expect(422)
      ).body.code,
    ).toBe('NOT_ADOPTED');
    const adopted = await vote(66, 33);
    expect(adopted.outcome).toBe('adopted');
    const a = (
      await t.http
        .post(`/api/convening/amendments/${amendmentId}/adoption`)
        .set(bearer(secretariat))
        .send({ questionId: adopted.id })
        .expect(201)
    ).body;
    expect(a.adoption).toEqual({ questionId: adopted.id, adoptedOn: '2026-12-05' });
  });

  it('enters into force when a majority have accepted; a later acceptor is bound from its deposit (Art. 13.5)', async () => {
    clock.set(at('2027-03-01'));
    expect((await act('acceptances', parties[0], '2026-12-04').expect(422)).body.code).toBe('BEFORE_PERIOD');
    for (const [i, iso3] of parties.slice(0, 80).entries())
      await act('acceptances', iso3, addDays('2026-12-10', i % 30)).expect(201);
    expect((await act('acceptances', parties[0], '2027-01-20').expect(409)).body.code).toBe('ALREADY_EXISTS');
    expect(await bound('2027-01-14')).toMatchObject({
      entryIntoForce: null,
      bound: [],
      acceptances: { count: 80, required: 81, met: false },
    });
    await act('acceptances', parties[80], '2027-01-15').expect(201);
    await act('acceptances', parties[81], '2027-02-01').expect(201);
    const inForce = await bound('2027-01-15');
    expect(inForce).toMatchObject({
      entryIntoForce: '2027-01-15',
      acceptances: { count: 81, met: true, metOn: '2027-01-15' },
    });
    expect(inForce.bound).toHaveLength(81);
    expect(inForce.bound.every((b: { since: string }) => b.since === '2027-01-15')).toBe(true);
    expect((await bound('2027-01-31')).bound).toHaveLength(81);
    const later = await bound('2027-02-01');
    expect(later.bound).toHaveLength(82);
    expect(later.bound.find((b: { iso3: string }) => b.iso3 === parties[81])).toMatchObject({
      since: '2027-02-01',
    });
    expect((await amendment()).entryIntoForce).toBe('2027-01-15');
  });

  it('puts an Art. 5 extension request on the next MSP agenda and a grant updates the clearance deadline', async () => {
    clock.set(at('2026-06-01'));
    const body = {
      stateIso3: parties[3],
      submittedOn: '2026-05-30',
      currentDeadline: '2027-03-01',
      years: 5,
      contents: 'Reasons, preparatory work, circumstances (Art. 5.4)',
    };
    expect(
      (
        await t.http
          .post('/api/convening/extension-requests')
          .set(bearer(secretariat))
          .send({ ...body, years: 11 })
          .expect(400)
      ).body.field,
    ).toBe('years');
    expect(
      (
        await t.http
          .post('/api/convening/extension-requests')
          .set(bearer(secretariat))
          .send({ ...body, renewal: true })
          .expect(400)
      ).body.field,
    ).toBe('previousExtension');
    const r = (
      await t.http.post('/api/convening/extension-requests').set(bearer(secretariat)).send(body).expect(201)
    ).body;
    expect(r).toMatchObject({
      requestedDeadline: '2032-03-01',
      status: 'pending',
      rule: 'majority-present-voting',
    });
    const msp = (await t.http.get(`/api/meetings/${r.meetingId}`).expect(200)).body;
    expect(msp.kind).toBe('msp');
    expect(msp.agenda.find((i: { id: string }) => i.id === r.agendaItemId).title).toMatch(
      /2027-03-01 to 2032-03-01/,
    );
    await t.http.post('/api/convening/extension-requests').set(bearer(secretariat)).send(body).expect(409);
    const granted = (
      await t.http
        .post(`/api/convening/extension-requests/${r.id}/decision`)
        .set(bearer(secretariat))
        .send({ adopted: true })
        .expect(201)
    ).body;
    expect(granted).toMatchObject({ status: 'granted', decidedOn: '2026-11-30' });
    const deadline = (await t.http.get(`/api/convening/clearance-deadlines/${parties[3]}`).expect(200)).body;
    expect(deadline.deadline).toMatchObject({ lastDay: '2032-03-01' });
    const mismatch = await t.http
      .post('/api/convening/extension-requests')
      .set(bearer(secretariat))
      .send({ ...body, years: 1 })
      .expect(422);
    expect(mismatch.body.code).toBe('DEADLINE_MISMATCH');
  });
});
