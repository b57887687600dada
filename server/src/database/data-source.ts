import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { warmConnection } from './prepared';

// Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the local time zone.
types.setTypeParser(1082, (v: string) => v);
// COUNT(*) and bigint sums are exact integers well inside Number's range here.
types.setTypeParser(20, (v: string) => Number(v));

/** The one data source definition, shared by the server, the CLI and the tests. */
export function createDataSource(
  url: string,
  opts: { poolSize?: number; applicationName?: string } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: false,
    poolSize: opts.poolSize ?? 20,
    applicationName: opts.applicationName ?? 'plenary',
    extra: {
      // A pooled connection stays open once made (pg closes one idle for 10 s by default). Made
      // again in a vote's first seconds, it cost a fork, a SCRAM exchange and cold caches while
      // casts waited for it: their acks took 100-150 ms (README, benchmark lever 10, "Pool connections").
      idleTimeoutMillis: 0,
      // Each new connection prepares the hot statements before its first use (prepared.ts).
      onConnect: warmConnection,
    },
  });
}
