import { ApiErrorSchema, type ErrorCode } from '@plenary/shared';
import type { z } from 'zod';
import { LOCALES } from './locale/locales';
import { currentLocale, currentT } from './locale/current';

/**
 * Sent on every call. The server refuses a cookie-authenticated write without it: an HTML form
 * on another site cannot set a header, and a script there cannot without a CORS preflight the
 * server never grants (ADR 0009).
 */
export const CSRF_HEADER = 'X-Plenary-CSRF';

export interface ApiIssue {
  field: string;
  message: string;
}

/** Every failure of an API call: the server's `{ code, message, field }`, or a local stand-in. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly issues: ApiIssue[] = [],
    /** From Retry-After on a 429: how many seconds until the server accepts another try. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** The message for one form field, from `field` or from the list of issues. */
  messageFor(field: string): string | undefined {
    if (this.field === field) return this.message;
    return this.issues.find((i) => i.field === field)?.message;
  }
}

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

function withQuery(path: string, query?: Record<string, string | undefined>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds (the server sends seconds, never an HTTP date). */
function retryAfter(res: Response): number | undefined {
  const v = Number(res.headers?.get('Retry-After'));
  return Number.isFinite(v) && v > 0 ? Math.ceil(v) : undefined;
}

function errorFrom(res: Response, body: unknown): ApiError {
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) {
    const e = parsed.data;
    return new ApiError(res.status, e.code, e.message, e.field, e.issues ?? [], retryAfter(res));
  }
  return new ApiError(
    res.status,
    'BAD_RESPONSE',
    res.statusText || currentT()('common.api.status', { status: String(res.status) }),
  );
}

/**
 * The language the page is shown in (the LocaleProvider's, as a BCP 47 tag: 'fr-FR'), sent with
 * every API call and socket handshake so the server's refusals come back in it.
 */
export function pageLanguage(): string {
  return LOCALES[currentLocale()].tag.replace(/-u-.*$/, '');
}

/**
 * Calls the API and parses the answer with the contract's schema, so a page only ever sees data
 * that matches @plenary/shared. Throws ApiError for HTTP errors, network failures and answers
 * that do not match the contract.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  opts: ApiRequestOptions = {},
): Promise<z.infer<S>> {
  // The session rides in its HttpOnly cookie (same origin); no token is ever read or sent here.
  // The page's language, so the server words a refusal for this reader (issue #16, item 4).
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': pageLanguage(),
    [CSRF_HEADER]: '1',
  };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', currentT()('common.api.network'));
  }

  const body = parseJson(await res.text());
  if (!res.ok) throw errorFrom(res, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      'BAD_RESPONSE',
      currentT()('common.api.contract', { path, detail: parsed.error.issues[0]?.message ?? 'invalid' }),
    );
  }
  return parsed.data;
}

export function isAbortError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** A readable message for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return currentT()('common.api.unknown');
}

/**
 * Fetches a file the server makes (an export of the official record) with the file name it
 * gives. A refusal (503 PDF_UNAVAILABLE when the server has no Chromium) is thrown as ApiError
 * with the server's message, so the screen can say so instead of opening an error page.
 */
export async function apiFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  let res: Response;
  try {
    res = await fetch(path, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': pageLanguage() },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', currentT()('common.api.network'));
  }
  if (!res.ok) throw errorFrom(res, parseJson(await res.text()));
  const disposition = res.headers.get('Content-Disposition') ?? '';
  return { blob: await res.blob(), filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}
