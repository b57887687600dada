import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer, checkIn, connect, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

const at = genevaMorning;
const D = '2026-03-02';

describe('convening: a Special Meeting from a Request for Clarification (Art. 8)', () => {
  const clock = new FixedClock(at(D));
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let parties: string[];
  let outsider: string;
  let proposalId: string;
  let meetingId: string;

  const favour = (token: string, body: Record<string, unknown>) =>
    t.http.post(`/api/convening/special-meetings/${proposalId}/indications`).set(bearer(token)).send(body);
  const proposal = async () =>
    (await t.http.get(`/api/convening/special-meetings/${proposalId}`).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    const states = (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
      iso3: string;
      status: string;
    }[];
    parties = states.filter((s) => s.status === 'party').map((s) => s.iso3);
    outsider = states.find((s) => s.status !== 'party')?.iso3 as string;
  });
  afterAll(() => t.close());

  it('records a Request for Clarification with its 28-day answer deadline and a late response', async () => {
    const body = {
      requestingStates: [parties[0]],
      requestedState: parties[1],
      submittedOn: D,
      information: 'Allegations of use of anti-personnel mines',
    };
    const c = (
      await t.http.post('/api/convening/clarifications').set(bearer(secretariat)).send(body).expect(201)
    ).body;
    expect(c.responseDue).toMatchObject({ lastDay: '2026-03-30', daysRemaining: 28, passed: false });
    const self = await t.http
      .post('/api/convening/clarifications')
      .set(bearer(secretariat))
      .send({ ...body, requestingStates: [parties[1]] })
      .expect(422);
    expect(self.body.field).toBe('requestingStates');
    clock.set(at('2026-03-31'));
    const answered = (
      await t.http
        .post(`/api/convening/clarifications/${c.id}/response`)
        .set(bearer(secretariat))
        .send({ receivedOn: '2026-03-31', text: 'No mines were used.' })
        .expect(201)
    ).body;
    expect(answered.response).toMatchObject({ receivedOn: '2026-03-31', inTime: false });
    expect(answered.responseDue).toMatchObject({ daysRemaining: -1, passed: true });
    clock.set(at(D));
    const p = (
      await t.http
        .post('/api/convening/special-meetings')
        .set(bearer(secretariat))
        .send({
          clarificationId: c.id,
          requestingStates: [parties[0]],
          matter: 'Compliance of the requested State',
          communicatedOn: D,
        })
        .expect(201)
    ).body;
    expect(p).toMatchObject({
      phase: 'collecting',
      favourBy: { lastDay: '2026-03-16', daysRemaining: 14 },
      conveneBy: { lastDay: '2026-03-30' },
    });
    expect(p.progress).toMatchObject({ count: 0, parties: 161, required: 54, met: false });
    proposalId = p.id;
  });

  it('takes indications from the secretariat and from a signed-in delegation, refusing duplicates and non-parties', async () => {
    for (const iso3 of parties.slice(0, 10))
      await favour(secretariat, { stateIso3: iso3, date: D }).expect(201);
    const dup = await favour(secretariat, { stateIso3: parties[0], date: D }).expect(409);
    expect(dup.body.code).toBe('ALREADY_EXISTS');
    const non = await favour(secretariat, { stateIso3: outsider, date: D }).expect(422);
    expect(non.body.code).toBe('NOT_A_PARTY');
    const future = await favour(secretariat, { stateIso3: parties[10], date: '2026-03-03' }).expect(422);
    expect(future.body.code).toBe('DATE_IN_FUTURE');
    const msp = await setUpMeeting(t, secretariat);
    const own = (await delegations(t, msp.id)).find((d) => d.stateIso3 === parties[10]) as { id: string };
    const token = await signInDelegation(t, secretariat, own.id);
    await favour(token, { stateIso3: parties[11] }).expect(403);
    const mine = (await favour(token, {}).expect(201)).body;
    expect(mine.favouring.find((f: { iso3: string }) => f.iso3 === parties[10])).toMatchObject({
      date: D,
      enteredBy: 'delegation',
    });
    await t.http.post(`/api/convening/special-meetings/${proposalId}/indications`).send({}).expect(401);
    expect((await proposal()).progress.count).toBe(11);
  });

  it('reaches one-third (54 of 161) on the last day; an indication dated D+15 is refused and changes nothing', async () => {
    clock.set(at('2026-03-16'));
    for (const [i, iso3] of parties.slice(11, 53).entries())
      await favour(secretariat, {
        stateIso3: iso3,
        date: `2026-03-${String(3 + (i % 13)).padStart(2, '0')}`,
      }).expect(201);
    const before = await proposal();
    expect(before.progress).toMatchObject({ count: 53, required: 54, met: false, metOn: null });
    expect(before.favourBy).toMatchObject({ daysRemaining: 0, explanation: 'last day today (2026-03-16)' });
    const met = (await favour(secretariat, { stateIso3: parties[53], date: '2026-03-16' }).expect(201)).body;
    expect(met.progress).toMatchObject({
      count: 54,
      parties: 161,
      required: 54,
      met: true,
      metOn: '2026-03-16',
    });
    expect(met.phase).toBe('met');
    clock.set(at('2026-03-17'));
    const late = await favour(secretariat, { stateIso3: parties[54], date: '2026-03-17' }).expect(422);
    expect(late.body).toMatchObject({ code: 'PERIOD_ENDED', field: 'date' });
    expect(late.body.message).toMatch(/last day was 2026-03-16/);
    const after = await proposal();
    expect(after.progress.count).toBe(54);
    expect(after.favouring).toHaveLength(54);
  });

  it('convenes the Special Meeting by D+28 with its quorum, a majority of all States Parties (81)', async () => {
    const body = { venue: 'Geneva', startDate: '2026-03-31', endDate: '2026-03-31' };
    const tooLate = await t.http
      .post(`/api/convening/special-meetings/${proposalId}/convene`)
      .set(bearer(secretariat))
      .send(body)
      .expect(422);
    expect(tooLate.body.message).toMatch(/by 2026-03-30/);
    const res = (
      await t.http
        .post(`/api/convening/special-meetings/${proposalId}/convene`)
        .set(bearer(secretariat))
        .send({ ...body, startDate: '2026-03-30', endDate: '2026-03-30' })
        .expect(201)
    ).body;
    expect(res.meeting).toMatchObject({ kind: 'special', startDate: '2026-03-30' });
    expect(res.quorum).toMatchObject({ parties: 161, required: 81 });
    expect(res.proposal).toMatchObject({ phase: 'convened', meetingId: res.meeting.id });
    meetingId = res.meeting.id;
    const quorum = (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body;
    expect(quorum.decision.required).toBe(81);
    const record = (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      kind: string;
      summary: string;
    }[];
    expect(record.find((e) => e.kind === 'convening.special-meeting')?.summary).toMatch(/54 of 161/);
    await t.http
      .post(`/api/convening/special-meetings/${proposalId}/convene`)
      .set(bearer(secretariat))
      .send({ ...body, startDate: '2026-03-30', endDate: '2026-03-30' })
      .expect(409);
  });

  it('records a fact-finding mission the meeting authorized, refusing excluded nationals and a tenth expert', async () => {
    await t.http
      .post(`/api/meetings/${meetingId}/delegations/bulk`)
      .set(bearer(secretariat))
      .send({ credentials: 'accepted' })
      .expect(201);
    const ds = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
    await checkIn(
      t,
      secretariat,
      ds.slice(0, 81).map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Authorize a fact-finding mission', matter: 'art8-fact-finding' })
        .expect(201)
    ).body;
    const mission = (experts: { name: string; nationality: string }[]) =>
      t.http
        .post(`/api/convening/special-meetings/${proposalId}/fact-finding-missions`)
        .set(bearer(secretariat))
        .send({ questionId: q.id, mandate: 'Visit the mined areas', experts });
    const pending = await mission([{ name: 'A. Expert', nationality: parties[5] }]).expect(422);
    expect(pending.body.code).toBe('NOT_AUTHORIZED');
    await t.http.post(`/api/questions/${q.id}/consensus`).set(bearer(president)).expect(201);
    const ten = Array.from({ length: 10 }, (_, i) => ({ name: `Expert ${i}`, nationality: parties[5 + i] }));
    expect((await mission(ten).expect(422)).body.code).toBe('TOO_MANY_EXPERTS');
    const excluded = await mission([
      { name: 'B. Expert', nationality: parties[5] },
      { name: 'C. Expert', nationality: parties[1] },
    ]).expect(422);
    expect(excluded.body).toMatchObject({ code: 'EXCLUDED_NATIONALITY', field: 'experts.1.nationality' });
    const ok = (await mission(ten.slice(0, 9)).expect(201)).body;
    expect(ok.excludedNationalities).toEqual([parties[0], parties[1]].sort());
    expect((await proposal()).missions).toHaveLength(1);
  });

  it('records a lapse with the final count when the 14 days pass short of one-third', async () => {
    clock.set(at(D));
    const p = (
      await t.http
        .post('/api/convening/special-meetings')
        .set(bearer(secretariat))
        .send({ requestingStates: [parties[2]], matter: 'Another compliance matter', communicatedOn: D })
        .expect(201)
    ).body;
    await t.http
      .post(`/api/convening/special-meetings/${p.id}/indications`)
      .set(bearer(secretariat))
      .send({ stateIso3: parties[3], date: D })
      .expect(201);
    expect(
      (
        await t.http
          .post(`/api/convening/special-meetings/${p.id}/lapse`)
          .set(bearer(secretariat))
          .expect(422)
      ).body.code,
    ).toBe('NOT_LAPSED');
    clock.set(at('2026-03-17'));
    const lapsed = (
      await t.http.post(`/api/convening/special-meetings/${p.id}/lapse`).set(bearer(secretariat)).expect(201)
    ).body;
    expect(lapsed).toMatchObject({ phase: 'lapsed', lapsed: { count: 1, parties: 161, required: 54 } });
    expect(
      (
        await t.http
          .post(`/api/convening/special-meetings/${p.id}/convene`)
          .set(bearer(secretariat))
          .send({ startDate: '2026-03-20', endDate: '2026-03-20' })
          .expect(422)
      ).body.code,
    ).toBe('THRESHOLD_NOT_MET');
  });

  it('schedules a Review Conference no less than five years after the previous one (Art. 12)', async () => {
    // The Fifth Review Conference (Siem Reap, from 25 Nov 2024) is known from the meetings history.
    const timing = (await t.http.get('/api/convening/review-conferences/earliest').expect(200)).body;
    expect(timing).toMatchObject({
      earliest: '2029-11-25',
      previous: { code: '5RC', startDate: '2024-11-25', meetingId: null },
    });
    const body = {
      requestingStates: [parties[0]],
      number: 6,
      title: 'Sixth Review Conference',
      venue: 'Geneva',
      startDate: '2029-11-24',
      endDate: '2029-11-28',
    };
    const early = await t.http
      .post('/api/convening/review-conferences')
      .set(bearer(secretariat))
      .send(body)
      .expect(422);
    expect(early.body).toMatchObject({ code: 'REVIEW_CONFERENCE_TOO_EARLY', field: 'startDate' });
    expect(early.body.message).toMatch(/earliest allowed date is 2029-11-25/);
    const rc = (
      await t.http
        .post('/api/convening/review-conferences')
        .set(bearer(secretariat))
        .send({ ...body, startDate: '2029-11-25' })
        .expect(201)
    ).body;
    expect(rc).toMatchObject({ kind: 'review', code: '6RC' });
  });

  it('tells sockets watching the convening room each new count, live', async () => {
    clock.set(at(D));
    const watcher = await connect(t);
    try {
      expect(await watcher.timeout(5000).emitWithAck('convening.watch', {})).toEqual({
        ok: true,
        data: { room: 'convening' },
      });
      const p = (
        await t.http
          .post('/api/convening/special-meetings')
          .set(bearer(secretariat))
          .send({ requestingStates: [parties[5]], matter: 'A third compliance matter', communicatedOn: D })
          .expect(201)
      ).body;
      const counted = new Promise<{ id: string; procedure: string }>((resolve) =>
        watcher.once('convening.counted', resolve),
      );
      await t.http
        .post(`/api/convening/special-meetings/${p.id}/indications`)
        .set(bearer(secretariat))
        .send({ stateIso3: parties[6], date: D })
        .expect(201);
      expect(await counted).toMatchObject({ id: p.id, procedure: 'special-meeting' });
    } finally {
      watcher.disconnect();
    }
  });
});
