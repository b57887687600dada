import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseEnv } from '../../server/src/config/env';
import { openDatabase } from '../../server/src/database/connect';
import { urlFor, withClient } from '../../server/src/database/database-roles';
import { DatabaseStartError } from '../../server/src/database/database-start.error';
import { CREDENTIALS_FILE } from '../../server/src/database/embedded-credentials';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres';
import { createTestDatabase } from '../support/db';
import { freePort } from '../support/global-setup';
import { until } from '../support/wait';

const SERVER = join(__dirname, '..', '..', 'server', 'dist', 'main.js');

/** A logger whose lines the spec can read. */
function capture() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino(
    { level: 'info' },
    { write: (s: string) => lines.push(JSON.parse(s) as { level: number; msg: string }) },
  );
  return { log, lines };
}

/** A restart takes its time, and connecting meanwhile fails: both are "not yet". */
const RESTART = { timeoutMs: 60_000, everyMs: 50, retryErrors: true };

const canConnect = async (url: string) =>
  withClient(url, async (c) => (await c.query('SELECT 1')).rowCount === 1);

describe('the embedded PostgreSQL', () => {
  let dir: string;
  let port: number;
  let a: EmbeddedDatabase;
  const { log, lines } = capture();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-embedded-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    a = await startEmbeddedPostgres({ dataDir: join(dir, 'a'), port, log, supervise: true });
  });
  afterAll(async () => {
    await a?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a random superuser password in its data directory, readable by its owner only', async () => {
    const file = join(dir, 'a', CREDENTIALS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const creds = JSON.parse(readFileSync(file, 'utf8')) as { superuser: { password: string } };
    expect(creds.superuser.password).toMatch(/^[\w-]{32}$/);
    // The fixed password of earlier versions opens nothing.
    const legacy = urlFor(
      `postgres://127.0.0.1:${port}`,
      { name: 'postgres', password: 'plenary' },
      'postgres',
    );
    await expect(canConnect(legacy)).rejects.toMatchObject({ code: '28P01' });
    await expect(canConnect(a.superuserUrl)).resolves.toBe(true);
  });

  it('gives the app an owner role that is not a superuser and owns the plenary database', async () => {
    const role = await withClient(a.url, async (c) => {
      const r = await c.query<{
        rolsuper: boolean;
        rolcreatedb: boolean;
        rolcreaterole: boolean;
        owner: string;
      }>(
        `SELECT r.rolsuper, r.rolcreatedb, r.rolcreaterole, pg_get_userbyid(d.datdba) AS owner
           FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
      );
      return { ...r.rows[0], me: (await c.query<{ u: string }>('SELECT current_user AS u')).rows[0].u };
    });
    expect(role).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      owner: 'plenary',
      me: 'plenary',
    });
  });

  it('is found running by a second process on the same data directory (the CLI beside the server)', async () => {
    const b = await startEmbeddedPostgres({ dataDir: join(dir, 'a'), port, log });
    expect(b.url).toBe(a.url);
    await b.stop(); // borrowed, so not stopped
    await expect(canConnect(a.url)).resolves.toBe(true);
  });

  it('refuses another data directory on the same port, with a clear message', async () => {
    const other = join(dir, 'other');
    await expect(startEmbeddedPostgres({ dataDir: other, port, log })).rejects.toThrow(
      new DatabaseStartError(
        `A PostgreSQL server already answers on 127.0.0.1:${port}, and ${other} holds no Plenary credentials, so it is not this data directory's server. Stop that server or set PLENARY_EMBEDDED_PORT to a free port.`,
      ),
    );
    // Even holding the same password, a different directory is not the same database.
    const copy = join(dir, 'copy');
    mkdirSync(copy, { mode: 0o700 });
    copyFileSync(join(dir, 'a', CREDENTIALS_FILE), join(copy, CREDENTIALS_FILE));
    chmodSync(join(copy, CREDENTIALS_FILE), 0o600);
    await expect(startEmbeddedPostgres({ dataDir: copy, port, log })).rejects.toThrow(
      `The PostgreSQL server on 127.0.0.1:${port} serves ${join(dir, 'a')}, not ${copy}.`,
    );
  });

  it('refuses a server on the port that does not take its password', async () => {
    const p = await freePort();
    const b = await startEmbeddedPostgres({ dataDir: join(dir, 'b'), port: p, log });
    try {
      const c = join(dir, 'c');
      mkdirSync(c, { mode: 0o700 });
      copyFileSync(join(dir, 'a', CREDENTIALS_FILE), join(c, CREDENTIALS_FILE));
      chmodSync(join(c, CREDENTIALS_FILE), 0o600);
      await expect(startEmbeddedPostgres({ dataDir: c, port: p, log })).rejects.toThrow(
        /refuses the credentials kept in .*: it is another cluster/,
      );
    } finally {
      await b.stop();
    }
  });

  it('refuses a port taken by a program that is not PostgreSQL, at once', async () => {
    const sockets = new Set<Socket>();
    const other = createServer((sock) => {
      sockets.add(sock);
      sock.on('error', () => undefined);
      sock.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    const p = await freePort();
    await new Promise<void>((done) => other.listen(p, '127.0.0.1', done));
    try {
      const c = join(dir, 'd');
      mkdirSync(c, { mode: 0o700 });
      copyFileSync(join(dir, 'a', CREDENTIALS_FILE), join(c, CREDENTIALS_FILE));
      chmodSync(join(c, CREDENTIALS_FILE), 0o600);
      await expect(startEmbeddedPostgres({ dataDir: c, port: p, log })).rejects.toThrow(
        new RegExp(
          `^Cannot use the server on 127\\.0\\.0\\.1:${p} as PostgreSQL .*set PLENARY_EMBEDDED_PORT to a free port\\.$`,
        ),
      );
    } finally {
      sockets.forEach((sock) => sock.destroy());
      await new Promise((done) => other.close(done));
    }
  });

  it('is restarted by its supervisor after kill -9, and the log says so', async () => {
    const pidOf = () => Number(readFileSync(join(dir, 'a', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const before = pidOf();
    process.kill(before, 'SIGKILL');
    await until(
      'a new postmaster',
      async () => {
        const pid = pidOf();
        return pid !== before && (await canConnect(a.url)) ? pid : undefined;
      },
      RESTART,
    );
    expect(
      lines.some(
        (l) => l.level === 50 && /embedded PostgreSQL exited \(SIGKILL\); restarting in \d+ ms/.test(l.msg),
      ),
    ).toBe(true);
    await until(
      'the restart log line',
      () =>
        Promise.resolve(lines.some((l) => /embedded PostgreSQL restarted/.test(l.msg)) ? true : undefined),
      RESTART,
    );
  });

  it('refuses a credentials file that other users can read', async () => {
    const file = join(dir, 'a', CREDENTIALS_FILE);
    chmodSync(file, 0o644);
    try {
      await expect(startEmbeddedPostgres({ dataDir: join(dir, 'a'), port, log })).rejects.toThrow(
        `${file} is readable by other users (mode 644): run \`chmod 600 ${file}\`.`,
      );
    } finally {
      chmodSync(file, 0o600);
    }
  });

  it('replaces the fixed password of a cluster made by an earlier version at its first start', async () => {
    const p = await freePort();
    const legacyDir = join(dir, 'legacy');
    const first = await startEmbeddedPostgres({ dataDir: legacyDir, port: p, log });
    await withClient(first.superuserUrl, (c) => c.query(`ALTER ROLE postgres PASSWORD 'plenary'`));
    await first.stop();
    rmSync(join(legacyDir, CREDENTIALS_FILE));
    const again = await startEmbeddedPostgres({ dataDir: legacyDir, port: p, log });
    try {
      expect(statSync(join(legacyDir, CREDENTIALS_FILE)).mode & 0o777).toBe(0o600);
      const legacy = urlFor(
        `postgres://127.0.0.1:${p}`,
        { name: 'postgres', password: 'plenary' },
        'postgres',
      );
      await expect(canConnect(legacy)).rejects.toMatchObject({ code: '28P01' });
      await expect(canConnect(again.url)).resolves.toBe(true);
      expect(lines.some((l) => /replaced the fixed superuser password with a random one/.test(l.msg))).toBe(
        true,
      );
    } finally {
      await again.stop();
    }
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? it : it.skip)('as root, refuses a data directory the postgres user cannot reach', async () => {
    const closed = join(dir, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    chmodSync(closed, 0o700);
    await expect(
      startEmbeddedPostgres({ dataDir: join(closed, 'pg'), port: await freePort(), log }),
    ).rejects.toThrow(
      `The postgres user cannot enter ${closed}, so PostgreSQL cannot use ${join(closed, 'pg')}.`,
    );
    // Nothing was loosened to make it work.
    expect(statSync(closed).mode & 0o777).toBe(0o700);
  });

  it('refuses a data directory that is neither empty nor PostgreSQL, in one line from `npm start`', async () => {
    const junk = join(dir, 'junk');
    mkdirSync(junk, { mode: 0o700 });
    writeFileSync(join(junk, 'notes.txt'), 'not a database');
    await expect(startEmbeddedPostgres({ dataDir: junk, port: await freePort(), log })).rejects.toThrow(
      /is neither empty nor a PostgreSQL data directory/,
    );
    const child = spawn(process.execPath, [SERVER], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: String(await freePort()),
        PLENARY_EMBEDDED_PORT: String(await freePort()),
        PLENARY_DATA_DIR: junk,
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `plenary: ${junk} is neither empty nor a PostgreSQL data directory (it holds notes.txt…).`,
    ]);
  });
});

describe('DATABASE_URL naming a superuser', () => {
  it('works, with a warning that the app should connect as the owner instead', async () => {
    const db = await createTestDatabase({ poolSize: 1 });
    const { log, lines } = capture();
    try {
      const open = await openDatabase(parseEnv({ DATABASE_URL: db.superuserUrl }), log, { poolSize: 1 });
      await open.close();
      expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
        expect.stringMatching(/^DATABASE_URL connects as a superuser: use a role that owns the database/),
      ]);
      const asOwner = await openDatabase(parseEnv({ DATABASE_URL: db.url }), log, { poolSize: 1 });
      await asOwner.close();
      expect(lines.filter((l) => l.level === 40)).toHaveLength(1);
    } finally {
      await db.drop();
    }
  });
});
