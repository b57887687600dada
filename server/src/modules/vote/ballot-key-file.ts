import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '../../config/env';
import { REPO_ROOT, defaultDataDir } from '../../database/connect';

/**
 * The ballot master key lives in a file outside the database (ADR 0008): whoever reads the
 * database alone, a dump or a backup, never holds it. The file holds the 32 bytes in base64.
 */
export const MASTER_KEY_BYTES = 32;

/** A missing, unreadable, malformed or wrong master key file: the server refuses to start. */
export class BallotKeyError extends Error {
  override name = 'BallotKeyError';
}

/** PLENARY_BALLOT_KEY_FILE, else `plenary-ballot.key` beside the embedded data directory. */
export function ballotKeyFilePath(config: AppConfig): string {
  if (config.PLENARY_BALLOT_KEY_FILE) return resolve(config.PLENARY_BALLOT_KEY_FILE);
  const dataDir = config.PLENARY_DATA_DIR ?? defaultDataDir(REPO_ROOT);
  // Beside the PostgreSQL data directory, not in it: a copy of the cluster does not carry the key.
  return join(dirname(resolve(dataDir)), 'plenary-ballot.key');
}

/** A one-way name for a key, stored in the database so every node proves it holds the same one. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('plenary ballot master key fingerprint v1').digest('hex');
}

const HOW = 'set PLENARY_BALLOT_KEY_FILE to the ballot master key file (see docs/adr/0008-secret-ballot.md)';

/** The key in the file, or null when there is no file. Refuses a file others may read, or not a key. */
export function readBallotKeyFile(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new BallotKeyError(`Cannot read the ballot master key file ${file}: ${(e as Error).message}`);
  }
  if (process.platform !== 'win32') {
    const mode = statSync(file).mode & 0o777;
    if (mode & 0o077)
      throw new BallotKeyError(
        `The ballot master key file ${file} is open to other users (mode ${mode.toString(8)}): run \`chmod 600 ${file}\`.`,
      );
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text.trim()) || key.length !== MASTER_KEY_BYTES)
    throw new BallotKeyError(
      `The ballot master key file ${file} does not hold a key (${MASTER_KEY_BYTES} bytes in base64 on one line): ${HOW}.`,
    );
  return key;
}

/**
 * Creates the file with a new random key (mode 0600), whole or not at all: written under a
 * temporary name, then linked into place, which fails if another process created it first (that
 * one's key is then read and returned).
 */
export function createBallotKeyFile(file: string): Buffer {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const key = randomBytes(MASTER_KEY_BYTES);
  try {
    writeFileSync(temp, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(temp, 0o600);
    linkSync(temp, file);
    return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      const theirs = readBallotKeyFile(file);
      if (theirs) return theirs;
    }
    throw new BallotKeyError(
      `Cannot create the ballot master key file ${file}: ${(e as Error).message}; ${HOW}.`,
    );
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
  }
}
