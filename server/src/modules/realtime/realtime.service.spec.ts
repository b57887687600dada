import { MEETING_ROOM, type VoteTally } from '@plenary/shared';
import type { Server } from 'socket.io';
import type { AppConfig } from '../../config/env';
import { RealtimeService, VERSIONS_ROOM } from './realtime.service';

/**
 * A stand-in for socket.io with one meeting's board (`watchers` sockets, in both rooms) that
 * records, for each slice written, the turn of the event loop it was written in. The turn is
 * counted by an immediate that re-arms itself: it runs exactly once in each turn's check phase.
 */
function boardOf(watchers: number) {
  const ids = Array.from({ length: watchers }, (_, i) => `s${i}`);
  const sockets = new Map(ids.map((id) => [id, {}]));
  const rooms = new Map([
    [MEETING_ROOM('m'), new Set(ids)],
    [VERSIONS_ROOM('m'), new Set(ids)],
  ]);
  const slices: { event: string; size: number; turn: number }[] = [];
  let turn = 0;
  let counting = true;
  const count = () => {
    turn += 1;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  const server = {
    of: () => ({ sockets, adapter: { rooms } }),
    local: {
      to: (to: string | string[]) => ({
        emit: (event: string) => {
          slices.push({ event, size: Array.isArray(to) ? to.length : (rooms.get(to)?.size ?? 0), turn });
          return true;
        },
      }),
    },
    to: () => ({ emit: () => true }),
    on: () => undefined,
  };
  return { server: server as unknown as Server, slices, turn: () => turn, stop: () => (counting = false) };
}

const tally: VoteTally = {
  voteId: 'v',
  meetingId: 'm',
  version: 1,
  counts: { yes: 0, no: 0, abstain: 0, notVoted: 0 },
  lights: null,
};

/** One node (slices of 100, tallies every 50 ms) serving such a board. */
function attached(watchers: number) {
  const realtime = new RealtimeService({
    PLENARY_BROADCAST_SLICE: 100,
    PLENARY_CLUSTER: false,
    PLENARY_TALLY_INTERVAL_MS: 50,
  } as AppConfig);
  const board = boardOf(watchers);
  realtime.attach(board.server);
  return { realtime, board };
}

describe('RealtimeService writes one slice per turn of the event loop, over every pass under way', () => {
  it('three passes to 1,000 sockets at once, in slices of 100: 30 slices in 30 turns, each socket written once per pass', async () => {
    const { realtime, board } = attached(1000);

    // A tally's rolling pass, the reconcile pass's versions and a coalesced presence change,
    // all under way together (as in a burst of casts).
    realtime.broadcastTally('m', tally);
    const versions = realtime.emitVersionsLocally({
      meetingId: 'm',
      meetingVersion: 3,
      voteId: 'v',
      voteVersion: 1,
    });
    const presence = realtime.sendToMeeting('m', 'meeting.presenceChanged', {
      meetingVersion: 3,
      sinceVersion: 2,
      quorum: null,
    } as never);
    await Promise.all([versions, presence]);
    while (realtime.roomsSending) await new Promise((r) => setImmediate(r));
    board.stop();

    const per = (event: string) =>
      board.slices.filter((s) => s.event === event).reduce((n, s) => n + s.size, 0);
    expect(per('vote.tallied')).toBe(1000);
    expect(per('meeting.versions')).toBe(1000);
    expect(per('meeting.presenceChanged')).toBe(1000);
    expect(board.slices).toHaveLength(30);
    // Never two slices in one turn: between any two, the loop reads what came in.
    const turns = board.slices.map((s) => s.turn);
    expect(new Set(turns).size).toBe(turns.length);
    // Taken in turn: the tally and the presence change alternate, neither waits for the other
    // to end; the periodic versions (priority later) go only once nothing else waits.
    expect(board.slices.slice(0, 20).map((x) => x.event)).toEqual(
      Array.from({ length: 20 }, (_, k) => (k % 2 === 0 ? 'vote.tallied' : 'meeting.presenceChanged')),
    );
    expect(board.slices.slice(20).every((x) => x.event === 'meeting.versions')).toBe(true);
  });

  it('drops the rest of a versions pass once an event of its meeting is asked to go out after the read', async () => {
    const { realtime, board } = attached(1000);
    const versions = { meetingId: 'm', meetingVersion: 3, voteId: 'v', voteVersion: 1 } as Parameters<
      RealtimeService['emitVersionsLocally']
    >[0];

    // An event of another meeting changes nothing for this one: the whole pass goes out.
    const first = realtime.noteMeetingEvents();
    realtime.emitToMeeting('elsewhere', 'meeting.presenceChanged', {} as never);
    await realtime.emitVersionsLocally(versions, first.touched);
    first.end();
    expect(board.slices.filter((x) => x.event === 'meeting.versions')).toHaveLength(10);

    // An event of this meeting after the read (a vote opened): the pass stops at its next slice.
    board.slices.length = 0;
    const second = realtime.noteMeetingEvents();
    const pass = realtime.emitVersionsLocally(versions, second.touched);
    while (board.slices.length < 2) await new Promise((r) => setImmediate(r));
    realtime.emitToMeeting('m', 'vote.opened', {} as never);
    await pass;
    second.end();
    while (realtime.heldMeetings) await new Promise((r) => setImmediate(r));
    board.stop();
    const versionSlices = board.slices.filter((x) => x.event === 'meeting.versions').length;
    expect(versionSlices).toBeGreaterThanOrEqual(2);
    expect(versionSlices).toBeLessThan(10);
    // No versions slice was written after the event's first slice.
    expect(board.slices.filter((x) => x.event === 'vote.opened')).toHaveLength(10);
    const firstEvent = board.slices.findIndex((x) => x.event === 'vote.opened');
    expect(board.slices.slice(firstEvent).some((x) => x.event === 'meeting.versions')).toBe(false);
  });

  it('answers 250 replies that wait at once a slice per turn: 100, 100 and 50, in three turns, in order', async () => {
    const { realtime, board } = attached(0);
    const replied: { i: number; turn: number }[] = [];
    await Promise.all(
      Array.from({ length: 250 }, (_, i) =>
        realtime.replyTurn().then(() => replied.push({ i, turn: board.turn() })),
      ),
    );
    board.stop();
    expect(replied.map((r) => r.i)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    const perTurn = new Map<number, number>();
    for (const r of replied) perTurn.set(r.turn, (perTurn.get(r.turn) ?? 0) + 1);
    expect([...perTurn.values()]).toEqual([100, 100, 50]);
  });
});
