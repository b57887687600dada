import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { ensureOwnerRole, urlFor } from './database-roles';
import { DatabaseStartError } from './database-start.error';
import { isRoot, postgresBinaries, traversableByOthers, type PostgresBinaries } from './embedded-binaries';
import {
  type EmbeddedCredentials,
  newCredentials,
  readCredentials,
  writeCredentials,
} from './embedded-credentials';

export interface EmbeddedDatabase {
  /** The owner role's URL for the `plenary` database: what the app, the CLI and migrations use. */
  url: string;
  /** The superuser's URL (database `postgres`): for checking the cluster and for tests only. */
  superuserUrl: string;
  dataDir: string;
  port: number;
  credentials: EmbeddedCredentials;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log: Logger;
  /**
   * The server owns the cluster: it restarts it when it dies (with backoff) and stops it on
   * shutdown, even one it found running (after its own crash). The CLI borrows a running cluster
   * and only stops one it started itself.
   */
  supervise?: boolean;
}

/** The fixed password of clusters created before random passwords; replaced at first start. */
const LEGACY_PASSWORD = 'plenary';
const READY_TIMEOUT_MS = 120_000;
const BACKOFF_FIRST_MS = 200;
const BACKOFF_MAX_MS = 10_000;
/** A cluster that stayed up this long starts the next backoff from the beginning. */
const STABLE_AFTER_MS = 30_000;
const LOG_FILE = 'plenary-postgres.log';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = tcpConnect({ host: '127.0.0.1', port });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), done(true)));
    s.once('timeout', () => (s.destroy(), done(false)));
    s.once('error', () => done(false));
  });
}

type PgError = Error & { code?: string };

/** Not listening yet, or the cluster is starting, stopping or recovering: try again. */
const notYet = (e: PgError) =>
  ['ECONNREFUSED', '57P03', '57P01', '57P02'].includes(e.code ?? '') ||
  /starting up|shutting down|recovery/i.test(e.message);

interface PgUser {
  uid: number;
  gid: number;
}

class EmbeddedCluster {
  private readonly bins: PostgresBinaries;
  private readonly pgUser: PgUser | undefined;
  private credentials: EmbeddedCredentials | null;
  private child: ChildProcess | undefined;
  /** The postmaster's pid when this process found the cluster already running. */
  private adoptedPid: number | undefined;
  private stopping = false;
  private watch: NodeJS.Timeout | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private backoffMs = BACKOFF_FIRST_MS;
  private upSince = 0;
  private restarting = false;

  constructor(
    private readonly dataDir: string,
    private readonly port: number,
    private readonly log: Logger,
    private readonly supervise: boolean,
  ) {
    this.bins = postgresBinaries(log);
    this.pgUser = isRoot() ? postgresUser() : undefined;
    this.credentials = readCredentials(dataDir);
  }

  get creds(): EmbeddedCredentials {
    if (!this.credentials) throw new Error('embedded cluster has no credentials');
    return this.credentials;
  }

  superuserUrl(database = 'postgres'): string {
    return urlFor(`postgres://127.0.0.1:${this.port}`, this.creds.superuser, database);
  }

  ownerUrl(): string {
    return urlFor(`postgres://127.0.0.1:${this.port}`, this.creds.owner, this.creds.database);
  }

  async open(): Promise<void> {
    if (await portAnswers(this.port)) await this.adopt();
    else await this.startOwn();
    await ensureOwnerRole(this.superuserUrl(), this.creds.owner, this.creds.database);
    this.upSince = Date.now();
    if (this.supervise) this.watchAdopted();
  }

  /** A cluster already answers on the port: use it only if it serves this data directory. */
  private async adopt(): Promise<void> {
    if (!this.credentials) {
      throw new DatabaseStartError(
        `A PostgreSQL server already answers on 127.0.0.1:${this.port}, and ${this.dataDir} holds no Plenary ` +
          "credentials, so it is not this data directory's server. Stop that server or set PLENARY_EMBEDDED_PORT to a free port.",
      );
    }
    await this.waitReady(this.creds.superuser.password, () => undefined);
    await this.checkServesDataDir();
    this.adoptedPid = this.postmasterPid();
    this.log.info(
      { dataDir: this.dataDir, port: this.port },
      'using the embedded PostgreSQL already running',
    );
  }

  private async startOwn(): Promise<void> {
    this.prepareDataDir();
    let legacy = false;
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      await this.initdb();
    } else if (!this.credentials) {
      // Created by an earlier version with the fixed password: replace it at this start.
      legacy = true;
    }
    const { child, spawnError } = this.spawnPostgres();
    try {
      await this.waitReady(legacy ? LEGACY_PASSWORD : this.creds.superuser.password, () => {
        const e = spawnError();
        if (e)
          return new DatabaseStartError(`Cannot run ${this.bins.postgres}${this.asWhom()}: ${e.message}`);
        return child.exitCode !== null || child.signalCode !== null
          ? new DatabaseStartError(
              `PostgreSQL (${this.bins.postgres}) stopped while starting on port ${this.port}: ${this.logTail()}`,
            )
          : undefined;
      });
    } catch (e) {
      // Another process of ours may have started the same cluster at the same moment.
      if (child.exitCode !== null && this.credentials && (await portAnswers(this.port))) {
        this.child = undefined;
        return this.adopt();
      }
      if (child.exitCode === null && child.pid !== undefined) child.kill('SIGKILL');
      if (this.child === child) this.child = undefined;
      throw e;
    }
    if (legacy) await this.replaceLegacyPassword();
    await this.checkServesDataDir();
    this.adoptedPid = undefined;
    this.log.info(
      { dataDir: this.dataDir, port: this.port, binaries: this.bins.nativeDir },
      'embedded PostgreSQL ready; data is kept in %s',
      this.dataDir,
    );
  }

  private prepareDataDir(): void {
    const parent = dirname(this.dataDir);
    mkdirSync(parent, { recursive: true });
    if (this.pgUser && !traversableByOthers(parent)) {
      throw new DatabaseStartError(
        `The postgres user cannot enter ${parent}, so PostgreSQL cannot use ${this.dataDir}. ` +
          'Set PLENARY_DATA_DIR to a directory it can reach (for example /var/lib/plenary/postgres).',
      );
    }
    if (!existsSync(this.dataDir)) mkdirSync(this.dataDir, { mode: 0o700 });
    if (this.pgUser) {
      const st = statSync(this.dataDir);
      if (st.uid !== this.pgUser.uid) chownSync(this.dataDir, this.pgUser.uid, this.pgUser.gid);
    }
    chmodSync(this.dataDir, 0o700);
  }

  private async initdb(): Promise<void> {
    const entries = readdirSync(this.dataDir);
    if (entries.length > 0) {
      throw new DatabaseStartError(
        `${this.dataDir} is neither empty nor a PostgreSQL data directory (it holds ${entries.slice(0, 3).join(', ')}…).`,
      );
    }
    this.log.info({ dataDir: this.dataDir }, 'initialising embedded PostgreSQL (first run)');
    const credentials = newCredentials();
    // The password file must be readable by the postgres user and by no one else.
    const secretDir = mkdtempSync(join(tmpdir(), 'plenary-initdb-'));
    const pwfile = join(secretDir, 'pw');
    writeFileSync(pwfile, `${credentials.superuser.password}\n`, { mode: 0o600 });
    if (this.pgUser) {
      chownSync(secretDir, this.pgUser.uid, this.pgUser.gid);
      chownSync(pwfile, this.pgUser.uid, this.pgUser.gid);
    }
    try {
      await this.run(this.bins.initdb, [
        `--pgdata=${this.dataDir}`,
        '--auth=scram-sha-256',
        `--username=${credentials.superuser.name}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ]);
    } finally {
      rmSync(secretDir, { recursive: true, force: true });
    }
    writeCredentials(this.dataDir, credentials, this.pgUser);
    this.credentials = credentials;
  }

  /** Runs a PostgreSQL program to completion; a failure to run it at all is a clear error too. */
  private run(program: string, args: string[]): Promise<void> {
    return new Promise((done, fail) => {
      let output = '';
      const child = spawn(program, args, {
        ...this.pgUser,
        env: { ...process.env, LC_MESSAGES: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.once('error', (e) =>
        fail(new DatabaseStartError(`Cannot run ${program}${this.asWhom()}: ${e.message}`)),
      );
      child.once('close', (code, signal) => {
        if (code === 0) return done();
        const last = output.trim().split('\n').slice(-3).join(' ');
        fail(new DatabaseStartError(`${program} failed (${signal ?? `exit ${code}`}): ${last}`));
      });
    });
  }

  private asWhom(): string {
    return this.pgUser ? ' as the postgres user' : '';
  }

  private spawnPostgres(): { child: ChildProcess; spawnError: () => Error | undefined } {
    const logPath = join(this.dataDir, LOG_FILE);
    rotate(logPath);
    const logFd = openSync(logPath, 'a', 0o600);
    let child: ChildProcess;
    try {
      child = spawn(
        this.bins.postgres,
        [
          '-D',
          this.dataDir,
          '-p',
          String(this.port),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'unix_socket_directories=',
        ],
        {
          ...this.pgUser,
          env: { ...process.env, LC_MESSAGES: 'C' },
          // Its own process group: Ctrl-C reaches the server, which then stops PostgreSQL in order.
          detached: true,
          stdio: ['ignore', logFd, logFd],
        },
      );
    } finally {
      closeSync(logFd);
    }
    this.child = child;
    let failure: Error | undefined;
    child.once('error', (e) => {
      failure = e;
      if (this.child === child) this.child = undefined;
    });
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      if (!this.stopping && this.supervise && this.upSince > 0)
        this.down(`exited (${signal ?? `code ${code}`})`);
    });
    return { child, spawnError: () => failure };
  }

  /** Polls until the superuser can connect, with a deadline; `failed` reports a dead start. */
  private async waitReady(password: string, failed: () => Error | undefined): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const dead = failed();
      if (dead) throw dead;
      const c = new Client({
        host: '127.0.0.1',
        port: this.port,
        user: this.credentials?.superuser.name ?? 'postgres',
        password,
        database: 'postgres',
        connectionTimeoutMillis: 2000,
      });
      c.on('error', () => undefined);
      try {
        await c.connect();
        await c.end();
        return;
      } catch (e) {
        await c.end().catch(() => undefined);
        const err = e as PgError;
        if (err.code === '28P01' || err.code === '28000') {
          throw new DatabaseStartError(
            `The PostgreSQL server on 127.0.0.1:${this.port} refuses the credentials kept in ${this.dataDir}: ` +
              "it is another cluster, not this data directory's. Stop it or set PLENARY_EMBEDDED_PORT to a free port.",
          );
        }
        if (!notYet(err)) {
          throw new DatabaseStartError(
            `Cannot use the server on 127.0.0.1:${this.port} as PostgreSQL (${err.message}): if another program ` +
              'uses this port, set PLENARY_EMBEDDED_PORT to a free port.',
          );
        }
        if (Date.now() > deadline) {
          throw new DatabaseStartError(
            `PostgreSQL on 127.0.0.1:${this.port} did not become ready within ${READY_TIMEOUT_MS / 1000} s: ${err.message}`,
          );
        }
      }
      await sleep(100);
    }
  }

  /** The server on the port must serve this data directory: same password, same path. */
  private async checkServesDataDir(): Promise<void> {
    const c = new Client({ connectionString: this.superuserUrl(), connectionTimeoutMillis: 5000 });
    c.on('error', () => undefined);
    await c.connect();
    try {
      const { rows } = await c.query<{ data_directory: string }>('SHOW data_directory');
      const served = canonical(rows[0].data_directory);
      if (served !== canonical(this.dataDir)) {
        throw new DatabaseStartError(
          `The PostgreSQL server on 127.0.0.1:${this.port} serves ${served}, not ${this.dataDir}. ` +
            'Another Plenary instance uses this port: set PLENARY_EMBEDDED_PORT to a free port.',
        );
      }
    } finally {
      await c.end().catch(() => undefined);
    }
  }

  private async replaceLegacyPassword(): Promise<void> {
    const credentials = newCredentials();
    const url = urlFor(
      `postgres://127.0.0.1:${this.port}`,
      { name: credentials.superuser.name, password: LEGACY_PASSWORD },
      'postgres',
    );
    const c = new Client({ connectionString: url });
    c.on('error', () => undefined);
    await c.connect();
    try {
      await c.query(
        `ALTER ROLE ${c.escapeIdentifier(credentials.superuser.name)} PASSWORD ${c.escapeLiteral(credentials.superuser.password)}`,
      );
    } finally {
      await c.end().catch(() => undefined);
    }
    writeCredentials(this.dataDir, credentials, this.pgUser);
    this.credentials = credentials;
    this.log.warn({ dataDir: this.dataDir }, 'replaced the fixed superuser password with a random one');
  }

  private postmasterPid(): number | undefined {
    try {
      const pid = Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }

  /** A cluster we found running is not our child: watch its postmaster's pid instead. */
  private watchAdopted(): void {
    clearInterval(this.watch);
    this.watch = setInterval(() => {
      if (this.stopping || this.child || this.adoptedPid === undefined || this.restartTimer) return;
      if (!alive(this.adoptedPid)) {
        this.adoptedPid = undefined;
        this.down('is no longer running');
      }
    }, 1000);
    this.watch.unref();
  }

  private down(what: string): void {
    if (this.stopping || this.restartTimer || this.restarting) return;
    if (Date.now() - this.upSince > STABLE_AFTER_MS) this.backoffMs = BACKOFF_FIRST_MS;
    this.log.error(
      { dataDir: this.dataDir, port: this.port, retryInMs: this.backoffMs },
      `embedded PostgreSQL ${what}; restarting in ${this.backoffMs} ms`,
    );
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, BACKOFF_MAX_MS);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.restarting = true;
      const attempt = async () => {
        if (await portAnswers(this.port)) await this.adopt();
        else await this.startOwn();
      };
      attempt().then(
        () => {
          this.restarting = false;
          this.upSince = Date.now();
          this.log.warn({ dataDir: this.dataDir, port: this.port }, 'embedded PostgreSQL restarted');
        },
        (e: unknown) => {
          this.restarting = false;
          if (this.stopping) return;
          this.log.error(
            { err: (e as Error).message, retryInMs: this.backoffMs },
            `embedded PostgreSQL did not restart; retrying in ${this.backoffMs} ms`,
          );
          this.scheduleRestart();
        },
      );
    }, delay);
  }

  async stop(owner: boolean): Promise<void> {
    this.stopping = true;
    clearInterval(this.watch);
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        const hard = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => (clearTimeout(hard), done()));
        // Fast shutdown: open transactions roll back, committed ones are on disk.
        child.kill('SIGINT');
      });
      return;
    }
    if (owner && this.adoptedPid !== undefined && alive(this.adoptedPid)) {
      const pid = this.adoptedPid;
      process.kill(pid, 'SIGINT');
      const deadline = Date.now() + 30_000;
      while (alive(pid) && Date.now() < deadline) await sleep(100);
    }
  }

  private logTail(): string {
    try {
      const lines = readFileSync(join(this.dataDir, LOG_FILE), 'utf8').trim().split('\n').slice(-20);
      const fatal = lines.filter((l) => /FATAL|PANIC|ERROR/.test(l));
      return (fatal.length ? fatal.slice(-2) : lines.slice(-1)).join(' ').trim() || 'no log output';
    } catch {
      return 'no log output';
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Keeps the PostgreSQL log from growing without end: one previous file of up to 10 MB. */
function rotate(path: string): void {
  try {
    if (statSync(path).size > 10 * 1024 * 1024) renameSync(path, `${path}.1`);
  } catch {
    // no log yet
  }
}

/** As root, PostgreSQL runs as `postgres`; the account is created (no login shell) if missing. */
function postgresUser(): PgUser {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist without the user
    }
    try {
      execFileSync(
        'useradd',
        ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
        { stdio: 'ignore' },
      );
      return { uid: id('-u'), gid: id('-g') };
    } catch (e) {
      throw new DatabaseStartError(
        `PostgreSQL cannot run as root and the postgres user could not be created: ${(e as Error).message}`,
      );
    }
  }
}

/**
 * Starts (or finds running) the embedded PostgreSQL on `dataDir` and `port`, checks that it is
 * this data directory's cluster, and makes sure the owner role and its database exist. Every
 * failure is a DatabaseStartError with one clear message.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(opts.dataDir);
  const cluster = new EmbeddedCluster(dataDir, opts.port, opts.log, opts.supervise ?? false);
  try {
    await cluster.open();
  } catch (e) {
    await cluster.stop(false).catch(() => undefined);
    if (e instanceof DatabaseStartError) throw e;
    throw new DatabaseStartError(
      `The embedded PostgreSQL (${dataDir}, port ${opts.port}) could not be started: ${(e as Error).message}`,
    );
  }
  const owner = opts.supervise ?? false;
  return {
    url: cluster.ownerUrl(),
    superuserUrl: cluster.superuserUrl(),
    dataDir,
    port: opts.port,
    credentials: cluster.creds,
    stop: () => cluster.stop(owner),
  };
}
