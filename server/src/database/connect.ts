import { resolve } from 'node:path';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { createDataSource } from './data-source';
import { defaultDataDir, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  dataSource: DataSource;
  close(): Promise<void>;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL, reusing one that another process of
 * ours already runs on the same data directory (the CLI next to a running server).
 */
export async function openDatabase(
  config: AppConfig,
  log: Logger,
  opts: { poolSize?: number } = {},
): Promise<OpenDatabase> {
  let url = config.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let embedded = false;
  if (!url) {
    embedded = true;
    const dataDir = config.PLENARY_DATA_DIR ?? defaultDataDir(REPO_ROOT);
    const candidate = `postgres://postgres:plenary@127.0.0.1:${config.PLENARY_EMBEDDED_PORT}/plenary`;
    if (await answers(candidate)) {
      url = candidate;
      log.info({ dataDir }, 'using the embedded PostgreSQL already running');
    } else {
      const db = await startEmbeddedPostgres({ dataDir, port: config.PLENARY_EMBEDDED_PORT, log });
      url = db.url;
      stopEmbedded = () => db.stop();
    }
  }
  const dataSource = createDataSource(url, opts);
  await dataSource.initialize();
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
