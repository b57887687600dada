import { createHash, randomUUID } from 'node:crypto';
import { inEnglishOrder, type RollCallAnswerResult, type VoteSnapshot } from '@plenary/shared';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import {
  bearer,
  castOverSocket,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  watch,
  type ClientSocket,
} from '../support/plenary';
import { nextEvent } from '../support/wait';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
type Answer = 'yes' | 'no' | 'abstain' | 'pass';

describe('roll-call as at the UN: drawn by lot, called in English order, answers recorded by the secretariat', () => {
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let parties: { id: string; stateIso3: string | null; name: string }[];
  let vote: VoteSnapshot;
  let board: ClientSocket;
  let padToken: string;
  let absent: { id: string; stateIso3: string | null };

  const answer = (iso3: string, a: Answer, opId = randomUUID(), token = secretariat) =>
    t.http.post(`/api/votes/${vote.id}/roll-call`).set(bearer(token)).send({ iso3, answer: a, opId });
  const close = () => t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({});

  beforeAll(async () => {
    t = await startTestApp({ clock: new FixedClock(new Date('2026-03-02T09:00:00Z')) });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    parties = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
    await checkIn(
      t,
      secretariat,
      parties.slice(0, 100).map((d) => d.id),
    );
    absent = parties[150];
    padToken = await signInDelegation(t, secretariat, parties[0].id);
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Appeal against the ruling of the President', matter: 'procedural' })
        .expect(201)
    ).body;
    board = await connect(t);
    expect((await watch(board, meetingId)).ok).toBe(true);
    vote = (
      await t.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'roll-call' })
        .expect(201)
    ).body;
  });
  afterAll(async () => {
    board?.disconnect();
    await t.close();
  });

  it('starts from the State drawn by lot with the recorded seed, in English alphabetical order', async () => {
    const rc = vote.rollCall!;
    const iso3s = vote.eligible.map((e) => e.iso3);
    expect(iso3s).toHaveLength(161);
    // Reproducible by anyone: the lowest SHA-256(seed:ISO3) starts.
    expect(rc.seed).toMatch(/^[0-9a-f]{32}$/);
    const lowest = [...iso3s].sort((a, b) =>
      sha256(`${rc.seed}:${a}`) < sha256(`${rc.seed}:${b}`) ? -1 : 1,
    )[0];
    expect(rc.drawn).toBe(lowest);
    const english = inEnglishOrder(iso3s);
    const at = english.indexOf(rc.drawn);
    expect(rc.order).toEqual([...english.slice(at), ...english.slice(0, at)]);
    // Türkiye before Turkmenistan, Côte d'Ivoire right after Costa Rica.
    expect(english.indexOf('TUR') + 1).toBe(english.indexOf('TKM'));
    expect(english.indexOf('CRI') + 1).toBe(english.indexOf('CIV'));
    const opened = (
      await t.http.get(`/api/meetings/${meetingId}/record?kind=vote.opened`).set(bearer(secretariat))
    ).body as { data: { rollCallSeed: string; rollCallDrawnByLot: string } }[];
    expect(opened.at(-1)!.data).toMatchObject({ rollCallSeed: rc.seed, rollCallDrawnByLot: rc.drawn });
  });

  it('refuses a delegation’s pad, over HTTP and the socket, with a typed code', async () => {
    const http = await t.http
      .post(`/api/votes/${vote.id}/ballots`)
      .set(bearer(padToken))
      .send({ choice: 'yes', opId: randomUUID() })
      .expect(409);
    expect(http.body).toMatchObject({ code: 'ROLL_CALL_BY_SECRETARIAT', field: 'voteId' });
    const pad = await connect(t, padToken);
    try {
      const ack = await castOverSocket(pad, vote.id, 'yes');
      expect(ack).toMatchObject({ ok: false, error: { code: 'ROLL_CALL_BY_SECRETARIAT' } });
    } finally {
      pad.disconnect();
    }
    // Nor may a delegation record answers.
    await answer(vote.rollCall!.order[0], 'yes', randomUUID(), padToken).expect(403);
  });

  it('records answers only in turn, exactly once per operation id, acknowledged after commit', async () => {
    const order = vote.rollCall!.order;
    const out = await answer(order[1], 'yes').expect(409);
    expect(out.body).toMatchObject({ code: 'ROLL_CALL_OUT_OF_TURN', field: 'iso3' });
    expect(out.body.message).toContain(order[0]);

    // The first State passes: the board sees it (P) in the next tally.
    const tallied = nextEvent(
      board,
      'vote.tallied',
      (p) => p.tally.voteId === vote.id && p.tally.lights !== null && p.tally.lights.includes('P'),
    );
    const opId = randomUUID();
    const copies = await Promise.all([
      answer(order[0], 'pass', opId),
      answer(order[0], 'pass', opId),
      answer(order[0], 'pass', opId),
    ]);
    const bodies = copies.map((c) => c.body as RollCallAnswerResult);
    expect(copies.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(bodies.map((b) => b.seq)).toEqual([1, 1, 1]);
    expect(bodies.filter((b) => !b.replayed)).toHaveLength(1);
    const lights = (await tallied).tally.lights!;
    expect(lights[vote.eligible.findIndex((e) => e.iso3 === order[0])]).toBe('P');
    // Committed before the answer came back: a fresh read shows it.
    const now = (await t.http.get(`/api/votes/${vote.id}`).expect(200)).body as VoteSnapshot;
    expect(now.rollCall!.passed).toEqual([order[0]]);
    // A retry later is answered the same; the same op id for another answer is refused.
    expect((await answer(order[0], 'pass', opId).expect(200)).body).toMatchObject({ seq: 1, replayed: true });
    expect((await answer(order[1], 'yes', opId).expect(422)).body.code).toBe('OP_ID_REUSED');
  });

  it('calls those that passed again at the end, refuses to close before, and keeps the roll in the record', async () => {
    const order = vote.rollCall!.order;
    const expected: Record<string, Answer> = {};
    const recorded: { iso3: string; round: number; answer: Answer }[] = [
      { iso3: order[0], round: 1, answer: 'pass' },
    ];
    for (let i = 1; i < order.length; i++) {
      const iso3 = order[i];
      const a: Answer = i === 1 || i === 2 ? 'pass' : (['yes', 'no', 'abstain'] as const)[i % 3];
      if (a !== 'pass') expected[iso3] = a;
      const res = (await answer(iso3, a).expect(200)).body as RollCallAnswerResult;
      expect(res).toMatchObject({ iso3, round: 1, seq: i + 1, replayed: false });
      recorded.push({ iso3, round: 1, answer: a });
      if (i === 80) expect((await close().expect(409)).body.code).toBe('ROLL_CALL_NOT_FINISHED');
    }
    // Second round: the three that passed, in calling order.
    let snap = (await t.http.get(`/api/votes/${vote.id}`).expect(200)).body as VoteSnapshot;
    expect(snap.rollCall!.passed).toEqual([order[0], order[1], order[2]]);
    expect((await answer(order[1], 'yes').expect(409)).body.message).toContain(order[0]);
    const closing = await close().expect(409);
    expect(closing.body.message).toMatch(new RegExp(`${order[0]} is called again`));
    for (const [iso3, a] of [
      [order[0], 'yes'],
      [order[1], 'no'],
      [order[2], 'pass'],
    ] as const) {
      const res = (await answer(iso3, a).expect(200)).body as RollCallAnswerResult;
      expect(res.round).toBe(2);
      recorded.push({ iso3, round: 2, answer: a });
      if (a !== 'pass') expected[iso3] = a;
    }
    snap = (await t.http.get(`/api/votes/${vote.id}`).expect(200)).body as VoteSnapshot;
    expect(snap.rollCall).toMatchObject({ passed: [], declined: [order[2]] });
    expect(snap.votes).toEqual(expected);
    expect((await answer(order[2], 'yes').expect(409)).body.message).toMatch(/Every State has been called/);

    // An absent State that answered is present now (answering registers presence, as a cast does).
    const list = await delegations(t, meetingId);
    const was = list.find((d) => d.id === absent.id) as unknown as { present: boolean };
    expect(was.present).toBe(expected[absent.stateIso3!] !== undefined);

    const closed = (await close().expect(200)).body as { vote: VoteSnapshot };
    const tally = Object.values(expected);
    expect(closed.vote.result).toMatchObject({
      yes: tally.filter((a) => a === 'yes').length,
      no: tally.filter((a) => a === 'no').length,
      abstain: tally.filter((a) => a === 'abstain').length,
    });
    const decision = (
      await t.http.get(`/api/meetings/${meetingId}/record?kind=decision.vote`).set(bearer(secretariat))
    ).body as {
      data: { method: string; rollCall: { seed: string; drawn: string; order: string[]; calls: unknown[] } };
    }[];
    const data = decision.at(-1)!.data;
    expect(data.method).toBe('roll-call');
    expect(data.rollCall).toMatchObject({ seed: vote.rollCall!.seed, drawn: vote.rollCall!.drawn, order });
    expect(data.rollCall.calls).toEqual(
      recorded.map((c, i) => ({ ...c, seq: i + 1, answeredAt: expect.any(String) })),
    );
    // The database itself keeps a closed roll-call fixed.
    await expect(
      t.db.dataSource.query("UPDATE roll_call_answers SET answer = 'yes' WHERE vote_id = $1", [vote.id]),
    ).rejects.toThrow(/is closed/);
    await expect(
      t.db.dataSource.query('UPDATE roll_calls SET calls = 0 WHERE vote_id = $1', [vote.id]),
    ).rejects.toThrow(/is closed/);
    // Nothing changes after the close, a late retry of an answer included.
    expect((await answer(order[2], 'yes').expect(422)).body.code).toBe('VOTE_CLOSED');
  });
});
