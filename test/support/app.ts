import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { createApp, defaultClientDir } from '../../server/src/app.factory';
import { Clock } from '../../server/src/common/clock';
import { parseEnv } from '../../server/src/config/env';
import { AuthService } from '../../server/src/modules/auth/auth.service';
import { createTestDatabase, testBallotKeyFile, type TestDatabase } from './db';

export class FixedClock extends Clock {
  constructor(private at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
  set(at: Date): void {
    this.at = at;
  }
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  db: TestDatabase;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real application on a private database, listening on port 0. */
export async function startTestApp(
  opts: { clock?: Clock; withClient?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const db = await createTestDatabase({ poolSize: 20 });
  const config = parseEnv({
    PORT: '0',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'warn',
    PLENARY_DEMO: 'false',
    PLENARY_BALLOT_KEY_FILE: testBallotKeyFile(),
    ...opts.env,
  });
  const logger = pino({ level: process.env.PLENARY_TEST_LOG ?? 'warn' });
  let app: NestExpressApplication | undefined;
  try {
    app = await createApp({
      config,
      dataSource: db.dataSource,
      logger,
      clock: opts.clock,
      clientDir: opts.withClient ? defaultClientDir() : null,
    });
    await app.listen(0, '127.0.0.1');
  } catch (e) {
    // A server that does not start (a wrong ballot key file, say) leaves nothing open behind it.
    await app?.close().catch(() => undefined);
    await db.drop();
    throw e;
  }
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    db,
    http: request(baseUrl),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/**
 * The session token a sign-in answered with. It travels only in the HttpOnly cookie (never in
 * the body); scripts and tests read it there and send it back as a bearer token.
 */
export function sessionTokenFrom(res: { headers: Record<string, unknown> }): string {
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const session = cookies.map((c) => /^plenary_session=([^;]+)/.exec(c)?.[1]).find(Boolean);
  if (!session) throw new Error('the answer set no plenary_session cookie');
  return decodeURIComponent(session);
}

/** Creates a staff account and returns a bearer token for it. */
export async function staffToken(
  t: TestApp,
  role: 'secretariat' | 'president',
  username: string = role,
): Promise<string> {
  const auth = t.app.get(AuthService);
  await auth
    .createUser({ username, displayName: username, role, password: 'correct horse battery' })
    .catch(() => undefined);
  const res = await t.http
    .post('/api/auth/login')
    .send({ username, password: 'correct horse battery' })
    .expect(200);
  return sessionTokenFrom(res);
}

/** 10:00 in Geneva (09:00 UTC in winter) on a calendar day: a fixed clock's usual reading. */
export const genevaMorning = (day: string) => new Date(`${day}T09:00:00Z`);
