import type { DataSource } from 'typeorm';

/** Fixed key: every node takes the same lock, so two nodes starting together migrate once. */
const MIGRATION_LOCK_KEY = 72_1997_12;

export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

export async function migrationState(
  ds: DataSource,
): Promise<{ applied: number; pending: number; latest: string | null }> {
  const known = ds.migrations.length;
  const hasTable = await ds.query<{ t: string | null }[]>("SELECT to_regclass('public.migrations') AS t");
  if (!hasTable[0]?.t) return { applied: 0, pending: known, latest: null };
  const rows = await ds.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY id');
  return {
    applied: rows.length,
    pending: Math.max(0, known - rows.length),
    latest: rows.at(-1)?.name ?? null,
  };
}

/** The SQL that would bring the schema in line with the entities: empty when there is no drift. */
export async function pendingSchemaChanges(ds: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await ds.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}
