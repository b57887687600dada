import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/database/data-source';
import { createDatabase, dropDatabase } from './template';

export interface TestDatabase {
  url: string;
  name: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** A private copy of the migrated, seeded template for one test file. */
export async function createTestDatabase(opts: { poolSize?: number } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.PLENARY_TEST_SERVER_URL;
  const template = process.env.PLENARY_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('test/support/global-setup.ts did not run');
  const name = `plenary_t_${randomBytes(5).toString('hex')}`;
  const url = await createDatabase(serverUrl, name, template);
  const dataSource = createDataSource(url, { poolSize: opts.poolSize ?? 10 });
  await dataSource.initialize();
  return {
    url,
    name,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** Empties the tables a test wrote to, keeping the seeded register. */
export async function truncate(ds: DataSource, tables: string[]): Promise<void> {
  if (tables.length)
    await ds.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
}
