import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ClientToServerEvents, Principal, ServerToClientEvents } from '@plenary/shared';
import { Client } from 'pg';
import type { Server, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { ACCESS_CHANNEL, type AccessChange, parseAccessChange } from './access-change';
import { AuthService } from './auth.service';

/** What the gateway keeps on an authenticated socket: the hash of its session token, never the token. */
export interface SocketSession {
  tokenHash: string;
  sessionId: string;
}

type AuthedSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { principal?: Principal | null; session?: SocketSession | null }
>;

const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * Every node LISTENs on the access channel. A revocation or a change of rights, committed by any
 * node or by the CLI, reaches each node once; the node tells its own sockets in the room why, then
 * disconnects them. Local only (never through the socket.io adapter): every node hears the
 * notification itself. If the LISTEN connection drops, the node reconnects and re-checks every
 * authenticated socket it holds, so a notification sent meanwhile is not lost in effect.
 */
@Injectable()
export class AccessListenerService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Access');
  private server: Server | null = null;
  private client: Client | null = null;
  private closed = false;
  private failures = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
  ) {}

  /** Listening before the server accepts its first request, so no change can slip past. */
  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  attach(server: Server): void {
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  /** Tells the sockets of a room on this node why, then disconnects them. */
  apply(change: AccessChange): void {
    const server = this.server;
    if (!server) return;
    server.local.to(change.room).emit(change.event, { reason: change.reason });
    server.local.in(change.room).disconnectSockets(true);
  }

  private async listen(): Promise<void> {
    const { url } = this.ds.options as { url?: string };
    const client = new Client({ connectionString: url, application_name: 'plenary-access' });
    const lost = (e?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(`access channel lost${e ? `: ${e.message}` : ''}; reconnecting`);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => {
      if (n.channel !== ACCESS_CHANNEL) return;
      const change = parseAccessChange(n.payload);
      if (change) this.apply(change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_CHANNEL}`);
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    if (this.closed) {
      // The node shut down while this connection was being made: hold nothing open.
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
  }

  private scheduleReconnect(): void {
    const wait = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)];
    this.failures += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.listen()
        .then(() => this.recheckAll())
        .catch((e: unknown) => {
          this.logger.warn(`access channel: ${e instanceof Error ? e.message : String(e)}`);
          if (!this.closed) this.scheduleReconnect();
        });
    }, wait);
    this.retry.unref();
  }

  /** After an outage of the channel: every authenticated socket on this node is checked again. */
  async recheckAll(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const sockets = server.of('/').sockets as Map<string, AuthedSocket>;
    for (const socket of [...sockets.values()]) {
      const session = socket.data.session;
      if (!session) continue;
      const now = await this.auth.resolveHash(session.tokenHash);
      if (!now) {
        socket.emit('session.revoked', { reason: 'The server no longer accepts this session' });
        socket.disconnect(true);
      } else if (now.principal.role !== socket.data.principal?.role) {
        socket.emit('session.changed', { reason: 'Your rights have changed' });
        socket.disconnect(true);
      }
    }
  }
}
