import type { FloorPatch, QuestionView, ServerToClientEvents, VoteTally } from '@plenary/shared';
import { RealtimeService } from '../../server/src/modules/realtime/realtime.service';
import { ReconcileService } from '../../server/src/modules/realtime/reconcile.service';
import { PresenceBroadcaster } from '../../server/src/modules/vote/presence-broadcaster';
import { startTestApp, staffToken, type TestApp } from '../support/app';
import { connect, setUpMeeting, watch, type ClientSocket } from '../support/plenary';
import { until } from '../support/wait';

/** Per socket, the names of these events in the order they arrive; `stop` removes the listeners. */
function record(sockets: ClientSocket[], events: (keyof ServerToClientEvents)[]) {
  const seen = sockets.map(() => [] as string[]);
  const offs = sockets.flatMap((s, i) =>
    events.map((event) => {
      const f = () => seen[i].push(event);
      s.on(event, f);
      return () => s.off(event, f);
    }),
  );
  return { seen, stop: () => offs.forEach((off) => off()) };
}

/**
 * A large meeting event goes out in slices (the floor, to thousands of board sockets, with a yield
 * between slices so casts are acknowledged meanwhile); the meeting's next event must not overtake
 * it on any socket (issue 11: "no spec checks the order of a sliced floor event against other
 * meeting events"). Slices of two sockets, twenty sockets: the second event is emitted while the
 * first is still being written.
 */
describe('meeting events in order, a sliced one included', () => {
  let t: TestApp;
  let meetingId: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { PLENARY_BROADCAST_SLICE: '2' } });
    meetingId = (await setUpMeeting(t, await staffToken(t, 'secretariat'))).id;
    for (let i = 0; i < 20; i++) {
      const s = await connect(t);
      expect((await watch(s, meetingId)).ok).toBe(true);
      sockets.push(s);
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  it('delivers the event emitted after a sliced one after it, on every socket', async () => {
    const realtime = t.app.get(RealtimeService);
    const { seen, stop } = record(sockets, ['floor.patched', 'question.put']);
    const patch: FloorPatch = {
      meetingId,
      agendaItemId: 'item',
      fromRevision: 1,
      revision: 2,
      serverNow: Date.now(),
      ops: [],
      check: '00000000',
    };
    realtime.emitToMeetingInSlices(meetingId, 'floor.patched', { meetingVersion: 100, patch });
    // Emitted while the slices are still going out (the slicer yields between slices).
    expect(realtime.heldMeetings).toBe(1);
    realtime.emitToMeeting(meetingId, 'question.put', {
      meetingVersion: 101,
      question: { id: 'q', meetingId } as unknown as QuestionView,
    });
    await until('every socket to receive both events', () => seen.every((s) => s.length === 2));
    expect(seen).toEqual(sockets.map(() => ['floor.patched', 'question.put']));
    await until('nothing held for the meeting any more', () => realtime.heldMeetings === 0);
    stop();
  });

  it('tells no meeting version while the meeting still has events going out, so no screen fetches a snapshot it is about to be sent', async () => {
    const realtime = t.app.get(RealtimeService);
    const reconcile = t.app.get(ReconcileService);
    let told = 0;
    const count = () => (told += 1);
    for (const s of sockets) s.on('meeting.versions', count);
    const patch: FloorPatch = {
      meetingId,
      agendaItemId: 'item',
      fromRevision: 2,
      revision: 3,
      serverNow: Date.now(),
      ops: [],
      check: '00000000',
    };
    realtime.emitToMeetingInSlices(meetingId, 'floor.patched', { meetingVersion: 102, patch });
    expect(realtime.heldMeetings).toBe(1);
    expect(realtime.mayTellMeetingVersion(meetingId)).toBe(false);
    // A pass that finds the meeting still sending tells it nothing (held there by the spy, so the
    // pass's database read cannot outlast the slices and make the check meaningless).
    const held = jest.spyOn(realtime, 'mayTellMeetingVersion').mockReturnValue(false);
    expect(await reconcile.reconcile()).toBe(0);
    expect(held).toHaveBeenCalledWith(meetingId);
    held.mockRestore();
    await until('the slices to go out', () => realtime.heldMeetings === 0);
    // Once they are out, the next pass tells it to every screen, in slices too (every board
    // socket at every tick: in one go it held each ack back for ~230 ms every two seconds).
    const adapter = realtime.io!.of('/').adapter;
    const broadcast = jest.spyOn(adapter, 'broadcast');
    expect(await reconcile.reconcile()).toBe(1);
    const versionWrites = broadcast.mock.calls.filter(([packet]) => packet.data?.[0] === 'meeting.versions');
    broadcast.mockRestore();
    expect(versionWrites).toHaveLength(sockets.length / 2);
    for (const [, opts] of versionWrites) expect(opts.rooms.size).toBe(2);
    await until('every socket to be told', () => told === sockets.length);
    for (const s of sockets) s.off('meeting.versions', count);
  });

  it('an ordinary meeting event to a room larger than a slice goes out in slices, and the next one after it on every socket', async () => {
    const realtime = t.app.get(RealtimeService);
    const { seen, stop } = record(sockets, ['question.put', 'question.decided']);
    const question = { id: 'q', meetingId } as unknown as QuestionView;
    realtime.emitToMeeting(meetingId, 'question.put', { meetingVersion: 110, question });
    // Twenty sockets, slices of two: written one slice at a time, the rest behind a yield.
    expect(realtime.heldMeetings).toBe(1);
    expect(realtime.mayTellMeetingVersion(meetingId)).toBe(false);
    realtime.emitToMeeting(meetingId, 'question.decided', { meetingVersion: 111, question });
    await until('every socket to receive both events', () => seen.every((s) => s.length === 2));
    expect(seen).toEqual(sockets.map(() => ['question.put', 'question.decided']));
    await until('nothing held for the meeting any more', () => realtime.heldMeetings === 0);
    stop();
  });

  it('a coalesced presence change goes out in slices too: no version told meanwhile, the meeting’s next event after it', async () => {
    const realtime = t.app.get(RealtimeService);
    const presence = t.app.get(PresenceBroadcaster);
    const { seen, stop } = record(sockets, ['meeting.presenceChanged', 'question.put']);
    const send = realtime.sendToMeeting.bind(realtime) as (...a: unknown[]) => Promise<void>;
    const whileSending: boolean[] = [];
    const settledAtOnce: boolean[] = [];
    const spy = jest.spyOn(realtime, 'sendToMeeting').mockImplementation((...args) => {
      const out = send(...args);
      let settled = false;
      void out.then(() => (settled = true));
      whileSending.push(realtime.mayTellMeetingVersion(meetingId));
      // The first slice is written; the promise answers only after the last (microtasks run first).
      void Promise.resolve().then(() => settledAtOnce.push(settled));
      return out;
    });
    presence.changed(meetingId, 120);
    realtime.emitToMeeting(meetingId, 'question.put', {
      meetingVersion: 121,
      question: { id: 'q', meetingId } as unknown as QuestionView,
    });
    await until('every socket to receive both events', () => seen.every((s) => s.length === 2));
    expect(seen).toEqual(sockets.map(() => ['meeting.presenceChanged', 'question.put']));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(whileSending).toEqual([false]);
    expect(settledAtOnce).toEqual([false]);
    await until('nothing held for the meeting any more', () => realtime.heldMeetings === 0);
    expect(realtime.mayTellMeetingVersion(meetingId)).toBe(true);
    spy.mockRestore();
    stop();
  });

  it('a tally’s rolling pass: a newer tally takes over mid-pass, every socket ends with the newest, none goes back', async () => {
    const realtime = t.app.get(RealtimeService);
    const got = sockets.map(() => [] as number[]);
    const onTally = sockets.map((s, i) => {
      const f = ({ tally }: { tally: VoteTally }) => got[i].push(tally.version);
      s.on('vote.tallied', f);
      return f;
    });
    const tally = (version: number): VoteTally => ({
      voteId: 'rolling',
      meetingId,
      version,
      counts: { yes: version, no: 0, abstain: 0, notVoted: 0 },
      lights: null,
    });
    realtime.broadcastTally(meetingId, tally(1));
    // One turn of the loop (the pass asked for its turn first, so it goes first): the first slice
    // (two sockets) is written; the rest wait for their turns.
    await new Promise((resolve) => setImmediate(resolve));
    expect(realtime.roomsSending).toBe(1);
    realtime.broadcastTally(meetingId, tally(2));
    // An older tally handed over late (another node's, say) changes nothing.
    realtime.broadcastTally(meetingId, tally(1));
    await until('every socket to hold the newest tally', () => got.every((g) => g.at(-1) === 2));
    await until('the pass to end', () => realtime.roomsSending === 0);
    for (const g of got) expect(g).toEqual([...g].sort((a, b) => a - b)); // never back
    // The sockets written before the newer tally came got both; the others only the newest, once.
    expect(got.filter((g) => g.join() === '1,2')).toHaveLength(2);
    expect(got.filter((g) => g.join() === '2')).toHaveLength(sockets.length - 2);
    sockets.forEach((s, i) => s.off('vote.tallied', onTally[i]));
  });
});
