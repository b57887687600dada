import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { chromiumPath, ensureChromium } from './chromium';

/** Where browser specs keep their screenshots (git-ignored; CI uploads them as artifacts). */
export const SCREENSHOT_DIR = join(__dirname, '..', 'artifacts', 'screenshots');

export const DESKTOP = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };

/** Browser specs serve the built client; say how to build it rather than fail on a blank page. */
export function assertClientBuilt(): void {
  if (!existsSync(join(__dirname, '..', '..', 'client', 'dist', 'index.html'))) {
    throw new Error('The client is not built: run `npm run build -w @plenary/client` first.');
  }
}

/**
 * Debian's Chromium, headless; playwright never downloads a browser here. Jest's global setup
 * installed it (or stopped the run with the command to run); a spec run on its own checks again.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath() ?? ensureChromium();
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a PNG of the page as test/artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: opts.fullPage ?? false, animations: 'disabled' });
  return path;
}

/** /signin with a staff token, which then goes on to `next` (or the role's home). */
export function tokenSignInPath(token: string, next?: string): string {
  const then = next === undefined ? '' : `&next=${encodeURIComponent(next)}`;
  return `/signin?token=${encodeURIComponent(token)}${then}`;
}

/** /signin with a delegation's access code. */
export function codeSignInPath(code: string): string {
  return `/signin?code=${encodeURIComponent(code)}`;
}

export type PageOptions = Pick<BrowserContextOptions, 'isMobile' | 'deviceScaleFactor' | 'colorScheme'>;

/**
 * One spec's pages, each in its own context (its own session, as on separate devices), in
 * en-GB and Zurich time. Errors thrown in any page land in `pageErrors` for the spec to check.
 */
export class BrowserPages {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly pageErrors: Error[],
    private readonly defaults: PageOptions = {},
  ) {}

  async open(path: string, viewport = DESKTOP, options: PageOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({
      viewport,
      locale: 'en-GB',
      timezoneId: 'Europe/Zurich',
      ...this.defaults,
      ...options,
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => this.pageErrors.push(e));
    await page.goto(`${this.baseUrl}${path}`);
    return page;
  }

  /** A phone's viewport, touch and twice the pixels. */
  openOnPhone(path: string): Promise<Page> {
    return this.open(path, PHONE, { isMobile: true, deviceScaleFactor: 2 });
  }

  async closePages(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((c) => c.close()));
  }

  async close(): Promise<void> {
    await this.closePages();
    await this.browser.close();
  }
}
