import type { ClientBase, Pool } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

/**
 * The names of the statements prepared once per pooled connection: the hot path of a meeting
 * (a cast, a session re-read, a tally read). One list, so no two statements share a name.
 */
export type PreparedName = 'cast-recorded' | 'cast-secret' | 'session-resolve' | 'vote-rows';

/** For a hot statement's idle values: no row has the nil UUID (gen_random_uuid() makes version 4 ones). */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** For a hot statement's idle values: no session's token hash (hex SHA-256) is this. */
export const NO_TOKEN_HASH = 'no session has this hash';

/** A statement prepared under its name once per pooled connection. */
export interface PreparedStatement {
  readonly name: PreparedName;
  readonly text: string;
}

/** The hot statements every new pooled connection runs once, with values that match no row. */
const warmUps = new Map<PreparedName, { statement: PreparedStatement; idle: readonly unknown[] }>();

/**
 * Declares a hot statement (module scope, once) and the values a new pooled connection runs it
 * with before its first use (`warmConnection`). `idle` must match no row, so the run changes
 * nothing; it parses and plans the statement on that connection and loads the catalog entries of
 * every table it reads. Without it, the first cast on each connection pays both, and a vote's
 * first seconds find most connections cold: measured in the live-vote benchmark, those casts
 * waited 100-150 ms (README, benchmark lever 10, "Pool connections").
 */
export function hotStatement(name: PreparedName, text: string, idle: readonly unknown[]): PreparedStatement {
  const known = warmUps.get(name);
  if (known && known.statement.text !== text) throw new Error(`Two hot statements are named ${name}`);
  const statement = known?.statement ?? { name, text };
  warmUps.set(name, { statement, idle });
  return statement;
}

/** The hot statements declared in this process (for tests). */
export function hotStatementNames(): PreparedName[] {
  return [...warmUps.keys()];
}

/** How long a warm-up waits for a table lock before it leaves that statement to its first use. */
const WARM_LOCK_TIMEOUT_MS = 10;

/**
 * pg-pool's `onConnect` (data-source.ts): runs every hot statement once on a new connection,
 * before the pool hands it out, each in a transaction rolled back at once (so it writes nothing,
 * whatever its values) that never waits for a lock: parsing a statement that writes takes its
 * tables' locks, and a transaction holding one of them (LOCK TABLE, a migration) would otherwise
 * hold up whoever asked for the connection, and that caller may hold the lock's way out. A named
 * statement outlives the rollback. Never fails the connection: a statement that cannot run now
 * (a lock held, the CLI before its migrations) is prepared later, at its first use.
 */
export async function warmConnection(client: ClientBase): Promise<void> {
  for (const { statement, idle } of warmUps.values()) {
    await client.query(`BEGIN; SET LOCAL lock_timeout = '${WARM_LOCK_TIMEOUT_MS}ms'`).catch(() => undefined);
    await client
      .query({ name: statement.name, text: statement.text, values: [...idle] })
      .catch(() => undefined);
    await client.query('ROLLBACK').catch(() => undefined);
  }
}

/**
 * A statement on the hot path, prepared under its name once per pooled connection: PostgreSQL
 * then parses and plans it once per connection instead of at every call. For the cast statement
 * that was half its time on the server (1.69 ms against 0.83 ms at the median, measured in the
 * live-vote benchmark at W = 0). Runs on the same pool as `ds.query`, in autocommit; an error is
 * TypeORM's QueryFailedError, as `ds.query` throws, so callers treat both alike (retries,
 * scrubbing, the database being away).
 */
export async function queryPrepared<T>(
  ds: DataSource,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  const { name, text } = statement;
  try {
    const result = await pool.query({ name, text, values });
    return result.rows as T[];
  } catch (e) {
    throw new QueryFailedError(text, values, e as Error);
  }
}
