import type { Response } from 'supertest';
import { FixedClock, genevaMorning, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer } from '../support/plenary';
import { until } from '../support/wait';

const D = '2026-03-02';

/**
 * One transaction per use case (issue 9, item 3). A fault is injected with a trigger right after
 * the meeting (or agenda item) is written: before, the meeting had already committed on another
 * connection and stayed behind as an orphan; now nothing of the use case remains.
 */
describe('convening: one transaction per use case, the rules applied on every path', () => {
  const clock = new FixedClock(genevaMorning(D));
  let t: TestApp;
  let secretariat: string;
  let parties: string[];
  let mspId: string;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await t.db.dataSource.query<{ n: string }[]>(sql, params))[0].n);
  const meetingsOfKind = (kind: string) =>
    count('SELECT count(*) AS n FROM meetings WHERE kind = $1', [kind]);

  /** Makes the next matching write fail inside PostgreSQL, as a crash or a constraint would. */
  async function injectFault(
    table: string,
    event: 'INSERT' | 'UPDATE',
    when: string,
  ): Promise<() => Promise<void>> {
    await t.db.dataSource.query(
      `CREATE OR REPLACE FUNCTION plenary_test_fault() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN RAISE EXCEPTION 'injected fault after the meeting was written'; END $$`,
    );
    await t.db.dataSource.query(
      `CREATE TRIGGER plenary_test_fault BEFORE ${event} ON ${table} FOR EACH ROW WHEN (${when})
       EXECUTE FUNCTION plenary_test_fault()`,
    );
    return async () => {
      await t.db.dataSource.query(`DROP TRIGGER plenary_test_fault ON ${table}`);
    };
  }

  const expectFailed = (res: Response) => expect(res.status).toBeGreaterThanOrEqual(400);

  const post = (path: string, body: Record<string, unknown>) =>
    t.http.post(path).set(bearer(secretariat)).send(body);

  async function proposalWithOneThird(): Promise<string> {
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
    mspId = (
      await post('/api/meetings', {
        kind: 'msp',
        number: 23,
        title: 'Twenty-Third Meeting of the States Parties',
        venue: 'Geneva',
        startDate: '2026-11-30',
        endDate: '2026-12-04',
        agenda: ['Opening'],
      }).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  describe('POST /api/meetings sets up MSPs and intersessional meetings only', () => {
    const base = { title: 'A meeting', venue: 'Geneva', startDate: '2029-10-25', endDate: '2029-10-29' };

    it.each([
      ['review', 'POST /api/convening/review-conferences', 'Art. 12.1'],
      ['special', 'POST /api/convening/special-meetings/{id}/convene', 'Art. 8.5'],
      ['amendment', 'POST /api/convening/amendments/{id}/conference', 'Art. 13.1'],
    ])('refuses a %s meeting with 422 pointing to %s, creating nothing', async (kind, endpoint, article) => {
      const before = await count('SELECT count(*) AS n FROM meetings');
      const res = await post('/api/meetings', { ...base, kind, number: 6 }).expect(422);
      expect(res.body).toMatchObject({ code: 'CONVENING_PROCEDURE_REQUIRED', field: 'kind' });
      expect(res.body.message).toContain(endpoint);
      expect(res.body.message).toContain(article);
      expect(await count('SELECT count(*) AS n FROM meetings')).toBe(before);
    });

    it('refuses there too, on the convening path, 6RC four years eleven months after 5RC (Art. 12.1)', async () => {
      const body = {
        requestingStates: [parties[0]],
        number: 6,
        title: 'Sixth Review Conference',
        venue: 'Geneva',
      };
      const early = await post('/api/convening/review-conferences', {
        ...body,
        startDate: '2029-10-25',
        endDate: '2029-10-29',
      }).expect(422);
      expect(early.body).toMatchObject({ code: 'REVIEW_CONFERENCE_TOO_EARLY', field: 'startDate' });
      expect(await meetingsOfKind('review')).toBe(0);
    });

    it.each(['msp', 'intersessional'])('still sets up a %s directly', async (kind) => {
      const m = (await post('/api/meetings', { ...base, kind, number: null }).expect(201)).body;
      expect(m.kind).toBe(kind);
    });
  });

  it('convene: a failure after the Special Meeting is written leaves no meeting, and the proposal can still be convened', async () => {
    const proposalId = await proposalWithOneThird();
    const body = { venue: 'Geneva', startDate: '2026-03-20', endDate: '2026-03-20' };
    const heal = await injectFault('special_meeting_proposals', 'UPDATE', 'NEW.meeting_id IS NOT NULL');
    try {
      expectFailed(await post(`/api/convening/special-meetings/${proposalId}/convene`, body));
    } finally {
      await heal();
    }
    expect(await meetingsOfKind('special')).toBe(0);
    expect(await count("SELECT count(*) AS n FROM record_entries WHERE data->>'kind' = 'special'")).toBe(0);
    const p = (await t.http.get(`/api/convening/special-meetings/${proposalId}`).expect(200)).body;
    expect(p).toMatchObject({ phase: 'met', meetingId: null });

    const res = (await post(`/api/convening/special-meetings/${proposalId}/convene`, body).expect(201)).body;
    expect(res.proposal).toMatchObject({ phase: 'convened', meetingId: res.meeting.id });
    expect(await meetingsOfKind('special')).toBe(1);
  });

  it('scheduleConference: a failure after the Amendment Conference is written leaves no meeting', async () => {
    const a = (
      await post('/api/convening/amendments', {
        proposedBy: parties[0],
        text: 'Amend Article 5',
        circulatedOn: D,
      }).expect(201)
    ).body;
    for (const iso3 of parties.slice(0, 81))
      await post(`/api/convening/amendments/${a.id}/support`, { stateIso3: iso3, date: D }).expect(201);
    const heal = await injectFault('amendment_proposals', 'UPDATE', 'NEW.conference_meeting_id IS NOT NULL');
    try {
      expectFailed(await post(`/api/convening/amendments/${a.id}/conference`, {}));
    } finally {
      await heal();
    }
    expect(await meetingsOfKind('amendment')).toBe(0);
    const scheduled = (await post(`/api/convening/amendments/${a.id}/conference`, {}).expect(201)).body;
    expect(scheduled.phase).toBe('convened');
    expect(await meetingsOfKind('amendment')).toBe(1);
  });

  it('Art. 5 request: a failure after the agenda item is added leaves the agenda and the meeting version untouched', async () => {
    const before = (await t.http.get(`/api/meetings/${mspId}`).expect(200)).body;
    const body = {
      stateIso3: parties[3],
      submittedOn: D,
      currentDeadline: '2027-03-01',
      years: 3,
      contents: 'Reasons, preparatory work, circumstances (Art. 5.4)',
    };
    const heal = await injectFault('extension_requests', 'INSERT', 'true');
    try {
      expectFailed(await post('/api/convening/extension-requests', body));
    } finally {
      await heal();
    }
    const after = (await t.http.get(`/api/meetings/${mspId}`).expect(200)).body;
    expect(after.agenda).toEqual(before.agenda);
    expect(after.version).toBe(before.version);

    const r = (await post('/api/convening/extension-requests', body).expect(201)).body;
    const now = (await t.http.get(`/api/meetings/${mspId}`).expect(200)).body;
    expect(now.agenda).toHaveLength(before.agenda.length + 1);
    expect(now.agenda.at(-1)).toMatchObject({ id: r.agendaItemId, position: before.agenda.length + 1 });
  });

  it('Review Conference: a failure writing its record entry leaves no Review Conference', async () => {
    const body = {
      requestingStates: [parties[0]],
      number: 6,
      title: 'Sixth Review Conference',
      venue: 'Geneva',
      startDate: '2029-11-25',
      endDate: '2029-11-29',
    };
    const heal = await injectFault('record_entries', 'INSERT', "NEW.kind = 'convening.review-conference'");
    try {
      expectFailed(await post('/api/convening/review-conferences', body));
    } finally {
      await heal();
    }
    expect(await meetingsOfKind('review')).toBe(0);
    expect((await post('/api/convening/review-conferences', body).expect(201)).body).toMatchObject({
      kind: 'review',
      code: '6RC',
    });
  });

  it('Review Conference spacing holds under concurrency: of two requests both five years after 6RC, one is convened', async () => {
    // Holding SHARE on meetings lets both requests read but not insert; both are then parked in
    // PostgreSQL. Without the Review Conference lock both have read "6RC is the latest" and both
    // insert once released; with it, the second waits for the first to commit and then sees it.
    const blocker = t.db.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE meetings IN SHARE MODE');
    const body = (startDate: string, endDate: string) => ({
      requestingStates: [parties[1]],
      number: 7,
      title: 'Seventh Review Conference',
      venue: 'Geneva',
      startDate,
      endDate,
    });
    const requests = [
      post('/api/convening/review-conferences', body('2034-11-27', '2034-12-01')).then((r) => r),
      post('/api/convening/review-conferences', body('2034-12-04', '2034-12-08')).then((r) => r),
    ];
    try {
      await until(
        'the two requests both waiting on the lock',
        async () =>
          (await count(
            `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )) >= 2,
        { timeoutMs: 30_000 },
      );
    } finally {
      await blocker.commitTransaction();
      await blocker.release();
    }
    const statuses = (await Promise.all(requests)).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 422]);
    const refused = (await Promise.all(requests)).find((r) => r.status === 422) as Response;
    expect(refused.body.code).toBe('REVIEW_CONFERENCE_TOO_EARLY');
    expect(await meetingsOfKind('review')).toBe(2);
  });
});
