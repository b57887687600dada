import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres';
import { prepareTemplate } from './template';

declare global {
  var __PLENARY_EMBEDDED__: EmbeddedDatabase | undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * One PostgreSQL for the whole run: the one DATABASE_URL names, or a fresh embedded one. A
 * template database is migrated and seeded once; each test file clones it (CREATE DATABASE …
 * TEMPLATE), so files run in parallel without seeing each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const log = pino({ level: process.env.PLENARY_TEST_LOG ?? 'warn' });
    const dataDir = join(mkdtempSync(join(tmpdir(), 'plenary-test-')), 'pg');
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), log });
    globalThis.__PLENARY_EMBEDDED__ = db;
    serverUrl = db.url;
  }
  const template = `plenary_tpl_${process.pid}_${Date.now().toString(36)}`;
  await prepareTemplate(serverUrl, template);
  process.env.PLENARY_TEST_SERVER_URL = serverUrl;
  process.env.PLENARY_TEST_TEMPLATE = template;
  // Check the server answers before the workers start.
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.end();
}
