import type { CoordinatingCommitteeView, OfficeholdersView, SlateView } from '@plenary/shared';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import { bearer, checkIn, delegations, setUpMeeting } from '../support/plenary';
import { until } from '../support/wait';

const D = '2026-03-02';

const profile = (p: Partial<Record<'article5' | 'affected' | 'implementing' | 'providing', boolean>>) => ({
  article5: p.article5 ?? false,
  affected: p.affected ?? false,
  implementingKeyObligations: p.implementing ?? false,
  providingAssistance: p.providing ?? false,
});

/** Issue 12 items 2-4: the President's slate, the Coordinating Committee, officeholders by year. */
describe('officeholders: the slate adopted as an agenda item, the Coordinating Committee, past Presidents', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meeting: { id: string; agenda: { id: string }[] };
  const clock = new FixedClock(new Date(`${D}T09:00:00Z`));
  const officeholders = async (on: string): Promise<OfficeholdersView> =>
    (await t.http.get('/api/officeholders').query({ on }).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meeting = await setUpMeeting(t, secretariat, {
      agenda: ['Opening', 'Election of officeholders', 'Article 5 requests'],
    });
    const all = await delegations(t, meeting.id);
    await checkIn(
      t,
      secretariat,
      all.filter((d) => d.standing === 'participant').map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meeting.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
  });
  afterAll(() => t?.close());

  it('answers GET /api/officeholders?on= for past years from the seeded history', async () => {
    // 1MSP (Maputo, 1999) to the eve of 2MSP; 2MSP's President is not in the history.
    expect((await officeholders('1999-05-03')).president).toMatchObject({
      holder: { state: 'MOZ', person: 'Leonardo Santos Simão' },
      from: '1999-05-03',
      until: '2000-09-11',
    });
    expect((await officeholders('2000-10-01')).president).toBeNull();
    expect((await officeholders('2010-01-01')).president).toMatchObject({
      holder: { state: 'NOR', person: 'Ambassador Susan Eckey' },
      from: '2009-11-30',
      until: '2010-11-29',
    });
    // "Australia held the presidency": the State, no person.
    expect((await officeholders('2007-01-01')).president).toMatchObject({
      holder: { state: 'AUS', person: null },
    });
    // Sudan, not South Sudan; the Netherlands by its short name.
    expect((await officeholders('2021-01-01')).president?.holder.state).toBe('SDN');
    expect((await officeholders('2022-01-01')).president?.holder.state).toBe('NLD');
    // The last meeting in the history: in office until a successor takes office.
    expect((await officeholders(D)).president).toMatchObject({
      holder: { state: 'JPN', person: 'Ambassador Ichikawa Tomiko' },
      from: '2025-12-01',
      until: null,
    });
    const terms = (await t.http.get('/api/office-terms').expect(200)).body as { office: { kind: string } }[];
    expect(terms.filter((x) => x.office.kind === 'president')).toHaveLength(25);
  });

  it('reviews the slate: refuses a broken rule with a clear 4xx, and shows balance, mix and warnings', async () => {
    const late = await t.http
      .post(`/api/meetings/${meeting.id}/slates`)
      .set(bearer(president))
      .send({
        from: D,
        terms: [{ office: { kind: 'president-designate' }, holder: { state: 'COL' }, from: '2026-04-01' }],
      })
      .expect(422);
    expect(late.body).toMatchObject({ code: 'INVALID_TERM', field: 'terms.0.from' });
    // Poland's withdrawal took effect on 20 February 2026.
    const notParty = await t.http
      .post(`/api/meetings/${meeting.id}/slates`)
      .set(bearer(president))
      .send({
        from: D,
        terms: [{ office: { kind: 'president-designate' }, holder: { state: 'POL' }, from: D }],
      })
      .expect(422);
    expect(notParty.body).toMatchObject({ code: 'NOT_A_PARTY', field: 'terms.0.holder.state' });
    const shape = await t.http
      .post(`/api/meetings/${meeting.id}/slates`)
      .set(bearer(president))
      .send({ from: 'soon', terms: [] })
      .expect(400);
    expect(shape.body.code).toBe('VALIDATION');
    // Nothing was put to the meeting by a refused slate.
    expect((await t.http.get(`/api/meetings/${meeting.id}/questions`).expect(200)).body).toEqual([]);
  });

  let slate: SlateView;
  it('puts the slate to the meeting under its agenda item; adopted by consensus, its terms start on the date decided', async () => {
    const member = (committee: string, state: string) => ({
      office: { kind: 'committee-member', committee },
      holder: { state },
      from: D,
    });
    slate = (
      await t.http
        .post(`/api/meetings/${meeting.id}/slates`)
        .set(bearer(president))
        .send({
          from: D,
          agendaItemId: meeting.agenda[1].id,
          terms: [
            {
              office: { kind: 'president-designate' },
              holder: { state: 'COL', person: 'Ambassador Ana Gómez' },
              from: D,
            },
            member('article-5-implementation', 'NOR'),
            member('article-5-implementation', 'DEU'),
            member('victim-assistance', 'FRA'),
            member('victim-assistance', 'CHL'),
            member('cooperation-and-assistance', 'KHM'),
            member('cooperation-and-assistance', 'AFG'),
            member('cooperative-compliance', 'SVN'),
            member('cooperative-compliance', 'DZA'),
          ],
          profiles: {
            COL: profile({ article5: true, affected: true, implementing: true }),
            NOR: profile({ providing: true }),
            DEU: profile({ providing: true }),
            FRA: profile({ providing: true }),
            SVN: profile({ providing: true }),
            KHM: profile({ article5: true, affected: true, implementing: true }),
            AFG: profile({ article5: true, affected: true, implementing: true }),
            CHL: profile({}),
            DZA: profile({}),
          },
        })
        .expect(201)
    ).body;
    expect(slate).toMatchObject({ status: 'proposed', from: D, agendaItemId: meeting.agenda[1].id });
    // Committee members serve two years unless the slate says otherwise.
    expect(slate.terms.find((x) => x.holder.state === 'NOR')?.until).toBe('2028-03-02');
    // Japan (the President in office) has no profile: counted as unknown.
    expect(slate.review.mix).toEqual({ implementing: 3, providing: 4, both: 0, others: 2, unknown: 1 });
    expect(slate.review.regionalGroups.reduce((n, g) => n + g.count, 0)).toBe(10);
    const codes = slate.review.warnings.map((w) => `${w.code}${w.committee ? `:${w.committee}` : ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'ARTICLE5_COMMITTEE_WITHOUT_ARTICLE5_STATE:article-5-implementation',
        'COOPERATION_COMMITTEE_WITHOUT_PROVIDER:cooperation-and-assistance',
        'COMMITTEE_NOT_FULL:victim-assistance',
        'PROFILE_MISSING',
      ]),
    );
    expect(codes).not.toContain('COOPERATION_COMMITTEE_WITHOUT_AFFECTED_STATE:cooperation-and-assistance');
    expect(codes.filter((c) => c.startsWith('REGIONAL_GROUP_ABSENT'))).toEqual([]);

    // The question is before the meeting, under the agenda item; nothing is in the register yet.
    const [q] = (await t.http.get(`/api/meetings/${meeting.id}/questions`).expect(200)).body as {
      id: string;
      agendaItemId: string;
      status: string;
    }[];
    expect(q).toMatchObject({ id: slate.questionId, agendaItemId: meeting.agenda[1].id, status: 'pending' });
    expect((await officeholders(D)).presidentDesignate).toBeNull();

    await t.http.post(`/api/questions/${q.id}/consensus`).set(bearer(president)).expect(201);
    const adopted = await until('the slate adopted and entered', async () => {
      const s = (await t.http.get(`/api/slates/${slate.id}`).expect(200)).body as SlateView;
      return s.status === 'proposed' ? null : s;
    });
    expect(adopted).toMatchObject({ status: 'adopted', refusal: null });
    const on = await officeholders(D);
    expect(on.presidentDesignate).toMatchObject({
      holder: { state: 'COL', person: 'Ambassador Ana Gómez' },
      from: D,
    });
    const art5 = on.committees.find((c) => c.committee === 'article-5-implementation')!;
    expect(art5.members.map((m) => [m.holder.state, m.from, m.until]).sort()).toEqual([
      ['DEU', D, '2028-03-02'],
      ['NOR', D, '2028-03-02'],
    ]);
    // The day before the date decided, none of it.
    expect((await officeholders('2026-03-01')).presidentDesignate).toBeNull();
    const record = (await t.http.get(`/api/meetings/${meeting.id}/record`).expect(200)).body as {
      kind: string;
    }[];
    expect(record.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['slate.proposed', 'decision.consensus', 'slate.adopted']),
    );
    const listed = (await t.http.get(`/api/meetings/${meeting.id}/slates`).expect(200)).body as SlateView[];
    expect(listed.map((s) => [s.id, s.status])).toEqual([[slate.id, 'adopted']]);
    await t.http.get(`/api/slates/00000000-0000-4000-8000-000000000000`).expect(404);
  });

  it('derives the Coordinating Committee: the President in the chair, the President-designate, the members; observers', async () => {
    const cc = (await t.http.get('/api/coordinating-committee').query({ on: D }).expect(200))
      .body as CoordinatingCommitteeView;
    expect(cc.chair).toMatchObject({ state: 'JPN', stateName: 'Japan' });
    expect(cc.members.map((m) => [m.seat, m.committee, m.holder.state])).toEqual([
      ['president', null, 'JPN'],
      ['president-designate', null, 'COL'],
      ['committee-member', 'article-5-implementation', 'DEU'],
      ['committee-member', 'article-5-implementation', 'NOR'],
      ['committee-member', 'victim-assistance', 'CHL'],
      ['committee-member', 'victim-assistance', 'FRA'],
      ['committee-member', 'cooperation-and-assistance', 'AFG'],
      ['committee-member', 'cooperation-and-assistance', 'KHM'],
      ['committee-member', 'cooperative-compliance', 'DZA'],
      ['committee-member', 'cooperative-compliance', 'SVN'],
    ]);
    expect(cc.observers).toEqual(
      ['UN', 'ICRC', 'ICBL', 'GICHD'].map((name) => ({ kind: 'organisation', name })),
    );
    expect(cc.decides).toBe(false);
    // A Sponsorship Coordinator attends as an observer, not a member.
    await t.http
      .post('/api/office-terms')
      .set(bearer(secretariat))
      .send({ terms: [{ office: { kind: 'sponsorship-coordinator' }, holder: { state: 'CAN' }, from: D }] })
      .expect(201);
    const withSc = (await t.http.get('/api/coordinating-committee').query({ on: D }).expect(200))
      .body as CoordinatingCommitteeView;
    expect(withSc.observers[0]).toMatchObject({ kind: 'sponsorship-coordinator', holder: { state: 'CAN' } });
    expect(withSc.members).toHaveLength(10);
    // In 2010: the President of the time alone.
    const past = (await t.http.get('/api/coordinating-committee').query({ on: '2010-01-01' }).expect(200))
      .body as CoordinatingCommitteeView;
    expect(past.members).toEqual([
      {
        seat: 'president',
        committee: null,
        holder: { state: 'NOR', person: 'Ambassador Susan Eckey', stateName: 'Norway' },
      },
    ]);
    expect(
      (await t.http.get('/api/coordinating-committee').query({ on: 'tomorrow' }).expect(400)).body,
    ).toMatchObject({ code: 'VALIDATION' });
  });

  it('an elected President succeeds the open-ended one on the first day of the term', async () => {
    await t.http
      .post('/api/office-terms')
      .set(bearer(secretariat))
      .send({
        terms: [
          {
            office: { kind: 'president' },
            holder: { state: 'COL', person: 'Ambassador Ana Gómez' },
            from: '2026-11-30',
          },
        ],
      })
      .expect(201);
    expect((await officeholders('2026-11-29')).president).toMatchObject({
      holder: { state: 'JPN' },
      until: '2026-11-30',
    });
    expect((await officeholders('2026-11-30')).president).toMatchObject({
      holder: { state: 'COL' },
      until: null,
    });
  });

  it('an intersessional meeting is informal: no question, no slate, no election (a clear 4xx)', async () => {
    const m = await setUpMeeting(t, secretariat, {
      kind: 'intersessional',
      number: 1,
      title: 'Intersessional Meetings 2026',
      startDate: '2026-06-15',
      endDate: '2026-06-17',
    });
    // Opened on its day: the clock is the test's.
    clock.set(new Date('2026-06-15T09:00:00Z'));
    const all = await delegations(t, m.id);
    await checkIn(
      t,
      secretariat,
      all.filter((d) => d.standing === 'participant').map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${m.id}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = await t.http
      .post(`/api/meetings/${m.id}/questions`)
      .set(bearer(president))
      .send({ text: 'Adopt the conclusions', matter: 'procedural' })
      .expect(422);
    expect(q.body).toMatchObject({ code: 'NO_DECISIONS', field: 'meetingId' });
    const s = await t.http
      .post(`/api/meetings/${m.id}/slates`)
      .set(bearer(president))
      .send({
        from: '2026-06-15',
        terms: [{ office: { kind: 'vice-president' }, holder: { state: 'FRA' }, from: '2026-06-15' }],
      })
      .expect(422);
    expect(s.body.code).toBe('NO_DECISIONS');
    const e = await t.http
      .post(`/api/meetings/${m.id}/elections`)
      .set(bearer(president))
      .send({ title: 'Election of a Vice-President', places: 1, candidates: [{ state: 'FRA' }] })
      .expect(422);
    expect(e.body).toMatchObject({ code: 'NO_DECISIONS', field: 'meetingId' });
  });
});
