import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** The one command that installs what the browser specs drive (Debian's Chromium, never a download). */
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
export const CHROMIUM_INSTALL_COMMAND = isRoot()
  ? 'apt-get update && apt-get install -y chromium'
  : 'sudo apt-get update && sudo apt-get install -y chromium';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, else `chromium` on the PATH (Debian: /usr/bin/chromium), else null. */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH)
    return executable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  return path && executable(path) ? path : null;
}

export class ChromiumMissingError extends Error {}

function missing(why: string): ChromiumMissingError {
  return new ChromiumMissingError(
    `The browser specs need Debian's Chromium, which is not installed${why}. Run:\n\n  ${CHROMIUM_INSTALL_COMMAND}\n\n` +
      '(or set CHROMIUM_PATH to a Chromium executable), then run `npm test` again.',
  );
}

/**
 * The Chromium to drive. When it is missing and this process may install it (root, with apt),
 * installs Debian's `chromium`; otherwise fails at once with the one command to run.
 */
export function ensureChromium(): string {
  const present = chromiumPath();
  if (present) return present;
  if (process.env.CHROMIUM_PATH) throw missing(` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}`);
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot() || !apt) throw missing(isRoot() ? ' and apt-get is not available' : '');
  console.log(`Chromium is missing: installing Debian's chromium (${CHROMIUM_INSTALL_COMMAND})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt (unattended upgrades, another run) rather than fail on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  const update = spawnSync('apt-get', [...lock, 'update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', [...lock, 'install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
      : update;
  const installed = chromiumPath();
  if (install.status !== 0 || !installed) throw missing(' and installing it failed');
  return installed;
}
