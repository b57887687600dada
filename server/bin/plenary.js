#!/usr/bin/env node
// Builds the server on first use (or when sources changed), then runs the CLI.
const { existsSync, statSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const serverDir = join(__dirname, '..');
const entry = join(serverDir, 'dist', 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(entry) ||
  Math.max(newestSource(join(serverDir, 'src')), newestSource(join(serverDir, '..', 'shared', 'src'))) >
    statSync(entry).mtimeMs;
if (stale) {
  process.stderr.write('plenary: building the server first…\n');
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-b', join(serverDir, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );
}
require(entry);
