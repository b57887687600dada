import { QueryFailedError } from 'typeorm';
import { queryPrepared } from '../../server/src/database/prepared';
import { isRetryable, scrubbed } from '../../server/src/common/transaction';
import { createTestDatabase, type TestDatabase } from '../support/db';

/**
 * The hot path's statements are prepared once per pooled connection, on the same pool as
 * `ds.query`, and fail as `ds.query` fails: the callers' retries and scrubbing work unchanged.
 */
describe('prepared statements', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('answers rows, whichever pooled connection runs it', async () => {
    const sql = 'SELECT $1::int + 1 AS n';
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        queryPrepared<{ n: number }>(db.dataSource, { name: 'vote-rows', text: sql }, [i]),
      ),
    );
    expect(runs.map((r) => r[0].n)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('lists the statement in pg_prepared_statements of the connection that ran it', async () => {
    const sql = `SELECT (SELECT count(*) FROM pg_prepared_statements WHERE name = 'session-resolve')::int AS here, $1::text AS echo`;
    // Parsed under its name before it executes, so even a connection's first run sees itself.
    const runs = await Promise.all(
      Array.from({ length: 20 }, () =>
        queryPrepared<{ here: number }>(db.dataSource, { name: 'session-resolve', text: sql }, ['b']),
      ),
    );
    expect(runs.map((r) => r[0].here)).toEqual(Array.from({ length: 20 }, () => 1));
  });

  it('fails as ds.query fails: a QueryFailedError with the SQLSTATE, scrubbed of its parameters on the ballot path', async () => {
    const bad = queryPrepared(db.dataSource, { name: 'cast-recorded', text: 'SELECT $1::uuid AS id' }, [
      'not-a-uuid',
    ]);
    await expect(bad).rejects.toBeInstanceOf(QueryFailedError);
    const e = (await bad.catch((x: unknown) => x)) as QueryFailedError & { code: string };
    expect(e.code).toBe('22P02');
    expect(isRetryable(e)).toBe(false);
    const clean = scrubbed(e, 'cast') as Error & { code: string };
    expect(clean).not.toHaveProperty('parameters');
    expect(clean.code).toBe('22P02');
    expect(clean.message).toMatch(/^cast not written: /);
  });
});
