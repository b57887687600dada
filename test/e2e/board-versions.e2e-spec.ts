import { randomUUID } from 'node:crypto';
import { type LiveSnapshot, type ServerToClientEvents } from '@plenary/shared';
import { LiveService } from '../../server/src/modules/vote/live.service';
import { FixedClock, staffToken, startTestApp, type TestApp } from '../support/app';
import {
  bearer,
  castOverSocket,
  checkIn,
  connect,
  delegations,
  openMeetingWithParties,
  setUpMeeting,
  signInDelegation,
  watch,
  type ClientSocket,
} from '../support/plenary';
import { nextEvent, until } from '../support/wait';

const EVENTS = [
  'meeting.updated',
  'meeting.presenceChanged',
  'question.put',
  'question.decided',
  'vote.opened',
  'vote.tallied',
  'vote.closed',
  'meeting.versions',
] as const satisfies readonly (keyof ServerToClientEvents)[];

/**
 * A public board as the client runs it: the live snapshot patched by events with the client's own
 * reducer (client/src/features/live/liveState.ts), and `meeting.watch` again whenever the reducer
 * asks for a fresh snapshot. It never reloads: what it shows is what reaches an open screen.
 */
// The client's own reducer. The client package is an ES module and these specs CommonJS: the
// types come through an import-mode type query, the code through Jest's require.
type LiveModule = typeof import('../../client/src/features/live/liveState.js', {
  with: { 'resolution-mode': 'import' },
});
type LiveState = LiveModule['EMPTY_LIVE'];
type LiveInput = Parameters<LiveModule['reduceLive']>[1];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const client = require('../../client/src/features/live/liveState') as LiveModule;

class Board {
  state: LiveState = client.EMPTY_LIVE;
  watches = 0;
  ticks = 0;
  readonly log: string[] = [];

  private constructor(
    readonly socket: ClientSocket,
    readonly meetingId: string,
  ) {
    for (const event of EVENTS)
      socket.on(event, (payload: unknown) => this.apply({ type: event, payload } as never));
  }

  static async open(t: TestApp, meetingId: string): Promise<Board> {
    const board = new Board(await connect(t), meetingId);
    await board.watch();
    return board;
  }

  get snapshot(): LiveSnapshot {
    return this.state.snapshot!;
  }

  async watch(): Promise<void> {
    this.watches += 1;
    // A board closed while a watch is on its way just stops.
    const ack = await watch(this.socket, this.meetingId).catch(() => null);
    if (ack?.ok) this.apply({ type: 'snapshot', snapshot: ack.data });
  }

  private apply(input: LiveInput): void {
    if (input.type === 'meeting.versions') this.ticks += 1;
    this.log.push(input.type);
    const step = client.reduceLive(this.state, input, this.meetingId);
    this.state = step.state;
    if (step.refresh) void this.watch();
  }
}

/** Waits for n more reconcile passes to reach the board (events, not time). */
const ticks = (b: Board, n: number) =>
  until(`${n} reconcile ticks`, () => b.ticks >= n, { timeoutMs: 30_000 });

/** An app whose reconcile pass never comes within a spec: nothing mends a gap but the design. */
const quietApp = () =>
  startTestApp({
    clock: new FixedClock(new Date('2026-03-02T09:00:00Z')),
    env: { PLENARY_RECONCILE_MS: '60000' },
  });

describe('the board sees every change, and refetches only when it missed one', () => {
  describe('one meeting, reconcile every 100 ms', () => {
    let t: TestApp;
    let secretariat: string;
    let president: string;
    let meetingId: string;
    const sockets: ClientSocket[] = [];
    const boards: Board[] = [];
    const board = async (id: string) => {
      const b = await Board.open(t, id);
      boards.push(b);
      return b;
    };

    beforeAll(async () => {
      t = await startTestApp({
        clock: new FixedClock(new Date('2026-03-02T09:00:00Z')),
        env: { PLENARY_RECONCILE_MS: '100' },
      });
      const opened = await openMeetingWithParties(t);
      ({ secretariat, president, meetingId } = opened);
      const all = opened.parties;
      // A vote taken and closed, then a question put that is not (yet) voted on.
      const q1 = (
        await t.http
          .post(`/api/meetings/${meetingId}/questions`)
          .set(bearer(president))
          .send({ text: 'Adopt the agenda', matter: 'procedural' })
          .expect(201)
      ).body;
      const vote = (
        await t.http
          .post(`/api/questions/${q1.id}/votes`)
          .set(bearer(president))
          .send({ method: 'recorded' })
          .expect(201)
      ).body;
      const voter = await connect(t, await signInDelegation(t, secretariat, all[0].id));
      sockets.push(voter);
      expect((await castOverSocket(voter, vote.id, 'yes', randomUUID())).ok).toBe(true);
      await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200);
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Adopt the report of the meeting', matter: 'procedural' })
        .expect(201);
    });
    afterAll(async () => {
      [...sockets, ...boards.map((b) => b.socket)].forEach((s) => s.disconnect());
      await t.close();
    });

    it('a question without a vote after a closed one: 10 reconcile ticks, no refetch', async () => {
      const live = t.app.get(LiveService);
      const reads = jest.spyOn(live, 'snapshot');
      const b = await board(meetingId);
      expect(b.snapshot.question?.text).toBe('Adopt the report of the meeting');
      expect(b.snapshot.vote).toBeNull();
      await ticks(b, 10);
      expect(b.watches).toBe(1);

      // Adopted by consensus: an event the board applies, then 10 quiet ticks again.
      const q = b.snapshot.question!;
      const decided = nextEvent(b.socket, 'question.decided');
      await t.http.post(`/api/questions/${q.id}/consensus`).set(bearer(president)).expect(201);
      await decided;
      const seen = b.ticks;
      await ticks(b, seen + 10);
      expect(b.snapshot.question).toMatchObject({ id: q.id, status: 'adopted' });
      expect(b.watches).toBe(1);
      expect(reads).toHaveBeenCalledTimes(1);
      reads.mockRestore();
    });

    it('a change of the rules of procedure reaches an open board', async () => {
      const scheduled = (
        await t.http
          .post('/api/meetings')
          .set(bearer(secretariat))
          .send({
            kind: 'msp',
            number: 24,
            title: 'Twenty-Fourth Meeting of the States Parties',
            venue: 'Geneva',
            startDate: '2026-03-02',
            endDate: '2026-03-06',
            agenda: ['Opening'],
          })
          .expect(201)
      ).body;
      const b = await board(scheduled.id);
      const before = b.snapshot.quorum.opening.required;
      const rules = {
        openingQuorum: { comparison: 'at-least', numerator: 1, denominator: 2 },
        decisionQuorum: { comparison: 'more-than', numerator: 1, denominator: 2 },
      };
      await t.http
        .put(`/api/meetings/${scheduled.id}/rules`)
        .set(bearer(secretariat))
        .send(rules)
        .expect(200);
      await until(
        'the new rules on the board',
        () => b.snapshot.meeting.rules.openingQuorum.denominator === 2,
      );
      await until('the new opening quorum on the board', () => b.snapshot.quorum.opening.required !== before);
      expect(b.snapshot.quorum.opening.required).toBeGreaterThan(before!);
    });

    it('a register change of the count of States Parties reaches an open board', async () => {
      const b = await board(meetingId);
      const n = b.snapshot.quorum.parties;
      // France's withdrawal, received six months ago: it took effect yesterday.
      await t.http
        .post('/api/states/FRA/withdrawal')
        .set(bearer(secretariat))
        .send({ receivedDate: '2025-09-01', armedConflict: false })
        .expect(201);
      await until('N one lower on the board', () => b.snapshot.quorum.parties === n - 1);
      expect(b.watches).toBeGreaterThanOrEqual(1);
    });
  });

  describe('Geneva midnight', () => {
    let t: TestApp;
    const clock = new FixedClock(new Date('2026-02-19T22:30:00Z')); // 23:30 in Geneva
    const sockets: ClientSocket[] = [];
    afterAll(async () => {
      sockets.forEach((s) => s.disconnect());
      await t.close();
    });

    it('is a change an open board sees; a vote open across it keeps its day, its eligible States and its N', async () => {
      t = await startTestApp({ clock, env: { PLENARY_RECONCILE_MS: '100' } });
      const secretariat = await staffToken(t, 'secretariat');
      const president = await staffToken(t, 'president');
      const meetingId = (
        await setUpMeeting(t, secretariat, {
          number: 22,
          title: 'Twenty-Second Meeting of the States Parties (resumed)',
          startDate: '2026-02-19',
          endDate: '2026-02-20',
        })
      ).id;
      const all = (await delegations(t, meetingId)).filter((d) => d.stateIso3);
      const poland = all.find((d) => d.stateIso3 === 'POL')!;
      expect(poland).toBeDefined();
      await checkIn(
        t,
        secretariat,
        all.slice(0, 120).map((d) => d.id),
      );
      await t.http
        .post(`/api/meetings/${meetingId}/status`)
        .set(bearer(president))
        .send({ action: 'open' })
        .expect(201);
      const b = await Board.open(t, meetingId);
      sockets.push(b.socket);
      const n19 = b.snapshot.quorum.parties;
      expect(b.snapshot.quorum.date).toBe('2026-02-19');
      const q = (
        await t.http
          .post(`/api/meetings/${meetingId}/questions`)
          .set(bearer(president))
          .send({ text: 'Adopt the final report', matter: 'other-substance' })
          .expect(201)
      ).body;
      const vote = (
        await t.http
          .post(`/api/questions/${q.id}/votes`)
          .set(bearer(president))
          .send({ method: 'recorded' })
          .expect(201)
      ).body;
      expect(vote.eligible.map((e: { iso3: string }) => e.iso3)).toContain('POL');
      const required19 = (await t.http.get(`/api/meetings/${meetingId}/quorum`).expect(200)).body.decision
        .required;

      // Midnight in Geneva: Poland's withdrawal takes effect on 20 February.
      clock.set(new Date('2026-02-19T23:30:00Z'));
      await until('the new day on the open board', () => b.snapshot.quorum.date === '2026-02-20');
      expect(b.snapshot.quorum.parties).toBe(n19 - 1);

      // The vote opened on the 19th: Poland still votes in it, and its quorum is the 19th's.
      const pol = await connect(t, await signInDelegation(t, secretariat, poland.id));
      sockets.push(pol);
      expect(await castOverSocket(pol, vote.id, 'yes')).toMatchObject({ ok: true });
      const closed = (
        await t.http.post(`/api/votes/${vote.id}/close`).set(bearer(president)).send({}).expect(200)
      ).body;
      expect(closed.vote.result).toMatchObject({ yes: 1, quorumRequired: required19 });
      const [entry] = (await t.http.get(`/api/meetings/${meetingId}/record?kind=decision.vote`).expect(200))
        .body;
      expect(entry.data).toMatchObject({ voteDate: '2026-02-19', parties: n19 });
    });
  });

  describe('joining the room before reading the snapshot (no reconcile to mend a gap)', () => {
    let t: TestApp;
    const sockets: ClientSocket[] = [];
    afterAll(async () => {
      sockets.forEach((s) => s.disconnect());
      await t.close();
    });

    it('a change committed while the snapshot is on its way still reaches the board', async () => {
      t = await quietApp();
      const { president, meetingId } = await openMeetingWithParties(t);
      // The first snapshot is read, then a question is put before it is answered.
      const live = t.app.get(LiveService);
      const read = live.snapshot.bind(live);
      jest.spyOn(live, 'snapshot').mockImplementationOnce(async (id: string) => {
        const stale = await read(id);
        await t.http
          .post(`/api/meetings/${meetingId}/questions`)
          .set(bearer(president))
          .send({ text: 'Put while the board was connecting', matter: 'procedural' })
          .expect(201);
        return stale;
      });
      const b = await Board.open(t, meetingId);
      sockets.push(b.socket);
      await until(
        'the question on the board',
        () => b.state.snapshot?.question?.text === 'Put while the board was connecting',
      );
    });
  });
});

describe('boards that ask at once share a snapshot read, never one begun before they asked', () => {
  let t: TestApp;
  afterAll(async () => {
    await t.close();
  });

  it('fifty asks during a read: one more read, which holds the change made after the first began', async () => {
    t = await quietApp();
    const { president, meetingId } = await openMeetingWithParties(t);
    const live = t.app.get(LiveService);
    const reader = live as unknown as { read: (id: string) => Promise<LiveSnapshot> };
    const real = reader.read.bind(live);
    // The first read is done before the question is put; its answer waits until the spec lets go.
    let firstRead = false;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const reads = jest.spyOn(reader, 'read').mockImplementationOnce(async (id: string) => {
      const s = await real(id);
      firstRead = true;
      await held;
      return s;
    });

    const first = live.snapshot(meetingId);
    await until('the first read done', () => firstRead);
    await t.http
      .post(`/api/meetings/${meetingId}/questions`)
      .set(bearer(president))
      .send({ text: 'Put after the first read began', matter: 'procedural' })
      .expect(201);
    const later = Array.from({ length: 50 }, () => live.snapshot(meetingId));
    release();
    const [a, ...rest] = await Promise.all([first, ...later]);

    expect(reads).toHaveBeenCalledTimes(2);
    expect(a.question).toBeNull();
    for (const s of rest) {
      expect(s.question?.text).toBe('Put after the first read began');
      expect(s.meeting.version).toBeGreaterThan(a.meeting.version);
    }
    expect(live.readsUnderWay).toBe(0);
  });
});
