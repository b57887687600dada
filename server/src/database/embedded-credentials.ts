import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseStartError } from './database-start.error';

/**
 * The embedded cluster's secrets, kept in its data directory (mode 0600): a random password for
 * the superuser, used only to check the cluster and to create the owner, and the owner role the
 * app, the CLI and the migrations connect as.
 */
export interface EmbeddedCredentials {
  version: 1;
  superuser: { name: string; password: string };
  owner: { name: string; password: string };
  database: string;
}

export const CREDENTIALS_FILE = 'plenary-credentials.json';

const secret = () => randomBytes(24).toString('base64url');

export function newCredentials(): EmbeddedCredentials {
  return {
    version: 1,
    superuser: { name: 'postgres', password: secret() },
    owner: { name: 'plenary', password: secret() },
    database: 'plenary',
  };
}

export function readCredentials(dataDir: string): EmbeddedCredentials | null {
  const file = join(dataDir, CREDENTIALS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DatabaseStartError(`Cannot read ${file}: ${(e as Error).message}`);
  }
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw new DatabaseStartError(
      `${file} is readable by other users (mode ${mode.toString(8)}): run \`chmod 600 ${file}\`.`,
    );
  }
  try {
    const c = JSON.parse(text) as EmbeddedCredentials;
    if (c.version === 1 && c.superuser?.password && c.owner?.password && c.owner.name && c.database) return c;
  } catch {
    // reported below
  }
  throw new DatabaseStartError(`${file} is not a Plenary credentials file.`);
}

/** Written under a temporary name then renamed: a crash never leaves half a file. */
export function writeCredentials(
  dataDir: string,
  credentials: EmbeddedCredentials,
  owner?: { uid: number; gid: number },
): void {
  const file = join(dataDir, CREDENTIALS_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  chmodSync(temp, 0o600);
  if (owner) chownSync(temp, owner.uid, owner.gid);
  renameSync(temp, file);
}
