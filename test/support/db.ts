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

/**
 * A meeting (the 23MSP, 2-6 March 2026), a procedural question and its open recorded vote,
 * written straight to the tables: for specs of the schema and of statements, below the services.
 */
export async function insertRecordedVote(
  ds: DataSource,
): Promise<{ meetingId: string; questionId: string; voteId: string }> {
  const [m] = await ds.query<{ id: string }[]>(
    `INSERT INTO meetings (kind, number, code, title, venue, start_date, end_date, rules)
     VALUES ('msp', 23, '23MSP', 'Twenty-Third Meeting', 'Geneva', '2026-03-02', '2026-03-06', '{}') RETURNING id`,
  );
  const [question] = await ds.query<{ id: string }[]>(
    `INSERT INTO questions (meeting_id, text, matter, rule) VALUES ($1, 'Q', 'procedural', 'majority-present-voting') RETURNING id`,
    [m.id],
  );
  const [v] = await ds.query<{ id: string }[]>(
    `INSERT INTO votes (question_id, meeting_id, method, rule, vote_date) VALUES ($1, $2, 'recorded', 'majority-present-voting', '2026-03-02') RETURNING id`,
    [question.id, m.id],
  );
  return { meetingId: m.id, questionId: question.id, voteId: v.id };
}
