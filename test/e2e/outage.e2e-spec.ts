import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/src/app.factory';
import { parseEnv } from '../../server/src/config/env';
import { createDataSource } from '../../server/src/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/database/embedded-postgres';
import { runMigrations } from '../../server/src/database/migrate';
import { seedRegister } from '../../server/src/modules/register/register.seed';
import { FixedClock, genevaMorning, staffToken, type TestApp } from '../support/app';
import { freePort } from '../support/global-setup';
import {
  bearer,
  castOverSocket,
  checkIn,
  connect,
  delegations,
  setUpMeeting,
  signInDelegation,
  type ClientSocket,
} from '../support/plenary';
import { until } from '../support/wait';

const log = pino({ level: process.env.PLENARY_TEST_LOG ?? 'silent' });

// While its PostgreSQL is away the server stays up and says so: a retryable code the pad sends
// the same operation again on, and a health answer without hosts, ports or driver messages.
/** The database coming back: errors meanwhile are "not yet". */
const BACK = { timeoutMs: 60_000, everyMs: 50, retryErrors: true };

describe('database outage', () => {
  let dir: string;
  let port: number;
  let pg: EmbeddedDatabase;
  let t: TestApp;
  let socket: ClientSocket;
  let meetingId: string;
  let voteId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-outage-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, log });
    const dataSource = createDataSource(pg.url, { poolSize: 10 });
    await dataSource.initialize();
    await runMigrations(dataSource);
    await seedRegister(dataSource);
    const config = parseEnv({
      PORT: '0',
      DATABASE_URL: pg.url,
      LOG_LEVEL: 'silent',
      PLENARY_DEMO: 'false',
      PLENARY_BALLOT_KEY_FILE: join(dir, 'plenary-ballot.key'),
    });
    const app: NestExpressApplication = await createApp({
      config,
      dataSource,
      logger: log,
      clock: new FixedClock(genevaMorning('2026-03-02')),
      clientDir: null,
    });
    await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    t = {
      app,
      baseUrl,
      http: request(baseUrl),
      db: undefined as never,
      async close() {
        await app.close();
        await dataSource.destroy();
      },
    };
    const secretariat = await staffToken(t, 'secretariat');
    const president = await staffToken(t, 'president');
    meetingId = (await setUpMeeting(t, secretariat)).id;
    const all = (await delegations(t, meetingId)).filter((d) => d.standing === 'participant');
    await checkIn(
      t,
      secretariat,
      all.slice(0, 100).map((d) => d.id),
    );
    socket = await connect(t, await signInDelegation(t, secretariat, all[0].id));
    await t.http
      .post(`/api/meetings/${meetingId}/status`)
      .set(bearer(president))
      .send({ action: 'open' })
      .expect(201);
    const q = (
      await t.http
        .post(`/api/meetings/${meetingId}/questions`)
        .set(bearer(president))
        .send({ text: 'Outage motion', matter: 'procedural' })
        .expect(201)
    ).body;
    voteId = (
      await t.http
        .post(`/api/questions/${q.id}/votes`)
        .set(bearer(president))
        .send({ method: 'recorded' })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    socket?.disconnect();
    await t?.close();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers DATABASE_UNAVAILABLE while PostgreSQL is down, then counts the retried cast once', async () => {
    await pg.stop();

    const health = await t.http.get('/api/health').expect(503);
    expect(health.body).toMatchObject({
      status: 'degraded',
      database: { reachable: false, latencyMs: null, error: 'database unavailable' },
      migrations: null,
    });
    // No address, port or driver text (the uptime aside: a number of seconds, not a port).
    const { uptimeSeconds: _uptime, ...said } = health.body as Record<string, unknown>;
    expect(JSON.stringify(said)).not.toMatch(/ECONN|127\.0\.0\.1|localhost|:\d{4,5}|postgres/i);

    const http = await t.http.get(`/api/meetings/${meetingId}/delegations`).expect(503);
    expect(http.body).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(JSON.stringify(http.body)).not.toMatch(/ECONN|127\.0\.0\.1/);

    const opId = randomUUID();
    const during = await castOverSocket(socket, voteId, 'yes', opId);
    expect(during).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });

    pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, log });
    await until(
      'health',
      async () => ((await t.http.get('/api/health')).status === 200 ? true : undefined),
      BACK,
    );

    // The pad sends the same operation again: it counts once, however often it was sent.
    const after = await until(
      'the cast',
      async () => {
        const ack = await castOverSocket(socket, voteId, 'yes', opId);
        return ack.ok ? ack : undefined;
      },
      BACK,
    );
    expect(after.data).toMatchObject({ choice: 'yes' });
    const again = await castOverSocket(socket, voteId, 'yes', opId);
    expect(again).toMatchObject({ ok: true, data: { replayed: true } });
    const vote = (await t.http.get(`/api/votes/${voteId}`).expect(200)).body as {
      counts: { yes: number; no: number; abstain: number };
    };
    expect(vote.counts).toMatchObject({ yes: 1, no: 0, abstain: 0 });
  });
});
