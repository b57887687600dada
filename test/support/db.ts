import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../server/src/database/data-source';
import type { RoleSpec } from '../../server/src/database/database-roles';
import { createDatabase, dropDatabase, withDatabase } from './template';

export interface TestDatabase {
  /** The owner role's URL: not a superuser, as the app connects in production. */
  url: string;
  /** The same database as the superuser, for specs that tamper with it as an attacker would. */
  superuserUrl: string;
  name: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** The per-run owner role global setup created (test/support/global-setup.ts). */
export function testOwner(): RoleSpec {
  const owner = process.env.PLENARY_TEST_OWNER;
  if (!owner) throw new Error('test/support/global-setup.ts did not run');
  return JSON.parse(owner) as RoleSpec;
}

/** The run's ballot master key file (global setup), which every test server is given. */
export function testBallotKeyFile(): string {
  const file = process.env.PLENARY_TEST_BALLOT_KEY_FILE;
  if (!file) throw new Error('test/support/global-setup.ts did not run');
  return file;
}

/** A private copy of the migrated, seeded template for one test file. */
export async function createTestDatabase(opts: { poolSize?: number } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.PLENARY_TEST_SERVER_URL;
  const template = process.env.PLENARY_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('test/support/global-setup.ts did not run');
  const name = `plenary_t_${randomBytes(5).toString('hex')}`;
  const url = await createDatabase(serverUrl, name, template, testOwner());
  const dataSource = createDataSource(url, { poolSize: opts.poolSize ?? 10 });
  await dataSource.initialize();
  return {
    url,
    superuserUrl: withDatabase(serverUrl, name),
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
