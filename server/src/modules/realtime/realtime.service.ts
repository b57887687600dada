import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  MEETING_ROOM,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type VoteTally,
} from '@plenary/shared';
import { performance } from 'node:perf_hooks';
import type { Server } from 'socket.io';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';

type EventName = keyof ServerToClientEvents;
/** Between nodes: a tally to pass on to the relaying node's own sockets, in slices. */
const TALLY_RELAY = 'plenary:tally';
type RelayEvents = { [TALLY_RELAY]: (room: string, tally: VoteTally) => void };
type PlenaryServer = Server<ClientToServerEvents, ServerToClientEvents, RelayEvents>;

/** A slice's place in the turns (`nextTurn`): what screens wait for now, or a safety net later. */
type Priority = 'now' | 'later';

/**
 * Server-side only: the sockets of a meeting that have received their live snapshot. The
 * reconcile pass tells these (and only these) the current versions: a socket still waiting for
 * its snapshot would take a tick for a sign it is behind and fetch a second one.
 */
export const VERSIONS_ROOM = (meetingId: string) => `versions:${meetingId}`;

/** The one way services tell clients a fact: after their transaction committed. */
@Injectable()
export class RealtimeService {
  private readonly logger = new Logger(RealtimeService.name);
  private server: PlenaryServer | null = null;
  private readonly slice: number;
  private readonly cluster: boolean;
  /**
   * Per room, the rolling pass under way and the newest tally it sends: no socket sees tallies
   * out of order, and a slow pass never builds a backlog.
   */
  private readonly sending = new Map<string, { latest: VoteTally }>();
  /** Per socket of this node, the tally last written to it (forgotten with the socket). */
  private readonly tallySent = new WeakMap<object, { voteId: string; version: number }>();
  /**
   * Per meeting, the events held back behind a coalesced broadcast that must reach the screens
   * before them (ordering by version: an event that overtook a pending presence change would look
   * like a gap and make every screen re-fetch). Entries live only while something is held.
   */
  private readonly held = new Map<string, Promise<void>>();
  private pendingBefore: ((meetingId: string) => Promise<void> | null) | null = null;
  /** Per meeting, the coalesced events going out in slices right now (`sendToMeeting`). */
  private readonly slicing = new Map<string, number>();
  /**
   * Per vote, the last tally this node finished sending to its sockets, and when (monotonic ms).
   * Entries older than a few intervals are dropped on every write (bounded by the votes tallied
   * lately).
   */
  private readonly delivered = new Map<string, { version: number; at: number }>();
  /** The current vote and version the last reconcile pass read for each meeting it told. */
  private readonly lastRead = new Map<string, { voteId: string; version: number }>();
  /** How long after a tally pass the next one may still be on its way (interval, read, NOTIFY). */
  private readonly graceMs: number;
  /** Whether this node's tally broadcaster has a tally of the vote scheduled or being read. */
  private tallyComing: (voteId: string) => boolean = () => false;
  /**
   * The reconcile passes under way, each with the meetings whose events were asked to go out since
   * it began reading (`noteMeetingEvents`; entries live only while a pass does).
   */
  private readonly noting = new Set<Set<string>>();
  /** The slices waiting for their turn, in order (`nextTurn`): what screens wait for, then the rest. */
  private readonly turns: Record<Priority, (() => void)[]> = { now: [], later: [] };
  private turning = false;
  /** The replies waiting for the next turn given to replies, at most a slice of them (`replyTurn`). */
  private replyGroup: (() => void)[] | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.slice = config.PLENARY_BROADCAST_SLICE;
    this.cluster = config.PLENARY_CLUSTER;
    this.graceMs = 2 * config.PLENARY_TALLY_INTERVAL_MS + 250;
  }

  /**
   * The vote version the periodic \`meeting.versions\` may claim. During a vote the database is
   * always a little ahead of the tallies (a cast's tally follows it by up to an interval, and a
   * pass to thousands of sockets takes time): claiming the database's version then would tell
   * every screen it is behind and make all of them fetch a snapshot at every tick, a refetch
   * storm in the middle of the burst. So while a pass is under way or the last one ended within
   * the grace, the claim is the version this node last delivered (null: no claim yet); once
   * tallies stop, the database's version again, so a lost tally is still caught up.
   */
  voteVersionToTell(meetingId: string, voteId: string | null, version: number | null): number | null {
    const before = this.lastRead.get(meetingId);
    if (voteId === null || version === null) {
      this.lastRead.delete(meetingId);
      return version;
    }
    this.lastRead.set(meetingId, { voteId, version });
    const last = this.delivered.get(voteId);
    if (last && version <= last.version) return version;
    const busy = this.sending.has(MEETING_ROOM(meetingId)) || this.tallyComing(voteId);
    const recent = last !== undefined && performance.now() - last.at < this.graceMs;
    // In a cluster the casts of another node reach this one through the adapter, so this node
    // cannot see their tallies coming (a board-tier node sees none at all): there a version is
    // claimed only once a whole pass has read it unchanged, when the burst is over. A lost tally
    // is then caught up within two passes instead of one.
    const unsettled = this.cluster && (before?.voteId !== voteId || before.version !== version);
    return busy || recent || unsettled ? (last?.version ?? null) : version;
  }

  /**
   * Whether the periodic \`meeting.versions\` may tell the meeting's version now. While this node
   * still holds events of the meeting (queued behind one going out in slices: a burst of floor
   * changes to thousands of sockets takes seconds), the database is ahead of what the screens
   * have been sent, and telling it would make every screen fetch a snapshot at once: thousands
   * of snapshot reads that slow the very sending they wait for. The next pass tells it.
   */
  mayTellMeetingVersion(meetingId: string): boolean {
    return !this.held.has(meetingId) && !this.slicing.has(meetingId);
  }

  /** The tally broadcaster tells whether a tally of a vote is scheduled or being read. */
  knowTalliesComing(probe: (voteId: string) => boolean): void {
    this.tallyComing = probe;
  }

  private markDelivered(tally: VoteTally): void {
    const at = performance.now();
    for (const [id, d] of this.delivered) if (at - d.at > 10 * this.graceMs) this.delivered.delete(id);
    const prev = this.delivered.get(tally.voteId);
    if (!prev || tally.version >= prev.version)
      this.delivered.set(tally.voteId, { version: tally.version, at });
  }

  attach(server: Server<ClientToServerEvents, ServerToClientEvents>): void {
    this.server = server;
    if (this.cluster) this.server.on(TALLY_RELAY, (room, tally) => this.sendInSlices(room, tally));
  }

  get io(): Server<ClientToServerEvents, ServerToClientEvents> | null {
    return this.server;
  }

  emitToRoom<E extends EventName>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.server?.to(room).emit(event, ...args);
  }

  /**
   * To the meeting's room, after whatever a coalescer still holds for that meeting (a pending
   * presence change goes out first, at once), so the screens see meeting versions in order.
   */
  emitToMeeting<E extends EventName>(
    meetingId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.noteEvent(meetingId);
    // Written in one go to thousands of board sockets, an event holds the loop for hundreds of
    // milliseconds (about 50 µs a socket), and every cast's acknowledgement waits behind it.
    if (this.largerThanASlice(MEETING_ROOM(meetingId)))
      return this.emitToMeetingInSlices(meetingId, event, ...args);
    const flushing = this.pendingBefore?.(meetingId) ?? null;
    const before = this.held.get(meetingId);
    if (!flushing && !before) return this.emitToRoom(MEETING_ROOM(meetingId), event, ...args);
    this.hold(
      meetingId,
      Promise.all([flushing, before]).then(() => this.emitToRoom(MEETING_ROOM(meetingId), event, ...args)),
    );
  }

  /**
   * A large event to the meeting's room (the floor with its whole list of speakers, to thousands
   * of board watchers), in slices like tallies so acknowledgements interleave. It keeps its place
   * among the meeting's events: it goes after what is held for the meeting, and every event
   * emitted after it waits until its last slice is written. In a cluster it goes through the
   * adapter at once (the slicer reaches only this node's sockets).
   */
  emitToMeetingInSlices<E extends EventName>(
    meetingId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.noteEvent(meetingId);
    if (this.cluster) return this.emitToMeeting(meetingId, event, ...args);
    const flushing = this.pendingBefore?.(meetingId) ?? null;
    const before = this.held.get(meetingId);
    const send = () => this.inSlices(MEETING_ROOM(meetingId), event, ...args);
    this.hold(
      meetingId,
      (flushing || before ? Promise.all([flushing, before]).then(send) : send()).catch((e: unknown) =>
        this.logger.warn(`${event} not sent: ${e instanceof Error ? e.message : String(e)}`),
      ),
    );
  }

  /**
   * For a coalescer whose own flush is what the meeting's later events wait for
   * (`flushBeforeMeetingEvents`): the event goes out now, in slices, without waiting for what is
   * held (that would wait for the flush itself); it answers when the last slice is written.
   * Meanwhile the periodic `meeting.versions` tells the meeting nothing (`mayTellMeetingVersion`).
   * In a cluster, through the adapter at once.
   */
  async sendToMeeting<E extends EventName>(
    meetingId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): Promise<void> {
    this.noteEvent(meetingId);
    if (this.cluster) return this.emitToRoom(MEETING_ROOM(meetingId), event, ...args);
    this.slicing.set(meetingId, (this.slicing.get(meetingId) ?? 0) + 1);
    try {
      await this.inSlices(MEETING_ROOM(meetingId), event, ...args);
    } finally {
      const left = (this.slicing.get(meetingId) ?? 1) - 1;
      if (left > 0) this.slicing.set(meetingId, left);
      else this.slicing.delete(meetingId);
    }
  }

  /** Whether one emit to the room would write more sockets of this node than a slice. */
  private largerThanASlice(room: string): boolean {
    if (this.cluster || this.slice <= 0 || !this.server) return false;
    return (this.server.of('/').adapter.rooms.get(room)?.size ?? 0) > this.slice;
  }

  /** Later events of the meeting wait for `next` (the entry lives only while something is held). */
  private hold(meetingId: string, next: Promise<void>): void {
    this.held.set(meetingId, next);
    void next.finally(() => {
      if (this.held.get(meetingId) === next) this.held.delete(meetingId);
    });
  }

  /**
   * A coalescer registers here: before any event of a meeting goes out, it sends what it holds
   * for that meeting and answers when that is done (null when it holds nothing).
   */
  flushBeforeMeetingEvents(fn: (meetingId: string) => Promise<void> | null): void {
    this.pendingBefore = fn;
  }

  /** Rooms with a tally's rolling pass under way (for tests). */
  get roomsSending(): number {
    return this.sending.size;
  }

  /** Meetings with events held back right now (bounded by the meetings in a coalescing window; for tests). */
  get heldMeetings(): number {
    return this.held.size;
  }

  /**
   * To this node's sockets that hold a snapshot of the meeting, never through the cluster adapter;
   * in slices, as it goes to every board socket at each reconcile tick (in one go, thousands of
   * sockets held every ack back for about 230 ms every two seconds), its slices taking turns only
   * when no tally or meeting event waits for one (`nextTurn`, priority `later`: a screen ignores
   * versions read before a change it holds). Answers when the last slice is written.
   */
  emitVersionsLocally(
    versions: Parameters<ServerToClientEvents['meeting.versions']>[0],
    since?: ReadonlySet<string>,
  ): Promise<void> {
    const meetingId = versions.meetingId;
    // Read before an event that may now reach a screen first: dropped (the next pass tells).
    const stale = since ? () => since.has(meetingId) : undefined;
    return this.inSlicesAfter('later', VERSIONS_ROOM(meetingId), 'meeting.versions', stale, versions);
  }

  /**
   * For a reconcile pass, before it reads: notes every meeting whose events are asked to go out
   * from now on, so the versions it read are never written after such an event (a screen would
   * take the older vote they name for a vote it missed and re-fetch). `end` when the pass is over.
   */
  noteMeetingEvents(): { touched: ReadonlySet<string>; end: () => void } {
    const touched = new Set<string>();
    this.noting.add(touched);
    return { touched, end: () => void this.noting.delete(touched) };
  }

  private noteEvent(meetingId: string): void {
    for (const touched of this.noting) touched.add(meetingId);
  }

  /**
   * A tally goes to every watcher of the board, thousands of them. Written in one go, it holds
   * the event loop for tens of milliseconds and the acknowledgements of casts wait behind it; in
   * slices with a yield between them, they interleave. Other nodes get it once each and slice
   * it for their own sockets.
   */
  broadcastTally(meetingId: string, tally: VoteTally): void {
    const room = MEETING_ROOM(meetingId);
    if (this.cluster) this.server?.serverSideEmit(TALLY_RELAY, room, tally);
    this.sendInSlices(room, tally);
  }

  /**
   * A rolling pass: while a pass is going out, a newer tally of the room takes the place of the
   * one being sent, from the next slice on (each tally is the whole state, so a socket may skip
   * one). When the pass reaches the end of the room, the sockets that got an older tally than the
   * newest (those written before it came) and those that joined meanwhile get the newest, and so
   * on until every socket of the room holds it. So a cast's tally reaches a socket at the socket's
   * next turn, not after the rest of a pass with older state and then a whole pass of its own;
   * no socket is sent an older tally than one it was sent (per socket, the last vote and version
   * written to it).
   */
  private sendInSlices(room: string, tally: VoteTally): void {
    const busy = this.sending.get(room);
    if (busy) {
      if (tally.voteId !== busy.latest.voteId || tally.version > busy.latest.version) busy.latest = tally;
      return;
    }
    const state = { latest: tally };
    this.sending.set(room, state);
    this.rolling(room, state)
      .catch((e: unknown) =>
        this.logger.warn(`tally not sent: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => this.sending.delete(room));
  }

  private async rolling(room: string, state: { latest: VoteTally }): Promise<void> {
    const server = this.server;
    if (!server) return;
    if (this.slice <= 0) {
      // One emit: nothing can come between its sockets, and the frame is built once.
      server.local.to(room).emit('vote.tallied', { tally: state.latest });
      return this.markDelivered(state.latest);
    }
    const sockets = server.of('/').sockets;
    const lacks = (id: string, t: VoteTally): boolean => {
      const socket = sockets.get(id);
      if (!socket) return false;
      const had = this.tallySent.get(socket);
      return !had || had.voteId !== t.voteId || had.version < t.version;
    };
    const members = () => [...(server.of('/').adapter.rooms.get(room) ?? [])];
    let pending = members();
    while (pending.length) {
      for (let i = 0; i < pending.length; i += this.slice) {
        await this.nextTurn();
        const t = state.latest;
        const to = pending.slice(i, i + this.slice).filter((id) => lacks(id, t));
        if (to.length) {
          server.local.to(to).emit('vote.tallied', { tally: t });
          const sent = { voteId: t.voteId, version: t.version };
          for (const id of to) this.tallySent.set(sockets.get(id)!, sent);
        }
      }
      const newest = state.latest;
      pending = members().filter((id) => lacks(id, newest));
    }
    this.markDelivered(state.latest);
  }

  /**
   * The slicer of meeting events (tallies roll, `rolling`): an event to this node's sockets of a
   * room, `slice` sockets at a time, each slice at its turn (`nextTurn`; slice 0: one emit, the
   * packet encoded and framed once for every socket).
   */
  private inSlices<E extends EventName>(
    room: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): Promise<void> {
    return this.inSlicesAfter('now', room, event, undefined, ...args);
  }

  /** `inSlices` at a priority, stopping before any slice once `stale` says so. */
  private async inSlicesAfter<E extends EventName>(
    priority: Priority,
    room: string,
    event: E,
    stale: (() => boolean) | undefined,
    ...args: Parameters<ServerToClientEvents[E]>
  ): Promise<void> {
    const server = this.server;
    if (!server) return;
    if (this.slice <= 0) {
      server.local.to(room).emit(event, ...args);
      return;
    }
    const ids = [...(server.of('/').adapter.rooms.get(room) ?? [])];
    for (let i = 0; i < ids.length; i += this.slice) {
      await this.nextTurn(priority);
      if (stale?.()) return;
      server.local.to(ids.slice(i, i + this.slice)).emit(event, ...args);
    }
  }

  /**
   * Answers at the caller's turn to write one slice: one slice per turn of the event loop, over
   * every pass under way (tallies, meeting events, versions; any room), in the order they asked.
   * Between two turns the loop reads what came in (casts, their results from PostgreSQL) and
   * writes their acknowledgements, so an ack waits for at most one slice, however many passes are
   * going out; with a yield per pass instead, passes under way at once wrote a slice each in the
   * same turn and an ack waited for all of them. The periodic `meeting.versions` (a safety net,
   * priority `later`) takes turns only when no tally or meeting event waits for one, so it never
   * slows what the screens are waiting for; what it read is never newer than what they get.
   */
  private nextTurn(priority: Priority = 'now'): Promise<void> {
    return new Promise<void>((resolve) => {
      this.turns[priority].push(resolve);
      if (this.turning) return;
      this.turning = true;
      setImmediate(this.giveTurn);
    });
  }

  /**
   * For a reply to one socket among thousands answered at once (boards that shared one snapshot
   * read): answers at a turn of the loop given to replies, a slice of them per turn, so a wave of
   * reconnecting boards is answered between acknowledgements, not in one long stall.
   */
  replyTurn(): Promise<void> {
    if (this.slice <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let group = this.replyGroup;
      if (!group || group.length >= this.slice) {
        const next: (() => void)[] = [];
        this.replyGroup = group = next;
        void this.nextTurn().then(() => {
          if (this.replyGroup === next) this.replyGroup = null;
          for (const reply of next) reply();
        });
      }
      group.push(resolve);
    });
  }

  private readonly giveTurn = (): void => {
    // The slice is written right after this callback, before the loop's next turn (a microtask).
    (this.turns.now.shift() ?? this.turns.later.shift())?.();
    if (this.turns.now.length || this.turns.later.length) setImmediate(this.giveTurn);
    else this.turning = false;
  };
}
