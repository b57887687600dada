import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import {
  type Ack,
  type AckError,
  type CastResult,
  CastCommandSchema,
  CONVENING_ROOM,
  type ClientToServerEvents,
  type LiveSnapshot,
  MEETING_ROOM,
  type Principal,
  type ServerToClientEvents,
  WatchCommandSchema,
} from '@plenary/shared';
import type { Server, Socket } from 'socket.io';
import { toApiError } from '../../common/error.filter';
import { payloadThenAck } from '../../common/socket-packets';
import { parseWith } from '../../common/zod.pipe';
import { tokenFrom } from '../auth/auth.guard';
import { AuthService, hashToken } from '../auth/auth.service';
import { CastService } from '../vote/cast.service';
import { LiveService } from '../vote/live.service';
import { ClusterAdapterService } from './cluster-adapter.service';
import { RealtimeService, VERSIONS_ROOM } from './realtime.service';

type PlenarySocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { principal: Principal | null }
>;

const fail = (e: unknown): { ok: false; error: AckError } => {
  const { code, message, field } = toApiError(e);
  return { ok: false, error: { code, message, field } };
};

/** The session token the socket signed in with (as the handshake reads it): the cast re-checks it. */
function handshakeToken(socket: PlenarySocket): string | undefined {
  const raw = socket.handshake.auth as { token?: unknown } | undefined;
  return typeof raw?.token === 'string' ? raw.token : tokenFrom(socket.handshake.headers);
}

/**
 * The one socket.io gateway. The handshake authenticates with the same session token as HTTP
 * (auth.token or the cookie); no token means the public board. Handlers validate, call one
 * service method and answer through the ack.
 */
@WebSocketGateway({ cors: { origin: true, credentials: true }, pingInterval: 20000, pingTimeout: 20000 })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Realtime');

  constructor(
    private readonly auth: AuthService,
    private readonly realtime: RealtimeService,
    private readonly casts: CastService,
    private readonly live: LiveService,
    private readonly cluster: ClusterAdapterService,
  ) {}

  afterInit(server: Server<ClientToServerEvents, ServerToClientEvents>): void {
    this.cluster.attach(server);
    this.realtime.attach(server);
    server.use((socket: PlenarySocket, next) => {
      const raw = socket.handshake.auth as { token?: unknown } | undefined;
      const token = typeof raw?.token === 'string' ? raw.token : tokenFrom(socket.handshake.headers);
      if (!token) {
        socket.data.principal = null;
        return next();
      }
      this.auth
        .resolve(token)
        .then((principal) => {
          if (!principal) return next(new Error('UNAUTHENTICATED: unknown, expired or revoked session'));
          socket.data.principal = principal;
          next();
        })
        .catch((e: Error) => next(e));
    });
  }

  handleConnection(socket: PlenarySocket): void {
    const p = socket.data.principal;
    if (p?.delegationId) void socket.join(`delegation:${p.delegationId}`);
    socket.use(payloadThenAck);
    socket.on('meeting.watch', (payload, ack) => void this.watch(socket, payload, ack));
    socket.on('vote.cast', (payload, ack) => void this.cast(socket, payload, ack));
    socket.on('convening.watch', (_payload, ack) => {
      // The convening counters are public (who favours a Special Meeting is on the record).
      void socket.join(CONVENING_ROOM);
      if (typeof ack === 'function') ack({ ok: true, data: { room: CONVENING_ROOM } });
    });
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
      reply({ ok: true, data: snapshot });
      // Only now the periodic versions: before its snapshot a socket has nothing to compare.
      await socket.join(VERSIONS_ROOM(meetingId));
    } catch (e) {
      reply(fail(e));
    }
  }

  private async cast(socket: PlenarySocket, payload: unknown, ack: unknown): Promise<void> {
    const reply = typeof ack === 'function' ? (ack as (r: Ack<CastResult>) => void) : () => undefined;
    try {
      const cmd = parseWith(CastCommandSchema, payload, 'payload');
      const token = handshakeToken(socket);
      reply({
        ok: true,
        data: await this.casts.cast(
          { principal: socket.data.principal, tokenHash: token ? hashToken(token) : null },
          cmd,
        ),
      });
    } catch (e) {
      const err = fail(e);
      if (err.error.code === 'INTERNAL') this.logger.error(e);
      reply(err);
    }
  }
}
