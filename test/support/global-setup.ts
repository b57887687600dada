import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres';
import { createBallotKeyFile } from '../../server/src/modules/vote/ballot-key-file';
import { ensureChromium } from './chromium';
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

/** Whether this run includes the browser specs (all of `npm test` does). */
function browserSpecsSelected(config: { selectProjects?: string[]; testPathPatterns?: unknown }): boolean {
  if (config.selectProjects?.length && !config.selectProjects.includes('browser')) return false;
  const patterns = (config.testPathPatterns as { patterns?: string[] } | undefined)?.patterns ?? [];
  return patterns.length === 0 || patterns.some((p) => /browser/i.test(p));
}

/**
 * One PostgreSQL for the whole run: the one DATABASE_URL names, or a fresh embedded one. A
 * template database is migrated and seeded once, by a per-run owner role that is not a
 * superuser (as the product runs); each test file clones it (CREATE DATABASE … TEMPLATE … OWNER),
 * so files run in parallel without seeing each other's rows.
 */
export default async function globalSetup(config: {
  selectProjects?: string[];
  testPathPatterns?: unknown;
}): Promise<void> {
  // Browser specs are part of `npm test`: Chromium is there (or the run stops) before any worker starts.
  if (browserSpecsSelected(config)) ensureChromium();
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const log = pino({ level: process.env.PLENARY_TEST_LOG ?? 'warn' });
    const base = mkdtempSync(join(tmpdir(), 'plenary-test-'));
    // As root, PostgreSQL runs as the postgres user, which must enter the data directory's parent.
    chmodSync(base, 0o755);
    const db = await startEmbeddedPostgres({ dataDir: join(base, 'pg'), port: await freePort(), log });
    globalThis.__PLENARY_EMBEDDED__ = db;
    serverUrl = db.superuserUrl;
  }
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const template = `plenary_tpl_${suffix}`;
  const owner = { name: `plenary_owner_${suffix}`, password: randomBytes(18).toString('base64url') };
  await prepareTemplate(serverUrl, template, owner);
  process.env.PLENARY_TEST_SERVER_URL = serverUrl;
  process.env.PLENARY_TEST_TEMPLATE = template;
  process.env.PLENARY_TEST_OWNER = JSON.stringify(owner);
  // One ballot master key for the run (ADR 0008), outside every test database, as in production.
  const keyDir = mkdtempSync(join(tmpdir(), 'plenary-test-key-'));
  process.env.PLENARY_TEST_BALLOT_KEY_FILE = join(keyDir, 'plenary-ballot.key');
  createBallotKeyFile(process.env.PLENARY_TEST_BALLOT_KEY_FILE);
  // Check the server answers before the workers start.
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  await c.end();
}
