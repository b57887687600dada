import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/*
 * The server's lookup of Debian's Chromium, the same as the browser specs' (test/support/
 * chromium.ts): CHROMIUM_PATH when set (from the parsed config, never process.env here), else
 * `chromium` on the PATH. The server never installs a browser: without one the PDF export answers
 * PDF_UNAVAILABLE and the print view remains.
 */
function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(configured: string | undefined): string | null {
  if (configured) return executable(configured) ? configured : null;
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  return path && executable(path) ? path : null;
}
