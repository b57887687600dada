import { type Ack, type FloorView, type FloorActionBody } from '@plenary/shared';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/src/app.factory';
import { parseEnv } from '../../server/src/config/env';
import { FixedClock, startTestApp, staffToken, type TestApp } from '../support/app';
import { testBallotKeyFile } from '../support/db';
import {
  bearer,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  watch,
  type ClientSocket,
} from '../support/plenary';
import { FloorWatcher } from '../support/floor';
import { until } from '../support/wait';

type Counts = { yes: number; no: number; abstain: number };

/**
 * Issue 11: a debate on the floor, end to end. The President acts over HTTP, delegations from
 * their pads over the socket, the board watches; every motion, appeal, amendment and part is put
 * as a question and decided by the existing vote machinery (show of hands: the counts taken in
 * the room), and the floor takes each outcome when the vote closes.
 */
describe('the floor: a debate from the list of speakers to reconsideration', () => {
  const start = new Date('2026-03-02T09:00:00Z');
  const clock = new FixedClock(start);
  let t: TestApp;
  let secretariat: string;
  let president: string;
  let meetingId: string;
  let itemId: string;
  let otherItemId: string;
  let parties: { id: string; stateIso3: string | null; name: string }[];
  let observerId: string;
  const pads: ClientSocket[] = [];
  let observerPad: ClientSocket;
  let board: ClientSocket;
  let boardFloor: FloorWatcher;
  const A = () => parties[0];
  const B = () => parties[1];
  const C = () => parties[2];

  const act = (body: FloorActionBody | Record<string, unknown>, token = president) =>
    t.http.post(`/api/meetings/${meetingId}/agenda/${itemId}/floor`).set(bearer(token)).send(body);
  const ok = async (body: FloorActionBody | Record<string, unknown>): Promise<FloorView> => {
    const res = await act(body);
    if (res.status !== 200)
      throw new Error(
        `${JSON.stringify(body)}: ${res.status} ${JSON.stringify(res.body)} ${JSON.stringify((await floorNow()).state.motions.map((m) => [m.id, m.kind, m.status]))} ${JSON.stringify(((await t.http.get(`/api/meetings/${meetingId}/questions`)).body as { status: string; text: string }[]).map((q) => [q.text.slice(0, 30), q.status]))}`,
      );
    return res.body as FloorView;
  };
  const refused = async (body: FloorActionBody | Record<string, unknown>, status = 422) =>
    (await act(body).expect(status)).body as { code: string; message: string; field?: string };
  const floorNow = async (): Promise<FloorView> =>
    (await t.http.get(`/api/meetings/${meetingId}/floor`).expect(200)).body as FloorView;
  const pad = (socket: ClientSocket, queue: 'speakers' | 'explanation' | 'reply' = 'speakers') =>
    socket.timeout(10000).emitWithAck('floor.request', { meetingId, queue }) as Promise<Ack<FloorView>>;
  const pointOfOrder = (socket: ClientSocket) =>
    socket.timeout(10000).emitWithAck('floor.pointOfOrder', { meetingId }) as Promise<Ack<FloorView>>;

  /** Puts the floor's question to a show of hands and closes it with the counts; answers the floor after. */
  async function vote(questionId: string, counts: Counts): Promise<FloorView> {
    const opened = await t.http
      .post(`/api/questions/${questionId}/votes`)
      .set(bearer(president))
      .send({ method: 'show-of-hands' });
    if (opened.status !== 201) {
      const qs = (await t.http.get(`/api/meetings/${meetingId}/questions`)).body as unknown[];
      throw new Error(
        `open ${questionId}: ${opened.status} ${JSON.stringify(opened.body)} ${JSON.stringify(qs)} ${JSON.stringify((await floorNow()).questions)}`,
      );
    }
    const voteId = opened.body.id as string;
    const settled = boardFloor.next((f) => f.questions.some((q) => q.questionId === questionId && q.settled));
    await t.http.post(`/api/votes/${voteId}/close`).set(bearer(president)).send({ counts }).expect(200);
    return settled;
  }
  const lastQuestion = (f: FloorView) => f.questions.at(-1)!.questionId;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    secretariat = await staffToken(t, 'secretariat');
    president = await staffToken(t, 'president');
    const meeting = await setUpMeeting(t, secretariat);
    meetingId = meeting.id;
    itemId = meeting.agenda[1].id;
    otherItemId = meeting.agenda[0].id;
    const all = await delegations(t, meetingId);
    parties = all.filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      parties.map((d) => d.id),
    );
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    for (const d of parties.slice(0, 3))
      pads.push(await connect(t, await signInDelegation(t, secretariat, d.id)));
    observerId = (
      await t.http
        .post(`/api/meetings/${meetingId}/delegations`)
        .set(bearer(secretariat))
        .send({ kind: 'organisation', name: 'International Committee of the Red Cross' })
        .expect(201)
    ).body.id as string;
    observerPad = await connect(t, await signInDelegation(t, secretariat, observerId));
    board = await connect(t);
    const watched = await watch(board, meetingId);
    if (!watched.ok) throw new Error(JSON.stringify(watched.error));
    boardFloor = new FloorWatcher(board, watched.data.floor ?? null);
  });
  afterAll(async () => {
    for (const s of [...pads, observerPad, board]) s?.disconnect();
    await t?.close();
  });

  it('keeps a list of speakers: 20 asked, grouped by category, called in turn, timed', async () => {
    const notYet = await pad(pads[0]);
    expect(notYet).toMatchObject({ ok: false, error: { code: 'LIST_NOT_OPEN' } });
    const opened = boardFloor.next();
    await ok({ action: 'open-list' });
    expect((await opened).state.list.status).toBe('open');

    // The secretariat inscribes the observer first; the delegations ask from their pads after.
    const inscribed = (
      await act({ action: 'add-speaker', delegationId: observerId }, secretariat).expect(200)
    ).body as FloorView;
    expect(inscribed.state.list.queue[0]).toMatchObject({
      category: 'un-icrc-icbl-gichd',
      addedBy: 'secretariat',
    });
    for (const p of pads) expect(await pad(p)).toMatchObject({ ok: true });
    expect(await pad(pads[0])).toMatchObject({ ok: false, error: { code: 'ALREADY_REQUESTED' } });
    // An observer speaks when the President gives it the floor: its own request is refused.
    const observerAsks = await pad(observerPad);
    expect(observerAsks).toMatchObject({ ok: false, error: { code: 'OBSERVER_NOT_PERMITTED' } });
    for (const d of parties.slice(3, 19))
      await act({ action: 'add-speaker', delegationId: d.id }, secretariat).expect(200);
    // The secretariat inscribes; only the President conducts.
    const notChair = await act({ action: 'next-speaker' }, secretariat).expect(403);
    expect(notChair.body.code).toBe('FORBIDDEN');

    const f = await floorNow();
    expect(f.state.list.queue).toHaveLength(20);
    expect(f.state.list.queue.slice(0, 3).map((e) => e.delegationId)).toEqual(
      pads.map((_, i) => parties[i].id),
    );
    expect(f.state.list.queue.at(-1)).toMatchObject({ delegationId: observerId });

    const first = boardFloor.next((f) => f.state.speech?.delegationId === A().id);
    await ok({ action: 'next-speaker' });
    const seen = await first;
    expect(seen.names[A().id]).toBe(A().name);
    expect(seen.state.list.queue[0].delegationId).toBe(B().id);
    clock.set(new Date(start.getTime() + 3 * 60_000));
    const second = await ok({ action: 'next-speaker' });
    expect(second.state.spoken[0]).toMatchObject({
      delegationId: A().id,
      durationMs: 180_000,
      ended: 'finished',
    });
    expect(second.state.speech?.delegationId).toBe(B().id);
    // A reconnecting board reads the floor in its snapshot.
    const live = (await t.http.get(`/api/meetings/${meetingId}/live`).expect(200)).body;
    expect(live.floor.state.speech.delegationId).toBe(B().id);
    expect(live.floor.revision).toBe(second.revision);
  });

  it('a point of order interrupts the speech; the appeal is voted and the ruling overruled', async () => {
    clock.set(new Date(start.getTime() + 4 * 60_000));
    const raised = await pointOfOrder(pads[2]);
    expect(raised.ok).toBe(true);
    const f = raised.ok ? raised.data : (null as never);
    const po = f.state.rulings[0];
    expect(po).toMatchObject({ raisedBy: C().id, status: 'raised', interruptedSpeech: true });
    expect(f.state.speech?.clock).toEqual({ startedAt: null, accumulatedMs: 60_000 });
    const blocked = await refused({ action: 'next-speaker' });
    expect(blocked.code).toBe('POINT_OF_ORDER_PENDING');
    expect(blocked.message).toMatch(/GA rule 71/);

    await ok({ action: 'rule', rulingId: po.id, ruling: 'The speaker is in order and may continue.' });
    await ok({ action: 'appeal', rulingId: po.id, delegationId: C().id });
    const put = await ok({ action: 'put-appeal', rulingId: po.id });
    const question = (await t.http.get(`/api/meetings/${meetingId}/questions`).expect(200)).body.at(-1);
    expect(question).toMatchObject({
      id: lastQuestion(put),
      matter: 'procedural',
      rule: 'majority-present-voting',
    });
    expect(question.text).toMatch(/overruled/);
    const decided = await vote(lastQuestion(put), { yes: 80, no: 60, abstain: 4 });
    expect(decided.state.rulings[0]).toMatchObject({ status: 'final', outcome: 'overruled' });
    expect(decided.state.rulings[0].appealDecision).toMatchObject({ outcome: 'adopted' });
    const resumed = await ok({ action: 'resume-speech' });
    expect(resumed.state.speech?.clock.startedAt).not.toBeNull();
  });

  it('takes procedural motions in precedence: adjournment of the debate rejected, closure adopted', async () => {
    await ok({ action: 'move-motion', delegationId: A().id, motion: { kind: 'close-debate' } });
    const moved = await ok({
      action: 'move-motion',
      delegationId: C().id,
      motion: { kind: 'adjourn-debate' },
    });
    const [closure, adjourn] = moved.state.motions.map((m) => m.id);
    const out = await refused({ action: 'take-up-motion', motionId: closure });
    expect(out.code).toBe('OUT_OF_PRECEDENCE');
    // An observer moves no motion.
    expect(
      (
        await refused({
          action: 'move-motion',
          delegationId: observerId,
          motion: { kind: 'suspend-meeting' },
        })
      ).code,
    ).toBe('OBSERVER_NOT_PERMITTED');

    await ok({ action: 'take-up-motion', motionId: adjourn });
    await ok({ action: 'motion-speaker', motionId: adjourn, delegationId: parties[5].id, side: 'for' });
    await ok({ action: 'motion-speaker', motionId: adjourn, delegationId: parties[6].id, side: 'for' });
    const third = await refused({
      action: 'motion-speaker',
      motionId: adjourn,
      delegationId: parties[7].id,
      side: 'for',
    });
    expect(third.code).toBe('MOTION_SPEAKERS_FULL');
    await ok({ action: 'motion-speaker', motionId: adjourn, delegationId: parties[7].id, side: 'against' });
    const put = await ok({ action: 'put-motion', motionId: adjourn });
    expect(put.state.motions.find((m) => m.id === adjourn)?.status).toBe('voting');
    const rejected = await vote(lastQuestion(put), { yes: 40, no: 90, abstain: 10 });
    expect(rejected.state.motions.find((m) => m.id === adjourn)).toMatchObject({ status: 'rejected' });
    expect(rejected.state.debate).toBe('open');

    await ok({ action: 'take-up-motion', motionId: closure });
    const noFor = await refused({
      action: 'motion-speaker',
      motionId: closure,
      delegationId: parties[8].id,
      side: 'for',
    });
    expect(noFor.code).toBe('MOTION_SPEAKERS_FULL');
    await ok({ action: 'motion-speaker', motionId: closure, delegationId: parties[8].id, side: 'against' });
    const putClosure = await ok({ action: 'put-motion', motionId: closure });
    const closed = await vote(lastQuestion(putClosure), { yes: 100, no: 30, abstain: 5 });
    expect(closed.state.motions.find((m) => m.id === closure)).toMatchObject({ status: 'adopted' });
    expect(closed.state.debate).toBe('closed');
    expect(closed.state.list.status).toBe('closed');
    expect(closed.state.list.notHeard.length).toBe(18);
    const late = await pad(pads[1]);
    expect(late).toMatchObject({ ok: false, error: { code: 'LIST_CLOSED' } });
    if (!late.ok) expect(late.error.message).toMatch(/GA rule 73/);
  });

  it('votes the amendments furthest removed first, divides the proposal, and adopts it as amended; explanations after', async () => {
    await ok({
      action: 'submit-proposal',
      id: 'L.1',
      symbol: 'APLC/MSP.23/L.1',
      text: 'Draft decision',
      sponsors: [A().id],
    });
    await ok({
      action: 'submit-amendment',
      id: 'L.2',
      proposalId: 'L.1',
      symbol: null,
      text: 'Close amendment',
      sponsors: [B().id],
    });
    await ok({
      action: 'submit-amendment',
      id: 'L.3',
      proposalId: 'L.1',
      symbol: null,
      text: 'Far amendment',
      sponsors: [C().id],
    });
    await ok({ action: 'order-amendments', proposalId: 'L.1', order: ['L.3', 'L.2'] });
    const parts = [
      { id: 'pp', label: 'preamble', operative: false },
      { id: 'op1', label: 'operative paragraph 1', operative: true },
      { id: 'op2', label: 'operative paragraph 2', operative: true },
    ];
    const divided = await ok({
      action: 'move-motion',
      delegationId: B().id,
      motion: { kind: 'division', proposalId: 'L.1', parts },
    });
    const division = divided.state.motions.at(-1)!.id;
    await ok({ action: 'object', motionId: division, delegationId: A().id });
    expect((await refused({ action: 'adopt-motion', motionId: division })).code).toBe('OBJECTION_RAISED');
    await ok({ action: 'take-up-motion', motionId: division });
    const putDivision = await ok({ action: 'put-motion', motionId: division });
    const carried = await vote(lastQuestion(putDivision), { yes: 70, no: 60, abstain: 0 });
    expect(carried.state.proposals[0].division?.parts).toHaveLength(3);

    const texts: string[] = [];
    const outcomes: [Counts, string][] = [
      [{ yes: 30, no: 100, abstain: 0 }, 'rejected'], // L.3
      [{ yes: 110, no: 20, abstain: 0 }, 'adopted'], // L.2 (two-thirds: substance)
      [{ yes: 110, no: 20, abstain: 0 }, 'adopted'], // pp
      [{ yes: 110, no: 20, abstain: 0 }, 'adopted'], // op1
      [{ yes: 50, no: 90, abstain: 0 }, 'rejected'], // op2
      [{ yes: 120, no: 10, abstain: 5 }, 'adopted'], // the parts approved, as amended, as a whole
    ];
    for (const [counts] of outcomes) {
      const put = await ok({ action: 'put-next', matter: 'other-substance' });
      const q = (await t.http.get(`/api/meetings/${meetingId}/questions`).expect(200)).body.at(-1);
      expect(q.id).toBe(lastQuestion(put));
      texts.push(q.text as string);
      await vote(q.id as string, counts);
    }
    expect(texts.map((x) => x.split(':')[0])).toEqual([
      'Amendment L.3 to L.1',
      'Amendment L.2 to L.1',
      'Part preamble of L.1',
      'Part operative paragraph 1 of L.1',
      'Part operative paragraph 2 of L.1',
      'L.1 as amended (the parts approved, as a whole)',
    ]);
    const f = await floorNow();
    const p = f.state.proposals[0];
    expect(p.amendments.map((a) => [a.id, a.result])).toEqual([
      ['L.2', 'adopted'],
      ['L.3', 'rejected'],
    ]);
    expect(p.division?.results.map((r) => r.outcome)).toEqual(outcomes.slice(2, 5).map(([, o]) => o));
    expect(p.result).toBe('adopted');
    expect((await refused({ action: 'put-next' }, 404)).code).toBe('NOT_FOUND');

    // Explanations of vote after the vote: the sponsor may explain (the proposal was amended); an observer may not.
    await ok({ action: 'open-explanations', subjectId: 'L.1', phase: 'after' });
    expect(await pad(pads[0], 'explanation')).toMatchObject({ ok: true });
    expect(await pad(observerPad, 'explanation')).toMatchObject({
      ok: false,
      error: { code: 'OBSERVER_NOT_PERMITTED' },
    });
    const explaining = await ok({ action: 'next-explanation' });
    expect(explaining.state.speech).toMatchObject({ delegationId: A().id, kind: 'explanation-after' });
    await ok({ action: 'close-explanations' });
  });

  it('reconsiders only by two-thirds present and voting', async () => {
    const moved = await ok({
      action: 'move-motion',
      delegationId: B().id,
      motion: { kind: 'reconsideration', proposalId: 'L.1' },
    });
    const first = moved.state.motions.at(-1)!.id;
    await ok({ action: 'take-up-motion', motionId: first });
    const put = await ok({ action: 'put-motion', motionId: first });
    const q = (await t.http.get(`/api/meetings/${meetingId}/questions`).expect(200)).body.at(-1);
    expect(q).toMatchObject({ id: lastQuestion(put), rule: 'two-thirds-present-voting' });
    // 90 of 140: a majority, short of two-thirds (3 x 90 < 2 x 140).
    const short = await vote(q.id as string, { yes: 90, no: 50, abstain: 0 });
    expect(short.state.motions.at(-1)).toMatchObject({ status: 'rejected' });
    expect(short.state.proposals[0].result).toBe('adopted');

    const again = await ok({
      action: 'move-motion',
      delegationId: C().id,
      motion: { kind: 'reconsideration', proposalId: 'L.1' },
    });
    const second = again.state.motions.at(-1)!.id;
    await ok({ action: 'take-up-motion', motionId: second });
    const put2 = await ok({ action: 'put-motion', motionId: second });
    const carried = await vote(lastQuestion(put2), { yes: 100, no: 50, abstain: 3 });
    expect(carried.state.motions.at(-1)).toMatchObject({ status: 'adopted' });
    expect(carried.state.proposals[0]).toMatchObject({
      result: null,
      reconsidered: [{ result: 'adopted', motionId: second }],
    });
  });

  it('a motion adopted without a vote (consensus) is stored as such, never as a tally, in the record too', async () => {
    await ok({
      action: 'submit-proposal',
      id: 'L.9',
      symbol: 'APLC/MSP.30/L.9',
      text: 'The meeting notes.',
      sponsors: [],
    });
    const moved = await ok({
      action: 'move-motion',
      delegationId: A().id,
      motion: {
        kind: 'division',
        proposalId: 'L.9',
        parts: [
          { id: 'pp', label: 'Preamble', operative: false },
          { id: 'op1', label: 'Operative paragraph 1', operative: true },
        ],
      },
    });
    const motionId = moved.state.motions.at(-1)!.id;
    await ok({ action: 'take-up-motion', motionId });
    const put = await ok({ action: 'put-motion', motionId });
    const questionId = lastQuestion(put);
    const settled = boardFloor.next((f) => f.questions.some((q) => q.questionId === questionId && q.settled));
    await t.http.post(`/api/questions/${questionId}/consensus`).set(bearer(president)).expect(201);
    const after = await settled;
    const m = after.state.motions.find((x) => x.id === motionId)!;
    expect(m).toMatchObject({ status: 'adopted', decision: null, decidedBy: 'consensus' });
    expect(after.state.proposals.find((p) => p.id === 'L.9')?.division?.parts.map((x) => x.id)).toEqual([
      'pp',
      'op1',
    ]);
    const record = (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      kind: string;
      summary: string;
      data: { decidedBy?: string; motions?: { id: string; decision: unknown; decidedBy?: string }[] };
    }[];
    const entry = record.find(
      (e) => e.kind === 'floor.changed' && e.data.motions?.some((x) => x.id === motionId && x.decidedBy),
    );
    expect(entry?.summary).toMatch(/adopted without a vote \(consensus\)$/);
    expect(entry?.data.decidedBy).toBe('consensus');
    expect(entry?.data.motions?.find((x) => x.id === motionId)).toMatchObject({
      decision: null,
      decidedBy: 'consensus',
    });
  });

  it('re-reads standing: a delegation whose credentials are withdrawn mid-debate raises no point of order and moves nothing', async () => {
    const token = await signInDelegation(t, secretariat, A().id);
    const before = await connect(t, token);
    const gone = new Promise<void>((resolve) => before.once('disconnect', () => resolve()));
    await t.http
      .put(`/api/delegations/${A().id}/credentials`)
      .set(bearer(secretariat))
      .send({ credentials: 'none' })
      .expect(200);
    await gone;
    const asObserver = await connect(t, token);
    const po = await pointOfOrder(asObserver);
    expect(po).toMatchObject({ ok: false, error: { code: 'OBSERVER_NOT_PERMITTED' } });
    const motion = await refused({
      action: 'move-motion',
      delegationId: A().id,
      motion: { kind: 'suspend-meeting' },
    });
    expect(motion.code).toBe('OBSERVER_NOT_PERMITTED');
    // A participant still may.
    expect(await pointOfOrder(pads[1])).toMatchObject({ ok: true });
    asObserver.disconnect();
  });

  it('two consoles acting on the same sight of the floor: one outcome, the other refused', async () => {
    const { revision } = await floorNow();
    const both = await Promise.all([
      act({
        action: 'rule-procedure-or-substance',
        question: 'Is the draft procedural?',
        classification: 'procedure',
        revision,
      }),
      act({
        action: 'rule-procedure-or-substance',
        question: 'Is the draft procedural?',
        classification: 'substance',
        revision,
      }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)?.body).toMatchObject({ code: 'CONFLICT', field: 'revision' });
    expect((await floorNow()).revision).toBe(revision + 1);
  });

  it('refuses bad input with the field, and keeps every step in the record', async () => {
    const bad = await refused({ action: 'move-speaker', delegationId: 'x', toIndex: -1 }, 400);
    expect(bad.code).toBe('VALIDATION');
    const unknown = await refused({ action: 'levitate' }, 400);
    expect(unknown.code).toBe('VALIDATION');
    const record = (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      kind: string;
      summary: string;
    }[];
    const floor = record.filter((e) => e.kind === 'floor.changed').map((e) => e.summary);
    expect(floor.length).toBeGreaterThan(40);
    expect(floor).toContain('The President opened the list of speakers');
    expect(floor.some((s) => /ruled on PO/.test(s))).toBe(true);
    expect(record.filter((e) => e.kind === 'decision.vote').length).toBe(12);
    await until(
      'the record verifies',
      async () => (await t.http.get(`/api/meetings/${meetingId}/record/head`)).status === 200,
    );
  });

  it('votes on several proposals in the order submitted unless the meeting decides otherwise', async () => {
    const tabled = await ok({
      action: 'submit-proposal',
      id: 'L.20',
      text: 'A draft decision on victim assistance',
    });
    const ids = tabled.state.proposals.map((p) => p.id);
    expect(ids.at(-1)).toBe('L.20');
    const incomplete = await refused({
      action: 'order-proposals',
      order: ['L.20'],
      decidedBy: 'No objection',
    });
    expect(incomplete).toMatchObject({ code: 'INVALID_ORDER', field: 'order' });
    const noHow = await refused({ action: 'order-proposals', order: [...ids].reverse() }, 400);
    expect(noHow.field).toBe('decidedBy');
    const ordered = await ok({
      action: 'order-proposals',
      order: [...ids].reverse(),
      decidedBy: 'No objection',
    });
    expect(ordered.state.proposalOrder).toEqual({ order: [...ids].reverse(), decidedBy: 'No objection' });
    const record = (await t.http.get(`/api/meetings/${meetingId}/record`).expect(200)).body as {
      summary: string;
    }[];
    expect(record.map((e) => e.summary)).toContain(
      `The meeting decided to vote on the proposals in the order ${[...ids].reverse().join(', ')} (No objection)`,
    );
  });

  it('sends each change after the first as a patch from which the board builds the very floor the server holds', async () => {
    // Every change of this debate reached the board; after the first whole floor, as patches.
    const now = await floorNow();
    const built = await until('the board to build the latest revision', () =>
      boardFloor.current?.revision === now.revision ? boardFloor.current : null,
    );
    const { serverNow: _a, ...seen } = built;
    const { serverNow: _b, ...held } = now;
    expect(seen).toEqual(held);
    expect(boardFloor.unapplied).toBe(0);
    // Whole floors only where the server had no view of the revision before (the first, or two
    // commits announced out of order).
    expect(boardFloor.patched).toBeGreaterThan(30);
    expect(boardFloor.patched).toBeGreaterThan(boardFloor.whole * 10);
  });

  it('sends the whole floor when the chair turns to another item, so no screen has to fetch it', async () => {
    const whole = boardFloor.whole;
    const patched = boardFloor.patched;
    const there = boardFloor.next((f) => f.agendaItemId === otherItemId);
    await t.http
      .post(`/api/meetings/${meetingId}/agenda/${otherItemId}/floor`)
      .set(bearer(president))
      .send({ action: 'open-list' })
      .expect(200);
    expect((await there).state.list.status).toBe('open');
    const back = boardFloor.next((f) => f.agendaItemId === itemId);
    await ok({ action: 'submit-proposal', id: 'L.30', text: 'A draft decision on cooperation' });
    expect((await back).state.proposals.some((p) => p.id === 'L.30')).toBe(true);
    // Turning to the other item and back: two whole floors; the next change on the same item, a patch.
    expect(boardFloor.whole - whole).toBe(2);
    const next = boardFloor.next((f) => f.state.proposals.some((p) => p.id === 'L.31'));
    await ok({ action: 'submit-proposal', id: 'L.31', text: 'Another draft decision' });
    await next;
    expect({ whole: boardFloor.whole - whole, patched: boardFloor.patched - patched }).toEqual({
      whole: 2,
      patched: 1,
    });
    expect(boardFloor.unapplied).toBe(0);
  });

  it('keeps the floor in the database: a fresh server process reads who has the floor, the clock and the queue exactly', async () => {
    const waiting = (await floorNow()).state.rulings.find((r) => r.status === 'raised');
    if (waiting) await ok({ action: 'rule', rulingId: waiting.id, ruling: 'Noted.' });
    await ok({ action: 'give-floor', delegationId: C().id });
    const before = await floorNow();
    const fresh = await createApp({
      config: parseEnv({
        PORT: '0',
        DATABASE_URL: t.db.url,
        LOG_LEVEL: 'warn',
        PLENARY_DEMO: 'false',
        PLENARY_BALLOT_KEY_FILE: testBallotKeyFile(),
      }),
      dataSource: t.db.dataSource,
      logger: pino({ level: 'warn' }),
      clock,
    });
    await fresh.listen(0, '127.0.0.1');
    try {
      const { port } = fresh.getHttpServer().address() as { port: number };
      const after = (
        await request(`http://127.0.0.1:${port}`).get(`/api/meetings/${meetingId}/live`).expect(200)
      ).body.floor as FloorView;
      expect(after.state).toEqual(before.state);
      expect(after.state.speech).toMatchObject({ delegationId: C().id });
      expect(after.revision).toBe(before.revision);
    } finally {
      await fresh.close();
    }
  });
});
