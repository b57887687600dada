import { Client } from 'pg';
import { createDataSource } from '../../server/src/database/data-source';
import { runMigrations } from '../../server/src/database/migrate';
import { seedRegister } from '../../server/src/modules/register/register.seed';

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await admin(serverUrl, (c) =>
    c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Migrated schema plus the seeded register: what every test starts from. */
export async function prepareTemplate(serverUrl: string, name: string): Promise<void> {
  await dropDatabase(serverUrl, name);
  const url = await createDatabase(serverUrl, name);
  const ds = createDataSource(url, { poolSize: 2 });
  await ds.initialize();
  try {
    await runMigrations(ds);
    await seedRegister(ds);
  } finally {
    await ds.destroy();
  }
}
