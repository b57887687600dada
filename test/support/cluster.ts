import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/src/app.factory';
import type { Clock } from '../../server/src/common/clock';
import { parseEnv } from '../../server/src/config/env';
import { createDataSource } from '../../server/src/database/data-source';
import type { TestApp } from './app';
import { testBallotKeyFile, type TestDatabase } from './db';

/**
 * One server node on an existing test database, as a second process behind a load balancer would
 * be: its own data source (pool) and, with PLENARY_CLUSTER=true, its own adapter pool. close()
 * stops this node only; the database stays for the other nodes.
 */
export async function startTestNode(
  db: TestDatabase,
  opts: { clock?: Clock; env?: Record<string, string>; name?: string } = {},
): Promise<TestApp> {
  const dataSource = createDataSource(db.url, {
    poolSize: 20,
    applicationName: `plenary-${opts.name ?? 'node'}`,
  });
  await dataSource.initialize();
  const config = parseEnv({
    PORT: '0',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'warn',
    PLENARY_DEMO: 'false',
    PLENARY_CLUSTER: 'true',
    // Every node of a cluster is given the same ballot master key file (ADR 0008).
    PLENARY_BALLOT_KEY_FILE: testBallotKeyFile(),
    ...opts.env,
  });
  const logger = pino({ level: process.env.PLENARY_TEST_LOG ?? 'warn' });
  let app: TestApp['app'] | undefined;
  try {
    app = await createApp({ config, dataSource, logger, clock: opts.clock, clientDir: null });
    await app.listen(0, '127.0.0.1');
  } catch (e) {
    // A node that does not start (a wrong ballot key file, say) leaves no pool open behind it.
    await app?.close().catch(() => undefined);
    await dataSource.destroy();
    throw e;
  }
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    app,
    baseUrl,
    db,
    http: request(baseUrl),
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await dataSource.destroy();
    },
  };
}
