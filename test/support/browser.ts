import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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

// ---- Accessibility: axe-core in every page every spec opens ----

type AxeNode = { target: unknown[]; failureSummary?: string };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };

let axeSource: string | null = null;

/**
 * Runs axe-core (every rule it runs by default: WCAG 2.x A and AA and its best practices) on the
 * page as it stands and returns one line per violation, naming the rule and the elements.
 * Injected through the DevTools protocol, so the page's Content-Security-Policy stays as served.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const found = await page.evaluate(async (source: string) => {
    const w = window as unknown as {
      axe?: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> };
    };
    if (!w.axe) (0, eval)(source);
    const r = await w.axe!.run(document, { resultTypes: ['violations'] });
    return r.violations;
  }, axeSource);
  return (found as AxeViolation[]).map(
    (v) =>
      `axe ${v.id} (${v.impact ?? 'n/a'}) on ${page.url()}: ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
  );
}

/** Fails the calling spec (through `errors`) with every axe violation the page has now. */
export async function expectAccessible(page: Page, errors: Error[]): Promise<void> {
  for (const v of await axeViolations(page)) errors.push(new Error(v));
}

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

/** The path of a one-time sign-in link the server issued (`…/signin?link=…`), for pages.open(). */
export function linkPath(signInUrl: string): string {
  const u = new URL(signInUrl);
  return `${u.pathname}${u.search}`;
}

/** Signs a delegation in as a delegate would: the code typed on the sign-in page. */
export async function typeSignInCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Access code').fill(code);
  await page.getByRole('button', { name: 'Sign in with code' }).click();
}

export type PageOptions = Pick<BrowserContextOptions, 'isMobile' | 'deviceScaleFactor' | 'colorScheme'> & {
  /** Opens the page already signed in: this session token set as the HttpOnly cookie. */
  session?: string;
};

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
    const { session, ...contextOptions } = { ...this.defaults, ...options };
    const context = await this.browser.newContext({
      viewport,
      locale: 'en-GB',
      timezoneId: 'Europe/Zurich',
      ...contextOptions,
    });
    this.contexts.push(context);
    if (session) await context.addCookies([sessionCookie(this.baseUrl, session)]);
    await reportCspViolations(context, this.pageErrors);
    const page = await context.newPage();
    page.on('pageerror', (e) => this.pageErrors.push(e));
    reportCspConsoleErrors(page, this.pageErrors);
    await page.goto(`${this.baseUrl}${path}`);
    return page;
  }

  /** A phone's viewport, touch and twice the pixels. */
  openOnPhone(path: string, options: PageOptions = {}): Promise<Page> {
    return this.open(path, PHONE, { isMobile: true, deviceScaleFactor: 2, ...options });
  }

  /**
   * Every page still open is checked with axe-core before it closes (issue #14 item 9): a
   * violation lands in the spec's page errors, which every spec expects to be empty.
   */
  async closePages(): Promise<void> {
    const contexts = this.contexts.splice(0);
    for (const c of contexts)
      for (const page of c.pages()) {
        // The app's own screens; not third-party pages it serves (Swagger UI at /api/docs).
        if (page.isClosed() || new URL(page.url()).pathname.startsWith('/api/')) continue;
        // The screen, not its loading state: a spec may end before a lazy screen has arrived.
        await page
          .getByTestId('screen-loading')
          .waitFor({ state: 'detached', timeout: 10000 })
          .catch(() => undefined);
        await expectAccessible(page, this.pageErrors).catch((e: unknown) =>
          this.pageErrors.push(new Error(`axe could not run on ${page.url()}: ${String(e)}`)),
        );
      }
    await Promise.all(contexts.map((c) => c.close()));
  }

  async close(): Promise<void> {
    await this.closePages();
    await this.browser.close();
  }
}

// ---- Sessions and the Content-Security-Policy (ADR 0009) ----

/** The session cookie as the server sets it: HttpOnly, SameSite=Strict, for the whole site. */
export function sessionCookie(baseUrl: string, token: string) {
  return {
    name: 'plenary_session',
    value: token,
    url: baseUrl,
    httpOnly: true,
    sameSite: 'Strict' as const,
  };
}

/**
 * Every page of the context reports a Content-Security-Policy violation into `errors`, which each
 * spec expects to be empty after each test: the screens run under the real CSP, and anything it
 * blocks (an inline style or script, a foreign connection) fails the spec that caused it.
 */
export async function reportCspViolations(context: BrowserContext, errors: Error[]): Promise<void> {
  await context.exposeBinding(
    '__plenaryCspViolation',
    (_source, v: { directive: string; blocked: string; where: string; sample: string }) => {
      errors.push(
        new Error(
          `CSP violation: ${v.directive} blocked ${v.blocked || 'inline'} at ${v.where}${v.sample ? ` (${v.sample})` : ''}`,
        ),
      );
    },
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __plenaryCspViolation?: (v: unknown) => void })
        .__plenaryCspViolation;
      report?.({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        where: `${e.sourceFile || e.documentURI}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
}

/** Chromium also logs a violation (and a refused connection) to the console as an error. */
export function reportCspConsoleErrors(page: Page, errors: Error[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) {
      errors.push(new Error(`CSP (console): ${m.text()}`));
    }
  });
}
