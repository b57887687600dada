import {
  type ConclusionView,
  type MeetingView,
  type OfficialRecord,
  type RecordEntry,
  renderReason,
} from '@plenary/shared';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import { bearer, delegations, signInDelegation } from '../support/plenary';

/**
 * Issue 12 item 3, meetings of the machinery (DOMAIN.md §2, §9): committee and Coordinating
 * Committee meetings next to Intersessional Meetings; none takes decisions; a committee records
 * conclusions and recommendations, which the next MSP or Review Conference takes up as one
 * agenda item per committee meeting.
 */
describe('meetings of the machinery: committees, the Coordinating Committee, conclusions carried to the MSP', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  const clock = new FixedClock(new Date('2026-06-15T09:00:00Z'));

  const create = (body: Record<string, unknown>) =>
    t.http
      .post('/api/meetings')
      .set(bearer(secretariat))
      .send({ venue: 'Geneva', agenda: [], ...body });
  const meeting = async (id: string): Promise<MeetingView> =>
    (await t.http.get(`/api/meetings/${id}`).expect(200)).body;
  const open = (id: string) =>
    t.http.post(`/api/meetings/${id}/status`).set(bearer(president)).send({ action: 'open' }).expect(201);
  const conclude = (id: string, body: Record<string, unknown>, token = president) =>
    t.http.post(`/api/meetings/${id}/conclusions`).set(bearer(token)).send(body);
  const carried = (m: MeetingView) => m.agenda.filter((a) => a.conclusionsOf !== null);
  const committeeMeeting = async (committee: string, startDate: string, endDate = startDate) =>
    (
      await create({
        kind: 'committee',
        committee,
        title: `Meeting of the committee (${committee}, ${startDate})`,
        startDate,
        endDate,
      }).expect(201)
    ).body as MeetingView;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
  });
  afterAll(() => t?.close());

  describe('setting up', () => {
    it('sets up a committee meeting naming its committee, and a Coordinating Committee meeting without one', async () => {
      const vac = await committeeMeeting('victim-assistance', '2026-04-01');
      expect(vac).toMatchObject({ kind: 'committee', committee: 'victim-assistance', code: 'VAC-2026' });
      expect(await meeting(vac.id)).toMatchObject({ committee: 'victim-assistance' });
      const cc = (
        await create({
          kind: 'coordinating-committee',
          title: 'Coordinating Committee, April 2026',
          startDate: '2026-04-02',
          endDate: '2026-04-02',
        }).expect(201)
      ).body as MeetingView;
      expect(cc).toMatchObject({ kind: 'coordinating-committee', committee: null, code: 'CC-2026' });
      const list = (await t.http.get('/api/meetings').expect(200)).body as MeetingView[];
      expect(list.find((m) => m.id === cc.id)?.committee).toBeNull();
    });

    it.each<[string, Record<string, unknown>, string]>([
      [
        'a committee meeting without its committee',
        { kind: 'committee' },
        'is required for a committee meeting',
      ],
      [
        'a committee for an MSP',
        { kind: 'msp', committee: 'victim-assistance' },
        'is only for a committee meeting',
      ],
      [
        'a committee for a Coordinating Committee meeting',
        { kind: 'coordinating-committee', committee: 'cooperative-compliance' },
        'is only for a committee meeting',
      ],
      ['an unknown committee', { kind: 'committee', committee: 'finance' }, ''],
    ])('refuses %s with a 400 naming `committee`, and sets up nothing', async (_, over, message) => {
      const before = ((await t.http.get('/api/meetings').expect(200)).body as unknown[]).length;
      const res = await create({
        title: 'A meeting that is not set up',
        startDate: '2026-05-04',
        endDate: '2026-05-04',
        ...over,
      }).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION', field: 'committee' });
      expect(res.body.message).toContain(message);
      expect(((await t.http.get('/api/meetings').expect(200)).body as unknown[]).length).toBe(before);
    });
  });

  describe('no decisions in an informal meeting', () => {
    it.each<[string, Record<string, unknown>, RegExp, string]>([
      ['committee', { committee: 'article-5-implementation' }, /committee takes no decisions/, 'committee'],
      [
        'coordinating-committee',
        {},
        /Coordinating Committee has no substantive decision-making capacity/,
        'coordinatingCommittee',
      ],
      ['intersessional', {}, /Intersessional meetings are informal/, 'intersessional'],
    ])(
      'a %s meeting refuses a question and an election: 422 NO_DECISIONS naming the kind',
      async (kind, over, english, key) => {
        const m = (
          await create({
            kind,
            title: `An informal meeting (${kind})`,
            startDate: '2026-06-15',
            endDate: '2026-06-16',
            ...over,
          }).expect(201)
        ).body as MeetingView;
        await open(m.id);
        const q = await t.http
          .post(`/api/meetings/${m.id}/questions`)
          .set(bearer(president))
          .send({ text: 'Adopt the conclusions', matter: 'procedural' })
          .expect(422);
        expect(q.body).toMatchObject({ code: 'NO_DECISIONS', field: 'meetingId' });
        expect(q.body.message).toMatch(english);
        const fr = await t.http
          .post(`/api/meetings/${m.id}/questions`)
          .set(bearer(president))
          .set('Accept-Language', 'fr')
          .send({ text: 'Adopt the conclusions', matter: 'procedural' })
          .expect(422);
        const why = { code: 'quorum.informalNoDecisions' as const, params: { kind: key as 'committee' } };
        expect(fr.body.message.startsWith(renderReason('fr', why))).toBe(true);
        const e = await t.http
          .post(`/api/meetings/${m.id}/elections`)
          .set(bearer(president))
          .send({ title: 'Election of a Chair', places: 1, candidates: [{ state: 'FRA' }] })
          .expect(422);
        expect(e.body).toMatchObject({ code: 'NO_DECISIONS', field: 'meetingId' });
        expect(e.body.message).toMatch(english);
        const s = await t.http
          .post(`/api/meetings/${m.id}/slates`)
          .set(bearer(president))
          .send({
            from: '2026-06-15',
            terms: [{ office: { kind: 'vice-president' }, holder: { state: 'FRA' }, from: '2026-06-15' }],
          })
          .expect(422);
        expect(s.body.code).toBe('NO_DECISIONS');
        // Nothing was put: the meeting has no question.
        const quorum = (await t.http.get(`/api/meetings/${m.id}/quorum`).expect(200)).body;
        expect(quorum.decision).toMatchObject({ met: false, required: null });
        expect(quorum.decision.reason).toEqual(why);
      },
    );
  });

  describe('conclusions and recommendations', () => {
    let msp: MeetingView;
    let vac: MeetingView;

    beforeAll(async () => {
      // The MSP is set up before the committee records anything.
      msp = (
        await create({
          kind: 'msp',
          number: 22,
          title: 'Twenty-Second Meeting of the States Parties',
          startDate: '2026-11-30',
          endDate: '2026-12-04',
          agenda: ['Opening', 'Article 5 requests'],
        }).expect(201)
      ).body;
      vac = await committeeMeeting('victim-assistance', '2026-06-15', '2026-06-16');
    });

    it('refuses a conclusion before the committee meeting opens (422 MEETING_NOT_OPEN)', async () => {
      const res = await conclude(vac.id, { kind: 'conclusion', text: 'Too early' }).expect(422);
      expect(res.body).toMatchObject({ code: 'MEETING_NOT_OPEN', field: 'meetingId' });
      expect((await t.http.get(`/api/meetings/${vac.id}/conclusions`).expect(200)).body).toEqual([]);
    });

    it('records them in order, in the record, and carries them to the next MSP as one agenda item', async () => {
      await open(vac.id);
      const versionBefore = (await meeting(vac.id)).version;
      const mspVersionBefore = (await meeting(msp.id)).version;
      const first = (
        await conclude(vac.id, {
          kind: 'conclusion',
          text: 'States Parties reported progress in victim assistance.',
        }).expect(201)
      ).body as ConclusionView;
      const second = (
        await conclude(
          vac.id,
          { kind: 'recommendation', text: '  The MSP should call for national focal points.  ' },
          secretariat,
        ).expect(201)
      ).body as ConclusionView;
      expect(first).toMatchObject({ meetingId: vac.id, position: 1, kind: 'conclusion' });
      expect(second).toMatchObject({
        position: 2,
        kind: 'recommendation',
        text: 'The MSP should call for national focal points.',
      });
      const list = (await t.http.get(`/api/meetings/${vac.id}/conclusions`).expect(200))
        .body as ConclusionView[];
      expect(list.map((c) => [c.position, c.kind])).toEqual([
        [1, 'conclusion'],
        [2, 'recommendation'],
      ]);
      // Each write a screen shows bumps the meeting's version.
      expect((await meeting(vac.id)).version).toBe(versionBefore + 2);

      const after = await meeting(msp.id);
      expect(after.version).toBe(mspVersionBefore + 1);
      expect(after.agenda.map((a) => a.title)).toEqual([
        'Opening',
        'Article 5 requests',
        'Conclusions and recommendations of the Committee on Victim Assistance (VAC-2026)',
      ]);
      expect(carried(after)).toEqual([
        expect.objectContaining({
          position: 3,
          conclusionsOf: { meetingId: vac.id, code: 'VAC-2026', committee: 'victim-assistance' },
        }),
      ]);

      // In the record and the official record, in the language asked for.
      const entries = (await t.http.get(`/api/meetings/${vac.id}/record`).expect(200)).body as RecordEntry[];
      expect(entries.filter((e) => e.kind === 'committee.conclusion').map((e) => e.data.text)).toEqual([
        'States Parties reported progress in victim assistance.',
        'The MSP should call for national focal points.',
      ]);
      const json = (await t.http.get(`/api/meetings/${vac.id}/record/export/json`).expect(200))
        .body as OfficialRecord;
      expect(json.conclusions.map((c) => [c.position, c.label])).toEqual([
        [1, 'Conclusion'],
        [2, 'Recommendation'],
      ]);
      expect(json.labels.conclusions).toBe('Conclusions and recommendations');
      const fr = (
        await t.http.get(`/api/meetings/${vac.id}/record/official`).query({ lang: 'fr' }).expect(200)
      ).body as OfficialRecord;
      expect(fr.conclusions.map((c) => c.label)).toEqual(['Conclusion', 'Recommandation']);
      expect(fr.conclusions[1].text).toBe('The MSP should call for national focal points.');
    });

    it('never carries a committee meeting twice', async () => {
      await conclude(vac.id, { kind: 'conclusion', text: 'A third one.' }).expect(201);
      // A later MSP set up now takes nothing already carried.
      const later = (
        await create({
          kind: 'msp',
          number: 23,
          title: 'Twenty-Third Meeting of the States Parties',
          startDate: '2027-11-29',
          endDate: '2027-12-03',
        }).expect(201)
      ).body as MeetingView;
      expect(carried(later)).toEqual([]);
      expect(carried(await meeting(msp.id))).toHaveLength(1);
    });

    it('carries conclusions waiting for an MSP when that MSP is set up later', async () => {
      // After the 22MSP and 23MSP start: nothing scheduled to take them yet.
      const a5 = await committeeMeeting('article-5-implementation', '2028-02-10');
      const cca = await committeeMeeting('cooperation-and-assistance', '2028-02-11');
      await open(a5.id);
      await open(cca.id);
      await conclude(a5.id, { kind: 'recommendation', text: 'Grant the requests before the MSP.' }).expect(
        201,
      );
      await conclude(cca.id, { kind: 'conclusion', text: 'Cooperation improved.' }).expect(201);
      const all = (await t.http.get('/api/meetings').expect(200)).body as MeetingView[];
      expect(all.flatMap(carried).map((a) => a.conclusionsOf?.meetingId)).toEqual([vac.id]);

      const next = (
        await create({
          kind: 'msp',
          number: 24,
          title: 'Twenty-Fourth Meeting of the States Parties',
          startDate: '2028-11-27',
          endDate: '2028-12-01',
          agenda: ['Opening'],
        }).expect(201)
      ).body as MeetingView;
      expect(next.agenda.map((a) => [a.position, a.title])).toEqual([
        [1, 'Opening'],
        [2, 'Conclusions and recommendations of the Committee on Article 5 Implementation (A5C-2028)'],
        [
          3,
          'Conclusions and recommendations of the Committee on the Enhancement of Cooperation and Assistance (ECAC-2028)',
        ],
      ]);
      expect(carried(next).map((a) => a.conclusionsOf?.meetingId)).toEqual([a5.id, cca.id]);

      // More conclusions later: still one item each, and another MSP takes none of them.
      await conclude(a5.id, { kind: 'conclusion', text: 'And one more.' }).expect(201);
      const after = (
        await create({
          kind: 'msp',
          number: 25,
          title: 'Twenty-Fifth Meeting of the States Parties',
          startDate: '2029-11-26',
          endDate: '2029-11-30',
        }).expect(201)
      ).body as MeetingView;
      expect(carried(after)).toEqual([]);
      expect(carried(await meeting(next.id))).toHaveLength(2);
    });

    it('carries exactly once when the first conclusion and the MSP come at the same time', async () => {
      for (const year of [2031, 2032, 2033, 2034]) {
        const cm = await committeeMeeting('cooperative-compliance', `${year}-02-01`);
        await open(cm.id);
        const [concluded, created] = await Promise.all([
          conclude(cm.id, { kind: 'conclusion', text: `Compliance discussed in ${year}.` }),
          create({
            kind: 'msp',
            number: year - 2005,
            title: `Meeting of the States Parties ${year}`,
            startDate: `${year}-11-24`,
            endDate: `${year}-11-28`,
          }),
        ]);
        expect([concluded.status, created.status]).toEqual([201, 201]);
        const msp = await meeting((created.body as MeetingView).id);
        expect(carried(msp).map((a) => a.conclusionsOf?.meetingId)).toEqual([cm.id]);
      }
    });

    it('refuses a delegation (403), empty text (400) and an MSP (422), changing nothing', async () => {
      await t.http
        .post(`/api/meetings/${vac.id}/delegations/bulk`)
        .set(bearer(secretariat))
        .send({ credentials: 'accepted' })
        .expect(201);
      const [d] = await delegations(t, vac.id);
      const delegation = await signInDelegation(t, secretariat, d.id);
      const before = ((await t.http.get(`/api/meetings/${vac.id}/conclusions`).expect(200)).body as unknown[])
        .length;
      const forbidden = await conclude(
        vac.id,
        { kind: 'conclusion', text: 'Not ours to record' },
        delegation,
      ).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      const empty = await conclude(vac.id, { kind: 'conclusion', text: '   ' }).expect(400);
      expect(empty.body).toMatchObject({ code: 'VALIDATION', field: 'text' });
      const kind = await conclude(vac.id, { kind: 'decision', text: 'Decided' }).expect(400);
      expect(kind.body).toMatchObject({ code: 'VALIDATION', field: 'kind' });
      const onMsp = await conclude(msp.id, { kind: 'conclusion', text: 'Not a committee' }).expect(422);
      expect(onMsp.body).toMatchObject({ code: 'CONCLUSIONS_COMMITTEE_ONLY', field: 'meetingId' });
      expect(onMsp.body.message).toMatch(/committee meeting/);
      expect((await t.http.get(`/api/meetings/${vac.id}/conclusions`).expect(200)).body).toHaveLength(before);
      expect((await t.http.get(`/api/meetings/${msp.id}/conclusions`).expect(200)).body).toEqual([]);
    });
  });
});
