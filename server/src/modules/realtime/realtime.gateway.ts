import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import {
  type Ack,
  type AckError,
  type CastResult,
  CastCommandSchema,
  ElectionCastCommandSchema,
  type ElectionCastResult,
  CONVENING_ROOM,
  type ClientToServerEvents,
  type FloorView,
  FloorRequestCommandSchema,
  type LiveSnapshot,
  PointOfOrderCommandSchema,
  MEETING_ROOM,
  type Principal,
  type ServerToClientEvents,
  WatchCommandSchema,
} from '@plenary/shared';
import type { Server, Socket } from 'socket.io';
import { DomainException } from '../../common/domain.exception';
import { isDatabaseUnavailable } from '../../database/database-errors';
import { languageOf, toApiError } from '../../common/error.filter';
import { payloadThenAck } from '../../common/socket-packets';
import { parseWith } from '../../common/zod.pipe';
import { DELEGATION_ROOM, SESSION_ROOM, USER_ROOM } from '../auth/access-change';
import { AccessListenerService, type SocketSession } from '../auth/access-listener.service';
import { bearerFrom, cookieFrom } from '../auth/auth.guard';
import { AuthService, hashToken } from '../auth/auth.service';
import { ElectionCastService } from '../election/election-cast.service';
import { FloorService } from '../floor/floor.service';
import { CastService } from '../vote/cast.service';
import { LiveService } from '../vote/live.service';
import { ClusterAdapterService } from './cluster-adapter.service';
import { RealtimeService, VERSIONS_ROOM } from './realtime.service';

type PlenarySocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { principal: Principal | null; session: SocketSession | null }
>;

/**
 * Every command a client can send, and who may send it. Typed over the shared event map, so a
 * command added there does not compile until it is listed here; the access matrix spec reads
 * this table to try every command as every kind of principal.
 */
export const SOCKET_COMMANDS = {
  'meeting.watch': { access: 'public' },
  'convening.watch': { access: 'public' },
  'vote.cast': { access: 'session' },
  'election.cast': { access: 'session' },
  'floor.request': { access: 'session' },
  'floor.withdraw': { access: 'session' },
  'floor.pointOfOrder': { access: 'session' },
} as const satisfies Record<keyof ClientToServerEvents, { access: 'public' | 'session' }>;

/** The handshake's language: `auth.lang` or `?lang=`, else its Accept-Language, else English. */
const socketLanguage = (socket: PlenarySocket) => {
  const auth = socket.handshake.auth as { lang?: unknown } | undefined;
  return languageOf(auth?.lang ?? socket.handshake.query.lang, socket.handshake.headers['accept-language']);
};

/** A refusal as the ack carries it, its message in the handshake's language (code and field unchanged). */
const fail = (e: unknown, socket: PlenarySocket): { ok: false; error: AckError } => {
  const { code, message, field } = toApiError(e, socketLanguage(socket));
  return { ok: false, error: { code, message, field } };
};

/** A socket command from a session that has ended since the handshake. */
class SessionEnded extends DomainException {
  constructor() {
    super('UNAUTHENTICATED', 'Your sign-in has ended: sign in again', 'session');
  }
}

/**
 * The one socket.io gateway. The handshake authenticates with the same session as HTTP: the
 * HttpOnly cookie from a browser, or auth.token from a script; no session means the public board
 * (a stale cookie too: the board keeps working after a sign-in ends). Handlers validate, call one
 * service method and answer through the ack. The socket's origin and CORS are checked before
 * this, in the adapter (edge/edge-io.adapter.ts).
 */
@WebSocketGateway({ pingInterval: 20000, pingTimeout: 20000 })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Realtime');

  constructor(
    private readonly auth: AuthService,
    private readonly access: AccessListenerService,
    private readonly realtime: RealtimeService,
    private readonly casts: CastService,
    private readonly live: LiveService,
    private readonly cluster: ClusterAdapterService,
    private readonly electionCasts: ElectionCastService,
    private readonly floor: FloorService,
  ) {}

  afterInit(server: Server<ClientToServerEvents, ServerToClientEvents>): void {
    this.cluster.attach(server);
    this.realtime.attach(server);
    this.access.attach(server);
    server.use((socket: PlenarySocket, next) => {
      socket.data.principal = null;
      socket.data.session = null;
      const raw = socket.handshake.auth as { token?: unknown } | undefined;
      const headers = socket.handshake.headers;
      const explicit = typeof raw?.token === 'string' ? raw.token : bearerFrom(headers);
      const token = explicit ?? cookieFrom(headers);
      if (!token) return next();
      const tokenHash = hashToken(token);
      this.auth
        .resolveHash(tokenHash)
        .then((resolved) => {
          if (resolved) {
            socket.data.principal = resolved.principal;
            socket.data.session = { tokenHash, sessionId: resolved.sessionId };
            return next();
          }
          if (explicit) return next(new Error('UNAUTHENTICATED: unknown, expired or revoked session'));
          next(); // a stale cookie: the public board
        })
        .catch((e: unknown) => {
          if (!isDatabaseUnavailable(e)) this.logger.error(e);
          next(new Error('DATABASE_UNAVAILABLE: database unavailable, try again shortly'));
        });
    });
  }

  handleConnection(socket: PlenarySocket): void {
    const p = socket.data.principal;
    const rooms = [
      socket.data.session && SESSION_ROOM(socket.data.session.sessionId),
      p?.userId && USER_ROOM(p.userId),
      p?.delegationId && DELEGATION_ROOM(p.delegationId),
    ].filter((r): r is string => Boolean(r));
    if (rooms.length) void socket.join(rooms);
    socket.use(payloadThenAck);
    socket.on('meeting.watch', (payload, ack) => void this.watch(socket, payload, ack));
    socket.on('vote.cast', (payload, ack) => void this.cast(socket, payload, ack));
    socket.on('election.cast', (payload, ack) => void this.castElection(socket, payload, ack));
    socket.on('floor.request', (payload, ack) => void this.floorCommand(socket, 'request', payload, ack));
    socket.on('floor.withdraw', (payload, ack) => void this.floorCommand(socket, 'withdraw', payload, ack));
    socket.on(
      'floor.pointOfOrder',
      (payload, ack) => void this.floorCommand(socket, 'pointOfOrder', payload, ack),
    );
    socket.on('convening.watch', (_payload, ack) => {
      // The convening counters are public (who favours a Special Meeting is on the record).
      void socket.join(CONVENING_ROOM);
      if (typeof ack === 'function') ack({ ok: true, data: { room: CONVENING_ROOM } });
    });
  }

  /**
   * The principal as its session stands now, for a command that acts: never the one the
   * handshake saw. A session that has ended is refused (SessionEnded: the caller answers, then
   * ends the socket); a role that changed is taken up for this command and the socket is told.
   */
  private async principalNow(socket: PlenarySocket): Promise<Principal | null> {
    const session = socket.data.session;
    if (!session) return null;
    const now = await this.auth.resolveHash(session.tokenHash);
    if (!now) throw new SessionEnded();
    if (now.principal.role !== socket.data.principal?.role) {
      socket.data.principal = now.principal;
      socket.emit('session.changed', { reason: 'Your rights have changed' });
    }
    return now.principal;
  }

  /** After the refusal went out: say why, then disconnect (the ack is never lost to the disconnect). */
  private endIfEnded(socket: PlenarySocket, e: unknown): void {
    if (!(e instanceof SessionEnded)) return;
    socket.emit('session.revoked', { reason: 'The server no longer accepts this session' });
    socket.disconnect(true);
  }

  private async watch(socket: PlenarySocket, payload: unknown, ack: unknown): Promise<void> {
    const reply = typeof ack === 'function' ? (ack as (r: Ack<LiveSnapshot>) => void) : () => undefined;
    try {
      const { meetingId } = parseWith(WatchCommandSchema, payload, 'payload');
      // Join first, then read: every change committed after the read is also sent to this
      // socket, so there is no gap between the snapshot and the events (the client drops what
      // its snapshot already holds by version).
      await socket.join(MEETING_ROOM(meetingId));
      const snapshot = await this.live.snapshot(meetingId).catch(async (e: unknown) => {
        await socket.leave(MEETING_ROOM(meetingId));
        throw e;
      });
      // Thousands of boards may share this read: their replies go out a slice per turn.
      await this.realtime.replyTurn();
      reply({ ok: true, data: snapshot });
      // Only now the periodic versions: before its snapshot a socket has nothing to compare.
      await socket.join(VERSIONS_ROOM(meetingId));
    } catch (e) {
      reply(fail(e, socket));
    }
  }

  /**
   * A delegation's command: validated, run with the principal re-read now (principalNow), answered
   * through the ack after the service has committed; a refusal is answered, logged when INTERNAL,
   * and an ended session is then disconnected.
   */
  private async command<C, T>(
    socket: PlenarySocket,
    ack: unknown,
    parse: () => C,
    run: (cmd: C, who: Principal | null) => Promise<T>,
    standing: 'read-first' | 'in-statement' = 'read-first',
  ): Promise<void> {
    const reply = typeof ack === 'function' ? (ack as (r: Ack<T>) => void) : () => undefined;
    // A command whose one statement re-checks the session, the delegation and its credentials
    // itself (a cast) runs at once for a socket that holds a delegation's session: reading the
    // session first would be a second round trip on the acknowledgement's path that decides
    // nothing the statement does not decide again, in the same snapshot as its write.
    const checkedByStatement =
      standing === 'in-statement' &&
      socket.data.session !== null &&
      socket.data.principal?.role === 'delegation' &&
      socket.data.principal.delegationId !== null;
    let cmd: C;
    try {
      cmd = parse();
    } catch (e) {
      return reply(fail(e, socket));
    }
    try {
      const who = checkedByStatement ? socket.data.principal : await this.principalNow(socket);
      reply({ ok: true, data: await run(cmd, who) });
    } catch (e) {
      // Refused by the statement: the session is read now, as for any other command, so a
      // changed role is told and an ended session is answered as ended and disconnected.
      const why =
        checkedByStatement && e instanceof DomainException ? await this.sessionEndedNow(socket, e) : e;
      const err = fail(why, socket);
      if (err.error.code === 'INTERNAL') this.logger.error(why);
      reply(err);
      this.endIfEnded(socket, why);
    }
  }

  /** After a refusal: the session's end if it has ended (or a read error), else the refusal. */
  private sessionEndedNow(socket: PlenarySocket, refusal: DomainException): Promise<unknown> {
    return this.principalNow(socket).then(
      () => refusal,
      (e: unknown) => e,
    );
  }

  private caller(socket: PlenarySocket, who: Principal | null) {
    return { principal: who, tokenHash: socket.data.session?.tokenHash ?? null };
  }

  private cast(socket: PlenarySocket, payload: unknown, ack: unknown): Promise<void> {
    return this.command(
      socket,
      ack,
      () => parseWith(CastCommandSchema, payload, 'payload'),
      (cmd, who): Promise<CastResult> => this.casts.cast(this.caller(socket, who), cmd),
      'in-statement',
    );
  }

  /** An election ballot: the same re-check of the session now, the same ack after commit. */
  private castElection(socket: PlenarySocket, payload: unknown, ack: unknown): Promise<void> {
    return this.command(
      socket,
      ack,
      () => parseWith(ElectionCastCommandSchema, payload, 'payload'),
      (cmd, who): Promise<ElectionCastResult> => this.electionCasts.cast(this.caller(socket, who), cmd),
    );
  }

  /**
   * A delegation asks for the floor, withdraws, or raises a point of order: its standing is read
   * now (principalNow, then the floor reads its credentials and party status in its transaction).
   */
  private floorCommand(
    socket: PlenarySocket,
    kind: 'request' | 'withdraw' | 'pointOfOrder',
    payload: unknown,
    ack: unknown,
  ): Promise<void> {
    if (kind === 'pointOfOrder')
      return this.command(
        socket,
        ack,
        () => parseWith(PointOfOrderCommandSchema, payload, 'payload'),
        (cmd, who): Promise<FloorView> => this.floor.pointOfOrder(who, cmd),
      );
    return this.command(
      socket,
      ack,
      () => parseWith(FloorRequestCommandSchema, payload, 'payload'),
      (cmd, who): Promise<FloorView> => this.floor.request(who, cmd, kind === 'withdraw'),
    );
  }
}
