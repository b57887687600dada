import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import type { Server } from 'socket.io';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';

type ConnectCallback = (
  err: Error | undefined,
  client: PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/**
 * The adapter's pool. The adapter takes one client with connect() for LISTEN and holds it; two
 * things go wrong with a plain pg Pool when that connection dies (a restarted or failed-over
 * PostgreSQL, pg_terminate_backend): a checked-out client has no 'error' listener, so the error
 * would crash the process, and the adapter reconnects with a new client without giving the dead
 * one back, so the pool runs dry after a few outages. Here the LISTEN client logs its error and
 * returns itself to the pool (as broken) when it ends. query() is untouched.
 */
class AdapterPool extends Pool {
  private closed = false;

  constructor(
    config: PoolConfig,
    private readonly onClientError: (e: Error) => void,
  ) {
    super(config);
    this.on('error', onClientError);
  }

  override connect(): Promise<PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<PoolClient> | void {
    if (callback) return super.connect(callback);
    return this.listenerClient();
  }

  /** After close the adapter may still try to reconnect: let that wait forever, holding nothing. */
  close(): Promise<void> {
    this.closed = true;
    return this.end();
  }

  private async listenerClient(): Promise<PoolClient> {
    if (this.closed) return new Promise<PoolClient>(() => undefined);
    const client = await super.connect();
    if (this.closed) {
      client.release();
      return new Promise<PoolClient>(() => undefined);
    }
    client.on('error', this.onClientError);
    // The adapter removes its 'end' listeners before it releases the client on close, so this
    // one fires only for a connection that died while the adapter held it.
    client.once('end', () => client.release(new Error('LISTEN connection ended')));
    return client;
  }
}

/**
 * PLENARY_CLUSTER=true: socket.io broadcasts reach the clients of every node through PostgreSQL
 * LISTEN/NOTIFY (@socket.io/postgres-adapter), on a small pool of its own so a burst of casts
 * never waits for a connection behind the adapter, or the adapter behind the casts. Emits happen
 * after the ballot transaction committed, so a NOTIFY never rides inside it. The adapter replays
 * nothing after a lost connection; ReconcileService covers that.
 */
@Injectable()
export class ClusterAdapterService implements OnApplicationShutdown {
  private readonly logger = new Logger('Cluster');
  private pool: AdapterPool | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.PLENARY_CLUSTER;
  }

  attach(server: Server): void {
    if (!this.config.PLENARY_CLUSTER || this.pool) return;
    const { url } = this.ds.options as { url?: string };
    if (!url) throw new Error('PLENARY_CLUSTER needs the data source to be configured by URL');
    const warn = (e: unknown) =>
      this.logger.warn(`socket.io adapter: ${e instanceof Error ? e.message : String(e)}`);
    this.pool = new AdapterPool(
      { connectionString: url, max: 4, application_name: 'plenary-socket.io' },
      warn,
    );
    server.adapter(createAdapter(this.pool, { errorHandler: warn }));
    this.logger.log('socket.io broadcasts go through PostgreSQL (cluster mode)');
  }

  /** After the socket.io server closed (which releases the LISTEN client). */
  async onApplicationShutdown(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}
