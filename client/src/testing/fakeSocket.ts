import type { Ack, LiveSnapshot } from '@plenary/shared';
import type { PlenarySocket } from '../lib/socket';
import type { SocketSource } from '../lib/useSocketEvent';

type Listener = (...args: unknown[]) => void;

/** A meeting.watch the fake server has not answered yet. */
export interface PendingWatch {
  meetingId: string;
  answer(ack: Ack<LiveSnapshot>): void;
}

/**
 * A stand-in for the socket.io client, driven by the spec: it connects, drops and delivers events
 * when told to, and holds each meeting.watch until the spec answers it.
 */
export class FakeSocket {
  connected = false;
  /** socket.io's "will (re)connect by itself". */
  active = false;
  readonly watches: PendingWatch[] = [];
  connectCalls = 0;
  private readonly listeners = new Map<string, Set<Listener>>();

  readonly source: SocketSource = {
    get: () => this as unknown as PlenarySocket,
    subscribe: () => () => undefined,
  };

  on(event: string, fn: Listener): this {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(fn);
    return this;
  }

  off(event: string, fn: Listener): this {
    this.listeners.get(event)?.delete(fn);
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  connect(): this {
    this.connectCalls += 1;
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.active = false;
    this.connected = false;
    return this;
  }

  timeout(): { emitWithAck: (event: string, payload: unknown) => Promise<unknown> } {
    return { emitWithAck: (event, payload) => this.emitWithAck(event, payload) };
  }

  emitWithAck(event: string, payload: unknown): Promise<unknown> {
    if (event === 'meeting.watch') {
      const { meetingId } = payload as { meetingId: string };
      return new Promise((resolve) => this.watches.push({ meetingId, answer: resolve }));
    }
    if (event === 'convening.watch') return Promise.resolve({ ok: true, data: { room: 'convening' } });
    return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `No command ${event}` } });
  }

  // ---- What the spec makes the network do ----

  /** The connection is up: socket.io emits "connect". */
  serverConnect(): void {
    this.connected = true;
    this.active = true;
    this.emit('connect');
  }

  /** The connection dropped; socket.io retries by itself unless the server closed it. */
  drop(reason = 'transport close', retrying = true): void {
    this.connected = false;
    this.active = retrying;
    this.emit('disconnect', reason);
  }

  /** A connection attempt failed. */
  failToConnect(retrying = true): void {
    this.connected = false;
    this.active = retrying;
    this.emit('connect_error', new Error('xhr poll error'));
  }

  /** A server event arrives. */
  emit(event: string, ...args: unknown[]): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) fn(...args);
  }

  /** Answers the oldest unanswered meeting.watch with `snapshot`. */
  answerWatch(snapshot: LiveSnapshot): void {
    const w = this.watches.shift();
    if (!w) throw new Error('No meeting.watch is waiting');
    w.answer({ ok: true, data: snapshot });
  }
}
