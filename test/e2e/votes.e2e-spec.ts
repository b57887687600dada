import { randomUUID } from 'node:crypto';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { bearer, checkIn, delegations, setUpMeeting, signInDelegation } from '../support/plenary';

describe('questions and votes: rules, methods and refusals', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let parties: { id: string; stateIso3: string | null; name: string }[];
  const tokens: string[] = [];

  const put = (body: Record<string, unknown>) =>
    t.http.post(`/api/meetings/${meetingId}/questions`).set(bearer(president)).send(body);
  const open = (questionId: string, method: string) =>
    t.http.post(`/api/questions/${questionId}/votes`).set(bearer(president)).send({ method });
  const cast = (token: string, voteId: string, choice: string, opId = randomUUID()) =>
    t.http.post(`/api/votes/${voteId}/ballots`).set(bearer(token)).send({ choice, opId });
  const close = (voteId: string, body: Record<string, unknown> = {}) =>
    t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send(body);

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    parties = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
    for (const d of parties.slice(0, 5)) tokens.push(await signInDelegation(t, secretariat, d.id));
  });
  afterAll(() => t.close());

  it('refuses to open the meeting below the opening quorum, then opens at 54 of 161', async () => {
    await checkIn(
      t,
      secretariat,
      parties.slice(0, 53).map((d) => d.id),
    );
    const refused = await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(422);
    expect(refused.body.code).toBe('QUORUM_NOT_MET');
    await checkIn(t, secretariat, [parties[53].id]);
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
  });

  it('refuses to open a vote without the decision quorum (81 of 161)', async () => {
    const q = (await put({ text: 'Close the debate', matter: 'procedural' }).expect(201)).body;
    const res = await open(q.id, 'recorded').expect(422);
    expect(res.body.code).toBe('QUORUM_NOT_MET');
    expect(res.body.message).toMatch(/81/);
    await checkIn(
      t,
      secretariat,
      parties.slice(54, 81).map((d) => d.id),
    );
    const adopted = (await t.http.post(`/api/questions/${q.id}/consensus`).set(bearer(president)).expect(201))
      .body;
    expect(adopted).toMatchObject({ status: 'adopted', decidedBy: 'consensus' });
  });

  it('fixes the rule by the matter and refuses a lower threshold', async () => {
    const lower = await put({
      text: 'Adopt amendment 1',
      matter: 'art13-amendment',
      rule: 'majority-present-voting',
    }).expect(422);
    expect(lower.body.field).toBe('rule');
    const q = (
      await put({ text: 'Grant the extension requested by Cambodia', matter: 'art5-extension' }).expect(201)
    ).body;
    expect(q).toMatchObject({ rule: 'majority-present-voting' });
    expect(q.ruleSource).toMatch(/5\.5/);
    const busy = await put({ text: 'Another', matter: 'procedural' }).expect(409);
    expect(busy.body.code).toBe('QUESTION_ACTIVE');
    const vote = (await open(q.id, 'recorded').expect(201)).body;
    await cast(tokens[0], vote.id, 'yes').expect(200);
    await cast(tokens[1], vote.id, 'no').expect(200);
    const tie = (await close(vote.id).expect(200)).body;
    expect(tie.vote.result).toMatchObject({ outcome: 'rejected', yes: 1, no: 1 });
    expect(tie.question.status).toBe('rejected');
  });

  it('refuses casts by observers, staff, bad input and closed votes, changing nothing', async () => {
    const q = (await put({ text: 'Suspend the meeting', matter: 'procedural' }).expect(201)).body;
    const vote = (await open(q.id, 'recorded').expect(201)).body;
    await cast(president, vote.id, 'yes').expect(403);
    await t.http
      .post(`/api/votes/${vote.id}/ballots`)
      .send({ choice: 'yes', opId: randomUUID() })
      .expect(401);
    const bad = await cast(tokens[0], vote.id, 'maybe').expect(400);
    expect(bad.body.field).toBe('choice');
    const badOp = await t.http
      .post(`/api/votes/${vote.id}/ballots`)
      .set(bearer(tokens[0]))
      .send({ choice: 'yes', opId: 'x' })
      .expect(400);
    expect(badOp.body.field).toBe('opId');
    await t.http
      .post(`/api/votes/not-a-uuid/ballots`)
      .set(bearer(tokens[0]))
      .send({ choice: 'yes', opId: randomUUID() })
      .expect(400);
    const ngo = await t.http
      .post(`/api/meetings/${meetingId}/delegations`)
      .set(bearer(secretariat))
      .send({ kind: 'organisation', name: 'International Campaign to Ban Landmines' })
      .expect(201);
    const observer = await signInDelegation(t, secretariat, ngo.body.id);
    const obs = await cast(observer, vote.id, 'yes').expect(403);
    expect(obs.body.message).toMatch(/Observers/);
    expect((await t.http.get(`/api/votes/${vote.id}`)).body.counts).toEqual({
      yes: 0,
      no: 0,
      abstain: 0,
      notVoted: 161,
    });
    await cast(tokens[2], vote.id, 'yes').expect(200);
    await close(vote.id).expect(200);
    const late = await cast(tokens[2], vote.id, 'no').expect(422);
    expect(late.body.code).toBe('VOTE_CLOSED');
    const again = await close(vote.id).expect(422);
    expect(again.body.code).toBe('VOTE_CLOSED');
  });

  it('keeps a secret ballot secret: counts only after close, no link from State to choice', async () => {
    const q = (await put({ text: 'Elect the Vice-President', matter: 'election' }).expect(201)).body;
    const vote = (await open(q.id, 'secret').expect(201)).body;
    await cast(tokens[0], vote.id, 'yes').expect(200);
    await cast(tokens[1], vote.id, 'yes').expect(200);
    await cast(tokens[2], vote.id, 'no').expect(200);
    // A delegation may change its vote until the close (DOMAIN.md §5), a secret one too.
    const change = await cast(tokens[2], vote.id, 'abstain').expect(200);
    expect(change.body.revision).toBe(2);
    const during = (await t.http.get(`/api/votes/${vote.id}`)).body;
    expect(during.counts).toBeNull();
    expect(during.votes).toBeNull();
    expect(during.voted).toHaveLength(3);
    const linked = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM ballots WHERE vote_id = $1 AND choice IS NOT NULL',
      [vote.id],
    );
    expect(linked[0].n).toBe(0);
    const ops = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM cast_ops WHERE vote_id = $1 AND choice IS NOT NULL',
      [vote.id],
    );
    expect(ops[0].n).toBe(0);
    const closed = (await close(vote.id).expect(200)).body;
    expect(closed.vote.result).toMatchObject({ yes: 2, no: 0, abstain: 1, outcome: 'adopted' });
    expect(closed.vote.votes).toBeNull();
  });

  it('takes a show of hands from the counts entered in the room', async () => {
    const q = (await put({ text: 'Adjourn the debate', matter: 'procedural' }).expect(201)).body;
    const vote = (await open(q.id, 'show-of-hands').expect(201)).body;
    const device = await cast(tokens[0], vote.id, 'yes').expect(422);
    expect(device.body.code).toBe('NOT_DEVICE_VOTE');
    const missing = await close(vote.id).expect(400);
    expect(missing.body.field).toBe('counts');
    const tooMany = await close(vote.id, { counts: { yes: 500, no: 0, abstain: 0 } }).expect(422);
    expect(tooMany.body.code).toBe('COUNTS_EXCEED_PRESENT');
    const closed = (await close(vote.id, { counts: { yes: 40, no: 30, abstain: 5 } }).expect(200)).body;
    expect(closed.vote.result).toMatchObject({ outcome: 'adopted', presentAndVoting: 70, required: 36 });
  });

  it('draws the roll-call order by lot and records the draw', async () => {
    const q = (
      await put({ text: 'Appeal against the ruling of the President', matter: 'procedural' }).expect(201)
    ).body;
    const vote = (await open(q.id, 'roll-call').expect(201)).body;
    expect(vote.rollCall.order).toHaveLength(161);
    expect(vote.rollCall.order[0]).toBe(vote.rollCall.drawn);
    // The roll-call must go round before the vote closes (test/e2e/roll-call.e2e-spec.ts).
    expect((await close(vote.id).expect(409)).body.code).toBe('ROLL_CALL_NOT_FINISHED');
    const record = (await t.http.get(`/api/meetings/${meetingId}/record?kind=vote.opened`)).body;
    expect(record.at(-1).data.rollCallDrawnByLot).toBe(vote.rollCall.drawn);
  });
});
