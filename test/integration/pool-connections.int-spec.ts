import { Client, type Pool, type PoolClient } from 'pg';
import type { PreparedName } from '../../server/src/database/prepared';
import { createDataSource } from '../../server/src/database/data-source';
import { hotStatementNames } from '../../server/src/database/prepared';
// The modules that declare the hot statements, as the server loads them.
import '../../server/src/modules/auth/session.repository';
import '../../server/src/modules/vote/ballot.repository';
import '../../server/src/modules/vote/vote.snapshot';
import { createTestDatabase, type TestDatabase } from '../support/db';

const EVERY_HOT_STATEMENT: PreparedName[] = ['cast-recorded', 'cast-secret', 'session-resolve', 'vote-rows'];

/**
 * The server's pool (data-source.ts): a connection, once made, stays open, and comes warm: every
 * hot statement prepared on it before its first query, by a run that changes nothing. A vote's
 * first casts then never wait for a connection to be made or for its caches to fill.
 */
describe('pool connections', () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 6 });
    pool = (db.dataSource.driver as unknown as { master: Pool }).master;
  });
  afterAll(() => db.drop());

  /** What the warm-up could have written, read outside the pool. */
  async function footprint(): Promise<Record<string, number>> {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const { rows } = await c.query<Record<string, number>>(
        `SELECT (SELECT count(*) FROM cast_ops)::int AS cast_ops, (SELECT count(*) FROM ballots)::int AS ballots,
                (SELECT COALESCE(sum(version), 0) FROM meetings)::int AS meeting_versions,
                (SELECT count(*) FROM delegations WHERE present)::int AS present`,
      );
      return rows[0];
    } finally {
      await c.end();
    }
  }

  it('prepares every hot statement on each new connection before its first query, writing nothing', async () => {
    expect([...hotStatementNames()].sort()).toEqual(EVERY_HOT_STATEMENT);
    const before = await footprint();
    // Every connection the pool may hold, at once: each is new or was warmed when it was made.
    const held: PoolClient[] = await Promise.all(Array.from({ length: 6 }, () => pool.connect()));
    try {
      const names = await Promise.all(
        held.map(async (c) => {
          const { rows } = await c.query<{ names: string[] }>(
            'SELECT COALESCE(array_agg(name::text ORDER BY name), ARRAY[]::text[]) AS names FROM pg_prepared_statements',
          );
          return rows[0].names;
        }),
      );
      expect(names).toEqual(held.map(() => EVERY_HOT_STATEMENT));
    } finally {
      held.forEach((c) => c.release());
    }
    expect(await footprint()).toEqual(before);
  });

  it('never waits for a lock: a table held by another transaction leaves its statements to their first use', async () => {
    // SHARE on meetings blocks the cast statements (their presence branch updates meetings): a
    // warm-up that waited would hold the new connection, and here its caller, until the holder ends.
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    const fresh = createDataSource(db.url, { poolSize: 1 });
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE meetings IN SHARE MODE');
      await fresh.initialize();
      const [{ names }] = await fresh.query<{ names: string[] }[]>(
        'SELECT COALESCE(array_agg(name::text ORDER BY name), ARRAY[]::text[]) AS names FROM pg_prepared_statements',
      );
      expect(names).toEqual(['session-resolve', 'vote-rows']);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
      if (fresh.isInitialized) await fresh.destroy();
    }
  }, 30_000);

  it('keeps an idle connection open (pg closes one idle for 10 s by default)', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const held = await Promise.all(Array.from({ length: 3 }, () => pool.connect()));
      held.forEach((c) => c.release());
      const open = pool.totalCount;
      expect(pool.idleCount).toBe(open);
      jest.advanceTimersByTime(10 * 60_000);
      expect(pool.totalCount).toBe(open);
      expect(pool.idleCount).toBe(open);
    } finally {
      jest.useRealTimers();
    }
  });
});
