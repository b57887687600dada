import type {
  Ack,
  CastResult,
  Choice,
  ClientToServerEvents,
  ElectionCastResult,
  FloorView,
  LiveSnapshot,
  ServerToClientEvents,
} from '@plenary/shared';
import { io, type Socket } from 'socket.io-client';
import { pageLanguage } from './api';
import { onSessionChange } from './session-token';

export type PlenarySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a command waits for the server's ack before the caller is told it did not arrive. */
export const ACK_TIMEOUT_MS = 8000;

let socket: PlenarySocket | null = null;
const listeners = new Set<() => void>();

/**
 * What the server says about this session over the socket, just before it disconnects it:
 * `revoked` (the session ended), `changed` (its rights changed: reconnect), or `dropped` (the
 * server disconnected us without a word: find out who we are now).
 */
export type SessionNews = { kind: 'revoked' | 'changed'; reason: string } | { kind: 'dropped' };
const newsListeners = new Set<(news: SessionNews) => void>();

export function onSessionNews(listener: (news: SessionNews) => void): () => void {
  newsListeners.add(listener);
  return () => newsListeners.delete(listener);
}

function create(): PlenarySocket {
  // Same origin as the page: the server serves the client, and Vite proxies /socket.io in dev.
  // The handshake carries the HttpOnly session cookie; no token is read or sent by script.
  // The public board asks for the board tier (ADR 0010): a load balancer with one sends
  // `?tier=board` to the nodes that only fan out, so a tally to thousands of screens never delays
  // a delegation's ack. Without one the parameter is ignored and every node serves everything.
  const board = typeof window !== 'undefined' && window.location.pathname.startsWith('/board');
  const s: PlenarySocket = io({
    ...(board ? { query: { tier: 'board' } } : {}),
    // The page's language at each (re)connection: the server's refusals in acks come back in it.
    auth: (cb: (data: object) => void) => cb({ lang: pageLanguage() }),
    transports: ['websocket', 'polling'],
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
  let told = false;
  const tell = (news: SessionNews) => newsListeners.forEach((l) => l(news));
  s.on('session.revoked', ({ reason }) => {
    told = true;
    tell({ kind: 'revoked', reason });
  });
  s.on('session.changed', ({ reason }) => {
    told = true;
    tell({ kind: 'changed', reason });
  });
  s.on('disconnect', (why) => {
    // socket.io does not reconnect after the server disconnected us: the session decides what next.
    if (why === 'io server disconnect' && !told) tell({ kind: 'dropped' });
  });
  return s;
}

/** The page's one socket, created (and connected) on first use. */
export function getSocket(): PlenarySocket {
  socket ??= create();
  return socket;
}

/**
 * Drops the socket so the next getSocket() connects with the current session. Called
 * automatically when the session changes (sign-in, sign-out, ended or changed by the server);
 * hooks re-subscribe via onSocketReset.
 */
export function resetSocket(): void {
  if (!socket) return;
  const old = socket;
  socket = null;
  old.removeAllListeners();
  old.disconnect();
  listeners.forEach((l) => l());
}

/** Called after resetSocket(), so a hook can move its listeners to the new socket. */
export function onSocketReset(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

onSessionChange(() => resetSocket());

function timeoutAck<T>(err: unknown): Ack<T> {
  const timedOut = err instanceof Error && /timed? ?out/i.test(err.message);
  return {
    ok: false,
    error: {
      code: timedOut ? 'TIMEOUT' : 'NETWORK',
      message: timedOut ? 'The server did not answer in time.' : 'Could not reach the Plenary server.',
    },
  };
}

/**
 * Casts a vote through the socket. Never rejects: a timeout or a lost connection resolves to an
 * error ack with code TIMEOUT or NETWORK, and the caller retries with the same opId, which the
 * server answers the same and counts once.
 */
export async function castVote(
  voteId: string,
  choice: Choice,
  opId: string,
  seq?: number,
): Promise<Ack<CastResult>> {
  try {
    const ack = (await getSocket()
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('vote.cast', { voteId, choice, opId, ...(seq ? { seq } : {}) })) as Ack<CastResult>;
    return ack;
  } catch (err) {
    return timeoutAck<CastResult>(err);
  }
}

/** Casts an election ballot through the socket; never rejects (see castVote): retry with the same opId. */
export async function castElectionBallot(
  electionId: string,
  round: number,
  marks: string[],
  opId: string,
): Promise<Ack<ElectionCastResult>> {
  try {
    return (await getSocket()
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('election.cast', { electionId, round, marks, opId })) as Ack<ElectionCastResult>;
  } catch (err) {
    return timeoutAck<ElectionCastResult>(err);
  }
}

/** Joins the meeting's room and answers with its live snapshot; never rejects (see castVote). */
export async function watchMeeting(socket: PlenarySocket, meetingId: string): Promise<Ack<LiveSnapshot>> {
  try {
    const ack = (await socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('meeting.watch', { meetingId })) as Ack<LiveSnapshot>;
    return ack;
  } catch (err) {
    return timeoutAck<LiveSnapshot>(err);
  }
}

/** A delegation's own floor command from its pad (ask, withdraw, point of order); never rejects (see castVote). */
export async function floorCommand(
  event: 'floor.request' | 'floor.withdraw' | 'floor.pointOfOrder',
  payload: { meetingId: string; queue?: 'speakers' | 'explanation' | 'reply' },
): Promise<Ack<FloorView>> {
  try {
    const ack = (await getSocket()
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck(event as 'floor.request', payload)) as Ack<FloorView>;
    return ack;
  } catch (err) {
    return timeoutAck<FloorView>(err);
  }
}
