import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

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
  });
}
