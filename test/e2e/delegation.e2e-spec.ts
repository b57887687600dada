import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';

// 2 March 2026 in Geneva: 161 States Parties (Poland's withdrawal took effect on 20 February).
const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

interface View {
  id: string;
  kind: string;
  stateIso3: string | null;
  name: string;
  partyStatus: string | null;
  credentials: string;
  standing: string;
  present: boolean;
}

describe('delegations, credentials and presence (HTTP)', () => {
  let t: TestApp;
  let secretariat: string;

  const createMeeting = async (kind: 'msp', title: string): Promise<string> => {
    const body = {
      kind,
      number: 23,
      title,
      venue: 'Geneva, Switzerland',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      agenda: ['Opening of the meeting'],
    };
    return (await t.http.post('/api/meetings').set(bearer(secretariat)).send(body).expect(201)).body
      .id as string;
  };
  /** A Special Meeting exists only once one-third of the States Parties favoured it (Art. 8.5). */
  const conveneSpecialMeeting = async (): Promise<string> => {
    const D = '2026-03-02';
    const parties = (
      (await t.http.get('/api/states').query({ on: D }).expect(200)).body.states as {
        iso3: string;
        status: string;
      }[]
    )
      .filter((s) => s.status === 'party')
      .map((s) => s.iso3);
    const p = (
      await t.http
        .post('/api/convening/special-meetings')
        .set(bearer(secretariat))
        .send({ requestingStates: [parties[0]], matter: 'Compliance of a State Party', communicatedOn: D })
        .expect(201)
    ).body;
    for (const stateIso3 of parties.slice(0, 54))
      await t.http
        .post(`/api/convening/special-meetings/${p.id}/indications`)
        .set(bearer(secretariat))
        .send({ stateIso3, date: D })
        .expect(201);
    return (
      await t.http
        .post(`/api/convening/special-meetings/${p.id}/convene`)
        .set(bearer(secretariat))
        .send({ startDate: D, endDate: '2026-03-06' })
        .expect(201)
    ).body.meeting.id as string;
  };
  const registerState = (meetingId: string, stateIso3: string) =>
    t.http
      .post(`/api/meetings/${meetingId}/delegations`)
      .set(bearer(secretariat))
      .send({ kind: 'state', stateIso3 });
  const registerOrganisation = (meetingId: string, name: string) =>
    t.http
      .post(`/api/meetings/${meetingId}/delegations`)
      .set(bearer(secretariat))
      .send({ kind: 'organisation', name });
  const setCredentials = (id: string, credentials: string) =>
    t.http.put(`/api/delegations/${id}/credentials`).set(bearer(secretariat)).send({ credentials });
  const setPresence = (id: string, present: boolean) =>
    t.http.put(`/api/delegations/${id}/presence`).set(bearer(secretariat)).send({ present });
  const list = async (meetingId: string): Promise<View[]> =>
    (await t.http.get(`/api/meetings/${meetingId}/delegations`).expect(200)).body;
  const quorum = async (meetingId: string) =>
    (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body;
  const record = async (meetingId: string) =>
    (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      kind: string;
      summary: string;
      data: Record<string, unknown>;
    }[];
  const version = async (meetingId: string) =>
    (await t.http.get(`/api/meetings/${meetingId}`).expect(200)).body.version as number;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
  });
  afterAll(() => t.close());

  describe('registration and credentials', () => {
    let meetingId: string;
    beforeAll(async () => {
      meetingId = await createMeeting('msp', 'Twenty-Third Meeting of the States Parties');
    });

    it('registers States and organisations and lists them by name with party status and standing', async () => {
      const fra = (await registerState(meetingId, 'FRA').expect(201)).body as View;
      expect(fra).toMatchObject({
        kind: 'state',
        stateIso3: 'FRA',
        name: 'France',
        partyStatus: 'party',
        credentials: 'none',
        standing: 'observer',
        present: false,
      });
      const icrc = (
        await registerOrganisation(meetingId, 'International Committee of the Red Cross').expect(201)
      ).body as View;
      expect(icrc).toMatchObject({
        kind: 'organisation',
        stateIso3: null,
        partyStatus: null,
        standing: 'observer',
      });
      const pol = (await registerState(meetingId, 'POL').expect(201)).body as View;
      expect(pol.partyStatus).toBe('withdrawn');
      await registerState(meetingId, 'AUT').expect(201);
      expect((await list(meetingId)).map((d) => d.name)).toEqual([
        'Austria',
        'France',
        'International Committee of the Red Cross',
        'Poland',
      ]);
    });

    it('refuses a second delegation for the same State or organisation, and an unknown State or meeting', async () => {
      const dup = await registerState(meetingId, 'FRA').expect(409);
      expect(dup.body).toMatchObject({ code: 'ALREADY_EXISTS', field: 'stateIso3' });
      const dupOrg = await registerOrganisation(meetingId, 'international committee of the red cross').expect(
        409,
      );
      expect(dupOrg.body.field).toBe('name');
      const unknown = await registerState(meetingId, 'XXX').expect(404);
      expect(unknown.body).toMatchObject({ code: 'UNKNOWN_STATE', field: 'stateIso3' });
      await registerState('00000000-0000-4000-8000-000000000000', 'FRA').expect(404);
      await t.http.get('/api/meetings/00000000-0000-4000-8000-000000000000/delegations').expect(404);
      expect(await list(meetingId)).toHaveLength(4);
    });

    it('makes a State Party a participant once its credentials are accepted or it is seated provisionally', async () => {
      const [aut, fra] = await list(meetingId);
      expect((await setCredentials(fra.id, 'accepted').expect(200)).body).toMatchObject({
        credentials: 'accepted',
        standing: 'participant',
      });
      expect((await setCredentials(aut.id, 'provisional').expect(200)).body.standing).toBe('participant');
      expect((await quorum(meetingId)).participants).toBe(2);
      expect((await setCredentials(aut.id, 'none').expect(200)).body.standing).toBe('observer');
      expect((await quorum(meetingId)).participants).toBe(1);
    });

    it('refuses credentials for a State that is not a party on the meeting day, and for an organisation', async () => {
      const byName = new Map((await list(meetingId)).map((d) => [d.name, d]));
      const pol = await setCredentials(byName.get('Poland')!.id, 'accepted').expect(422);
      expect(pol.body).toMatchObject({ code: 'NOT_A_PARTY', field: 'credentials' });
      expect(pol.body.message).toMatch(/2026-03-02/);
      const org = await setCredentials(
        byName.get('International Committee of the Red Cross')!.id,
        'provisional',
      ).expect(422);
      expect(org.body).toMatchObject({ code: 'NOT_A_STATE', field: 'credentials' });

      // A State added to the register without any instrument is a non-party: it may only observe.
      await t.http
        .post('/api/states')
        .set(bearer(secretariat))
        .send({ iso3: 'USA', name: 'United States of America', regionalGroup: 'WEOG' })
        .expect(201);
      const usa = (await registerState(meetingId, 'USA').expect(201)).body as View;
      expect(usa).toMatchObject({ partyStatus: 'non-party', standing: 'observer' });
      expect((await setCredentials(usa.id, 'provisional').expect(422)).body.code).toBe('NOT_A_PARTY');
      expect((await list(meetingId)).find((d) => d.stateIso3 === 'USA')!.credentials).toBe('none');
    });

    it('lets observers check in without counting them toward quorum', async () => {
      const byName = new Map((await list(meetingId)).map((d) => [d.name, d]));
      for (const name of ['Poland', 'International Committee of the Red Cross', 'Austria']) {
        expect((await setPresence(byName.get(name)!.id, true).expect(200)).body.present).toBe(true);
      }
      expect((await quorum(meetingId)).present).toBe(0);
      await setPresence(byName.get('France')!.id, true).expect(200);
      expect((await quorum(meetingId)).present).toBe(1);
    });

    it('writes nothing when a change changes nothing', async () => {
      const fra = (await list(meetingId)).find((d) => d.stateIso3 === 'FRA')!;
      const [v, entries] = [await version(meetingId), (await record(meetingId)).length];
      await setPresence(fra.id, true).expect(200);
      await setCredentials(fra.id, 'accepted').expect(200);
      expect(await version(meetingId)).toBe(v);
      expect(await record(meetingId)).toHaveLength(entries);
    });

    it('refuses malformed input with a 400 naming the field, and changes nothing', async () => {
      const fra = (await list(meetingId)).find((d) => d.stateIso3 === 'FRA')!;
      const [v, entries] = [await version(meetingId), (await record(meetingId)).length];
      expect(
        (
          await t.http
            .put('/api/delegations/not-a-uuid/presence')
            .set(bearer(secretariat))
            .send({ present: false })
            .expect(400)
        ).body.field,
      ).toBe('id');
      expect((await t.http.get('/api/meetings/42/delegations').expect(400)).body.field).toBe('meetingId');
      expect((await setCredentials(fra.id, 'maybe').expect(400)).body).toMatchObject({
        code: 'VALIDATION',
        field: 'credentials',
      });
      expect((await setPresence(fra.id, 'yes' as unknown as boolean).expect(400)).body.field).toBe('present');
      expect((await registerState(meetingId, 'fra').expect(400)).body.field).toBe('stateIso3');
      expect((await registerOrganisation(meetingId, '').expect(400)).body.field).toBe('name');
      await t.http
        .post(`/api/meetings/${meetingId}/delegations`)
        .set(bearer(secretariat))
        .send({ kind: 'council' })
        .expect(400);
      await t.http
        .put(`/api/delegations/${fra.id}/credentials`)
        .set(bearer(secretariat))
        .set('Content-Type', 'application/json')
        .send('{"credentials":')
        .expect(400);
      await t.http
        .put('/api/delegations/00000000-0000-4000-8000-000000000000/presence')
        .set(bearer(secretariat))
        .send({ present: true })
        .expect(404);
      expect(await version(meetingId)).toBe(v);
      expect(await record(meetingId)).toHaveLength(entries);
      expect((await list(meetingId)).find((d) => d.stateIso3 === 'FRA')).toMatchObject({
        credentials: 'accepted',
        present: true,
      });
    });

    it('refuses writes without the secretariat role', async () => {
      const fra = (await list(meetingId)).find((d) => d.stateIso3 === 'FRA')!;
      await t.http
        .post(`/api/meetings/${meetingId}/delegations`)
        .send({ kind: 'state', stateIso3: 'DEU' })
        .expect(401);
      await t.http.put(`/api/delegations/${fra.id}/presence`).send({ present: false }).expect(401);
      const president = await staffToken(t, 'president');
      await t.http
        .put(`/api/delegations/${fra.id}/credentials`)
        .set(bearer(president))
        .send({ credentials: 'none' })
        .expect(403);
      await t.http
        .post(`/api/meetings/${meetingId}/delegations/bulk`)
        .set(bearer(president))
        .send({})
        .expect(403);
    });

    it('documents the delegation endpoints in the OpenAPI document', async () => {
      const { paths } = (await t.http.get('/api/docs/openapi.json').expect(200)).body;
      for (const path of [
        '/api/meetings/{meetingId}/delegations',
        '/api/meetings/{meetingId}/delegations/bulk',
        '/api/delegations/{id}/credentials',
        '/api/delegations/{id}/presence',
        '/api/delegations/{id}/sign-in-code',
        '/api/auth/code',
      ]) {
        expect(paths[path]).toBeDefined();
      }
    });

    it('appended a record entry for every change', async () => {
      const entries = await record(meetingId);
      const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
      expect(count('delegation.registered')).toBe(5);
      expect(count('delegation.credentials')).toBe(3);
      expect(count('delegation.presence')).toBe(4);
      expect(entries.map((e) => e.summary)).toEqual(
        expect.arrayContaining([
          'Delegation of Poland registered as an observer State (withdrawn on 2026-03-02)',
          'Credentials of France accepted',
          'France checked in',
        ]),
      );
    });
  });

  describe('quorum at the boundary, with every State Party registered', () => {
    const checkIn = async (ids: string[]) => {
      for (const id of ids) await setPresence(id, true).expect(200);
    };

    it('registers all 161 States Parties at once, and only those missing', async () => {
      const meetingId = await createMeeting('msp', 'Bulk registration');
      await registerState(meetingId, 'FRA').expect(201);
      const all = (
        await t.http
          .post(`/api/meetings/${meetingId}/delegations/bulk`)
          .set(bearer(secretariat))
          .send({ credentials: 'accepted' })
          .expect(201)
      ).body as View[];
      expect(all).toHaveLength(161);
      expect(all.find((d) => d.stateIso3 === 'FRA')!.credentials).toBe('none');
      expect(all.filter((d) => d.standing === 'participant')).toHaveLength(160);
      expect(all.some((d) => d.stateIso3 === 'POL')).toBe(false);
      const again = await t.http
        .post(`/api/meetings/${meetingId}/delegations/bulk`)
        .set(bearer(secretariat))
        .expect(201);
      expect(again.body).toHaveLength(161);
      expect((await record(meetingId)).filter((e) => e.kind === 'delegation.registered')).toHaveLength(2);
    });

    it('opens an MSP with 54 of 161 present (one-third) and decides with 81 (a majority)', async () => {
      const meetingId = await createMeeting('msp', 'Quorum at an MSP');
      const ids = (
        (
          await t.http
            .post(`/api/meetings/${meetingId}/delegations/bulk`)
            .set(bearer(secretariat))
            .send({ credentials: 'accepted' })
            .expect(201)
        ).body as View[]
      ).map((d) => d.id);
      const v0 = await version(meetingId);
      await checkIn(ids.slice(0, 53));
      expect(await version(meetingId)).toBe(v0 + 53);
      let q = await quorum(meetingId);
      expect(q).toMatchObject({ date: '2026-03-02', parties: 161, participants: 161, present: 53 });
      expect(q.opening).toMatchObject({ required: 54, met: false });
      await checkIn(ids.slice(53, 54));
      q = await quorum(meetingId);
      expect(q.opening.met).toBe(true);
      expect(q.decision).toMatchObject({ required: 81, met: false });
      await checkIn(ids.slice(54, 80));
      expect((await quorum(meetingId)).decision.met).toBe(false);
      await checkIn(ids.slice(80, 81));
      expect((await quorum(meetingId)).decision).toMatchObject({ required: 81, met: true });
      await setPresence(ids[0], false).expect(200);
      expect(await quorum(meetingId)).toMatchObject({ present: 80, decision: { met: false } });
    });

    it('needs a majority of all States Parties, 81, to open a Special Meeting (Art. 8.5)', async () => {
      const meetingId = await conveneSpecialMeeting();
      const ids = (
        (
          await t.http
            .post(`/api/meetings/${meetingId}/delegations/bulk`)
            .set(bearer(secretariat))
            .send({ credentials: 'provisional' })
            .expect(201)
        ).body as View[]
      ).map((d) => d.id);
      await checkIn(ids.slice(0, 80));
      let q = await quorum(meetingId);
      expect(q.opening).toMatchObject({ required: 81, met: false });
      expect(q.decision).toMatchObject({ required: 81, met: false });
      await checkIn(ids.slice(80, 81));
      q = await quorum(meetingId);
      expect([q.opening.met, q.decision.met]).toEqual([true, true]);
    });
  });
});
