import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * What the browser specs need from Debian: its Chromium (never a download) and the Noto CJK fonts,
 * without which a Chinese page or PDF shows empty boxes (Arabic, Cyrillic and Latin come with
 * Chromium's own font dependencies).
 */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk'] as const;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
/** The one command that installs them. */
export const CHROMIUM_INSTALL_COMMAND = isRoot()
  ? `apt-get update && apt-get install -y ${BROWSER_PACKAGES.join(' ')}`
  : `sudo apt-get update && sudo apt-get install -y ${BROWSER_PACKAGES.join(' ')}`;

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

/** A font that covers Chinese, as fontconfig (which Chromium asks) sees it. */
export function hasCjkFont(): boolean {
  const found = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() !== '';
}

export class ChromiumMissingError extends Error {}

function missing(why: string, what = "Debian's Chromium"): ChromiumMissingError {
  return new ChromiumMissingError(
    `The browser specs need ${what}, which is not installed${why}. Run:\n\n  ${CHROMIUM_INSTALL_COMMAND}\n\n` +
      '(or set CHROMIUM_PATH to a Chromium executable), then run `npm test` again.',
  );
}

/**
 * The Chromium to drive, with a CJK font beside it. When either is missing and this process may
 * install it (root, with apt), installs Debian's packages; otherwise fails at once with the one
 * command to run.
 */
export function ensureChromium(): string {
  const present = chromiumPath();
  if (present && hasCjkFont()) return present;
  if (!present && process.env.CHROMIUM_PATH) throw missing(` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}`);
  const what = present ? 'a Chinese font (fonts-noto-cjk)' : "Debian's Chromium";
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot() || !apt) throw missing(isRoot() ? ' and apt-get is not available' : '', what);
  const packages = present ? ['fonts-noto-cjk'] : [...BROWSER_PACKAGES];
  console.log(`${what} is missing: installing ${packages.join(' ')} (${CHROMIUM_INSTALL_COMMAND})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt (unattended upgrades, another run) rather than fail on its lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  const update = spawnSync('apt-get', [...lock, 'update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', [...lock, 'install', '-y', '-qq', ...packages], { stdio: 'inherit', env })
      : update;
  const installed = chromiumPath();
  if (install.status !== 0 || !installed || !hasCjkFont()) throw missing(' and installing it failed', what);
  return installed;
}
