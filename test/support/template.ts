import { Client } from 'pg';
import { createDataSource } from '../../server/src/database/data-source';
import { ensureOwnerRole, urlFor, type RoleSpec } from '../../server/src/database/database-roles';
import { runMigrations } from '../../server/src/database/migrate';
import { seedPastPresidents } from '../../server/src/modules/office/office-history.seed';
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

/**
 * A copy of `template` owned by `owner`; returns the owner's URL for it (what the app uses).
 * Without an owner, the superuser's URL.
 */
export async function createDatabase(
  serverUrl: string,
  name: string,
  template?: string,
  owner?: RoleSpec,
): Promise<string> {
  await admin(serverUrl, (c) =>
    c.query(
      `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}${owner ? ` OWNER "${owner.name}"` : ''}`,
    ),
  );
  return owner ? urlFor(serverUrl, owner, name) : withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * Migrated schema plus the seeded register: what every test starts from. Migrated as the owner
 * role, as the product migrates, so its objects belong to that role in every copy.
 */
export async function prepareTemplate(serverUrl: string, name: string, owner: RoleSpec): Promise<void> {
  await dropDatabase(serverUrl, name);
  await ensureOwnerRole(serverUrl, owner, name);
  const ds = createDataSource(urlFor(serverUrl, owner, name), { poolSize: 2 });
  await ds.initialize();
  try {
    await runMigrations(ds);
    await seedRegister(ds);
    await seedPastPresidents(ds);
  } finally {
    await ds.destroy();
  }
}

/** Drops the run's owner role once its databases are gone (best effort: a leftover keeps it). */
export async function dropRole(serverUrl: string, role: string): Promise<void> {
  await admin(serverUrl, (c) => c.query(`DROP ROLE IF EXISTS "${role}"`));
}
