import { Client, escapeIdentifier, escapeLiteral } from 'pg';

export interface RoleSpec {
  name: string;
  password: string;
}

/** Connects, runs fn, always ends the connection; errors on an idle client are not fatal. */
export async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

export function urlFor(base: string, user: RoleSpec | null, database: string): string {
  const u = new URL(base);
  if (user) {
    u.username = encodeURIComponent(user.name);
    u.password = encodeURIComponent(user.password);
  }
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The role the app, the CLI and the migrations connect as: it owns the database and every object
 * in it, and nothing more (no superuser, no CREATEDB, no CREATEROLE, no replication, no BYPASSRLS).
 * A superuser is refused what a table owner is refused: a superuser can switch off triggers
 * (`session_replication_role = replica`), read and write any database, and run programs on the
 * host (COPY ... PROGRAM). Idempotent: run at every start of the embedded cluster.
 */
export async function ensureOwnerRole(
  superuserUrl: string,
  owner: RoleSpec,
  database: string,
): Promise<void> {
  const role = escapeIdentifier(owner.name);
  const attrs = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${escapeLiteral(owner.password)}`;
  await withClient(urlFor(superuserUrl, null, 'postgres'), async (c) => {
    const exists = await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [owner.name]);
    await c.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} ${attrs}`);
    const db = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount) await c.query(`ALTER DATABASE ${escapeIdentifier(database)} OWNER TO ${role}`);
    else await c.query(`CREATE DATABASE ${escapeIdentifier(database)} OWNER ${role}`);
    // Only the owner (and the superuser) may connect: no other role of the cluster reads the meeting.
    await c.query(`REVOKE ALL ON DATABASE ${escapeIdentifier(database)} FROM PUBLIC`);
  });
  await withClient(urlFor(superuserUrl, null, database), (c) => transferOwnership(c, owner.name));
}

/**
 * Hands every table, sequence, view, function and type of the public schema to the owner:
 * databases created before the owner role existed were migrated by the superuser. Objects that
 * belong to an extension (pgcrypto) stay with it.
 */
async function transferOwnership(c: Client, owner: string): Promise<void> {
  const role = escapeIdentifier(owner);
  const notInExtension = (catalog: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = o.oid AND d.deptype = 'e')`;
  const relations = await c.query<{ name: string; kind: string }>(
    `SELECT o.oid::regclass::text AS name, o.relkind AS kind
       FROM pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace
      WHERE n.nspname = 'public' AND o.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        AND pg_get_userbyid(o.relowner) <> $1 AND ${notInExtension('pg_class')}
        -- a sequence owned by a column follows its table
        AND NOT (o.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = o.oid AND d.deptype IN ('a', 'i')))
      ORDER BY o.relkind = 'S'`,
    [owner],
  );
  for (const r of relations.rows) {
    const what =
      r.kind === 'S' ? 'SEQUENCE' : r.kind === 'v' ? 'VIEW' : r.kind === 'm' ? 'MATERIALIZED VIEW' : 'TABLE';
    await c.query(`ALTER ${what} ${r.name} OWNER TO ${role}`);
  }
  const functions = await c.query<{ sig: string }>(
    `SELECT o.oid::regprocedure::text AS sig FROM pg_proc o JOIN pg_namespace n ON n.oid = o.pronamespace
      WHERE n.nspname = 'public' AND pg_get_userbyid(o.proowner) <> $1 AND ${notInExtension('pg_proc')}`,
    [owner],
  );
  for (const f of functions.rows) await c.query(`ALTER ROUTINE ${f.sig} OWNER TO ${role}`);
  const types = await c.query<{ name: string }>(
    `SELECT o.oid::regtype::text AS name FROM pg_type o JOIN pg_namespace n ON n.oid = o.typnamespace
      WHERE n.nspname = 'public' AND o.typtype IN ('e', 'd') AND pg_get_userbyid(o.typowner) <> $1
        AND ${notInExtension('pg_type')}`,
    [owner],
  );
  for (const t of types.rows) await c.query(`ALTER TYPE ${t.name} OWNER TO ${role}`);
}

/** The roles a connection acts as, for the warning about connecting as a superuser. */
export async function currentRole(query: <T>(sql: string) => Promise<T[]>): Promise<{
  name: string;
  superuser: boolean;
}> {
  const [row] = await query<{ name: string; superuser: boolean }>(
    'SELECT current_user AS name, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
  );
  return row;
}
