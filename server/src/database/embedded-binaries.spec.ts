import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedCopy, treeDigest, type PostgresBinaries } from './embedded-binaries';

function fakeBinaries(root: string): PostgresBinaries {
  const native = join(root, 'native');
  mkdirSync(join(native, 'bin'), { recursive: true });
  mkdirSync(join(native, 'lib'), { recursive: true });
  writeFileSync(join(native, 'bin', 'postgres'), '#!/bin/sh\necho postgres\n');
  writeFileSync(join(native, 'bin', 'initdb'), '#!/bin/sh\necho initdb\n');
  chmodSync(join(native, 'bin', 'postgres'), 0o755);
  chmodSync(join(native, 'bin', 'initdb'), 0o755);
  writeFileSync(join(native, 'lib', 'libpq.so.5.18'), 'library bytes');
  symlinkSync('libpq.so.5.18', join(native, 'lib', 'libpq.so.5'));
  return {
    nativeDir: native,
    initdb: join(native, 'bin', 'initdb'),
    postgres: join(native, 'bin', 'postgres'),
    version: '18.0.0-test',
  };
}

// As root with the checkout in a mode-700 home, PostgreSQL (run as `postgres`) cannot reach the
// binaries in node_modules: they are run from a verified copy in /var/lib/plenary instead.
describe('the cached copy of the PostgreSQL binaries', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-bins-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the tree once, symlinks kept, into a 0755 directory named after the version', () => {
    const source = fakeBinaries(join(dir, 'src'));
    const copy = cachedCopy(source, join(dir, 'cache'));
    expect(copy.nativeDir).toBe(join(dir, 'cache', `pg-18.0.0-test-${process.platform}-${process.arch}`));
    expect(treeDigest(copy.nativeDir)).toBe(treeDigest(source.nativeDir));
    expect(readFileSync(join(copy.nativeDir, 'lib', 'libpq.so.5'), 'utf8')).toBe('library bytes');
    expect(readFileSync(copy.postgres, 'utf8')).toMatch(/echo postgres/);
    // Reused as it is the second time.
    const marker = readFileSync(join(copy.nativeDir, '.plenary-binaries.json'), 'utf8');
    expect(cachedCopy(source, join(dir, 'cache')).nativeDir).toBe(copy.nativeDir);
    expect(readFileSync(join(copy.nativeDir, '.plenary-binaries.json'), 'utf8')).toBe(marker);
  });

  it('replaces a copy whose bytes no longer match its recorded digest', () => {
    const source = fakeBinaries(join(dir, 'src'));
    const copy = cachedCopy(source, join(dir, 'cache'));
    writeFileSync(copy.postgres, '#!/bin/sh\necho tampered\n');
    expect(treeDigest(copy.nativeDir)).not.toBe(treeDigest(source.nativeDir));
    const again = cachedCopy(source, join(dir, 'cache'));
    expect(readFileSync(again.postgres, 'utf8')).toMatch(/echo postgres/);
    expect(treeDigest(again.nativeDir)).toBe(treeDigest(source.nativeDir));
  });

  it('tells trees apart by content, mode and symlink target', () => {
    const a = fakeBinaries(join(dir, 'a'));
    const b = fakeBinaries(join(dir, 'b'));
    expect(treeDigest(a.nativeDir)).toBe(treeDigest(b.nativeDir));
    chmodSync(b.initdb, 0o644);
    expect(treeDigest(a.nativeDir)).not.toBe(treeDigest(b.nativeDir));
  });
});
