import type { FloorPatch, QuestionView } from '@plenary/shared';
import { RealtimeService } from '../../server/src/modules/realtime/realtime.service';
import { startTestApp, staffToken, type TestApp } from '../support/app';
import { connect, setUpMeeting, watch, type ClientSocket } from '../support/plenary';
import { until } from '../support/wait';

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
    const seen = sockets.map(() => [] as string[]);
    sockets.forEach((s, i) => {
      s.on('floor.patched', () => seen[i].push('floor.patched'));
      s.on('question.put', () => seen[i].push('question.put'));
    });
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
  });
});
