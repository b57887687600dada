import type { Server } from 'node:http';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Language } from '@plenary/shared';
import { chromium } from 'playwright-core';
import { DomainException } from '../../common/domain.exception';
import { APP_CONFIG } from '../../config/config.token';
import type { AppConfig } from '../../config/env';
import { findChromium } from './chromium';

/** How long the print view may take to load and render before the PDF is given up. */
const RENDER_TIMEOUT_MS = 30_000;
/** Renders at once; more wait their turn (each is a headless Chromium of its own). */
const MAX_RENDERS = 2;
/** PDFs kept per meeting, language and chain head: the same record is never rendered twice. */
const CACHE_SIZE = 24;

/**
 * The official record as PDF: headless Chromium (Debian's, found like the specs find it) prints
 * the client's print view of this very server (`/record/<meeting>/print?lang=…`), tagged and with
 * an outline. Arabic is shaped and laid out right to left by the browser, as on screen. A PDF
 * depends only on the record, so it is cached by the chain head it shows.
 */
@Injectable()
export class RecordPdfService {
  private readonly log = new Logger(RecordPdfService.name);
  private readonly cache = new Map<string, Buffer>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapter: HttpAdapterHost,
  ) {}

  private found: { path: string | null } | undefined;

  /** Where Chromium is (looked up once), or null: the PDF action says so and the print view remains. */
  chromium(): string | null {
    this.found ??= { path: findChromium(this.config.CHROMIUM_PATH) };
    return this.found.path;
  }

  async pdf(meetingId: string, lang: Language, headHash: string | null): Promise<Buffer> {
    const executablePath = this.chromium();
    if (!executablePath)
      throw new DomainException(
        'PDF_UNAVAILABLE',
        "No Chromium on this server to render the PDF (install Debian's chromium or set CHROMIUM_PATH); the print view remains at " +
          `/record/${meetingId}/print?lang=${lang}`,
      );
    const key = `${meetingId}:${lang}:${headHash ?? 'empty'}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const url = `${this.origin()}/record/${encodeURIComponent(meetingId)}/print?lang=${lang}`;
    await this.assertPrintViewServed(url);
    await this.turn();
    try {
      const pdf = await this.render(executablePath, url, meetingId, lang);
      this.cache.set(key, pdf);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      return pdf;
    } finally {
      // The slot passes to the next in line, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  private async turn(): Promise<void> {
    if (this.running < MAX_RENDERS) {
      this.running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** This server's own address, as Chromium on the same host reaches it. */
  private origin(): string {
    const server = this.adapter.httpAdapter.getHttpServer() as Server;
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('The server is not listening on TCP');
    const host =
      address.address === '0.0.0.0' || address.address === '::'
        ? '127.0.0.1'
        : address.family === 'IPv6'
          ? `[${address.address}]`
          : address.address;
    return `http://${host}:${address.port}`;
  }

  /** A server started without the built client has no print view: say so before starting Chromium. */
  private async assertPrintViewServed(url: string): Promise<void> {
    const answer = await fetch(url, { redirect: 'manual' }).catch(() => null);
    await answer?.body?.cancel();
    if (!answer?.ok || !(answer.headers.get('content-type') ?? '').includes('text/html'))
      throw new DomainException(
        'PDF_UNAVAILABLE',
        `The print view is not served here (${answer?.status ?? 'no answer'}): the server runs without the built client`,
      );
  }

  private async render(
    executablePath: string,
    url: string,
    meetingId: string,
    lang: Language,
  ): Promise<Buffer> {
    const browser = await chromium
      .launch({
        executablePath,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
        ],
      })
      .catch((e: unknown) => {
        this.log.error(`Chromium at ${executablePath} did not start: ${String(e)}`);
        throw new DomainException('PDF_UNAVAILABLE', `Chromium at ${executablePath} did not start`);
      });
    try {
      const page = await browser.newPage();
      const answer = await page.goto(url, { timeout: RENDER_TIMEOUT_MS });
      if (!answer?.ok())
        throw new DomainException(
          'PDF_UNAVAILABLE',
          `The print view is not served here (${answer?.status() ?? 'no answer'}): the server runs without the built client`,
        );
      try {
        await page.waitForSelector('[data-record-ready="true"]', { timeout: RENDER_TIMEOUT_MS });
      } catch {
        throw new DomainException('PDF_UNAVAILABLE', 'The print view did not finish loading in time');
      }
      // The fonts the page uses are loaded before printing (the page's own `document.fonts`).
      await page.evaluate('document.fonts.ready.then(() => true)');
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
      });
    } catch (e) {
      if (!(e instanceof DomainException))
        this.log.error(`PDF of ${meetingId} (${lang}) failed: ${String(e)}`);
      throw e;
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
}
