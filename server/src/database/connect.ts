import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { createDataSource } from './data-source';
import { currentRole } from './database-roles';
import { DatabaseStartError } from './database-start.error';
import { isRoot, traversableByOthers } from './embedded-binaries';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  dataSource: DataSource;
  close(): Promise<void>;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Where the data lives unless PLENARY_DATA_DIR says otherwise. As root, PostgreSQL runs as the
 * `postgres` user, which cannot enter a checkout inside root's home: use /var/lib/plenary then.
 */
export function defaultDataDir(repoRoot: string): string {
  const local = join(repoRoot, '.data', 'postgres');
  if (!isRoot()) return local;
  return traversableByOthers(repoRoot) ? local : '/var/lib/plenary/postgres';
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL on PLENARY_DATA_DIR, started here or
 * found running (the CLI next to a running server) once it is proved to serve that directory.
 * Either way the app connects as the database's owner, never as a superuser (ADR 0005).
 * `supervise`: the server restarts the embedded cluster when it dies and stops it on shutdown.
 */
export async function openDatabase(
  config: AppConfig,
  log: Logger,
  opts: { poolSize?: number; supervise?: boolean } = {},
): Promise<OpenDatabase> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  const embedded = !url;
  if (!url) {
    const db = await startEmbeddedPostgres({
      dataDir: config.PLENARY_DATA_DIR ?? defaultDataDir(REPO_ROOT),
      port: config.PLENARY_EMBEDDED_PORT,
      log,
      supervise: opts.supervise,
    });
    url = db.url;
    stopEmbedded = () => db.stop();
  }
  const dataSource = createDataSource(url, { poolSize: opts.poolSize });
  try {
    await dataSource.initialize();
  } catch (e) {
    await stopEmbedded?.().catch(() => undefined);
    throw new DatabaseStartError(
      `Cannot connect to the database${embedded ? '' : ' named by DATABASE_URL'}: ${(e as Error).message}`,
    );
  }
  if (!embedded) {
    const role = await currentRole((sql) => dataSource.query(sql));
    if (role.superuser) {
      log.warn(
        { role: role.name },
        'DATABASE_URL connects as a superuser: use a role that owns the database and is not a superuser, ' +
          "so no one can switch off the record's triggers through the app (see docs/adr/0005-database-roles-and-hash-chain.md)",
      );
    }
  }
  return {
    url,
    embedded,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}
