import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DomainException } from './domain.exception';
import { requestLanguage, toApiError } from './error.filter';

/**
 * The largest request body. The longest texts a client sends are 50,000 characters (an
 * amendment, an Art. 5 request's contents and its previous-extension report): two of them in a
 * non-Latin script are about 300 kB of UTF-8, so 512 kB leaves room and refuses the rest.
 */
export const BODY_LIMIT_BYTES = 512 * 1024;

const JSON_TYPES = ['application/json', 'application/*+json'];

const bytes = (n: number) => `${n.toLocaleString('en-GB')} bytes`;

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * The API speaks JSON only: any other body is refused before it is read (so no other parser ever
 * runs, and a plain HTML form cannot post to the API).
 */
function jsonOnly(req: Request, _res: Response, next: NextFunction): void {
  if (hasBody(req) && !req.is(JSON_TYPES)) {
    const sent = req.headers['content-type'] ?? 'none';
    return next(
      new DomainException(
        'UNSUPPORTED_MEDIA_TYPE',
        `Send the body as application/json (Content-Type was ${sent})`,
        'body',
      ),
    );
  }
  next();
}

type BodyParserError = Error & {
  type?: string;
  status?: number;
  statusCode?: number;
  length?: number;
  limit?: number;
};

/**
 * body-parser's failures as the API's own errors. Decided by status, since not every failure has a
 * `type` (a broken gzip stream comes back as zlib's own error with status 400).
 */
export function bodyError(err: unknown): unknown {
  if (err instanceof DomainException) return err;
  if (!(err instanceof Error)) return err;
  const e = err as BodyParserError;
  const status = e.status ?? e.statusCode;
  if (e.type === 'entity.too.large' || status === 413) {
    const limit = e.limit ?? BODY_LIMIT_BYTES;
    const size = typeof e.length === 'number' && e.length > 0 ? ` is ${bytes(e.length)};` : ' exceeds';
    return new DomainException(
      'PAYLOAD_TOO_LARGE',
      `The request body${size} the limit is ${bytes(limit)} (${Math.round(limit / 1024)} kB)`,
      'body',
    );
  }
  if (e.type === 'entity.parse.failed')
    return new DomainException('VALIDATION', `Invalid body: malformed JSON (${e.message})`, 'body');
  if (status === 415)
    return new DomainException('UNSUPPORTED_MEDIA_TYPE', `Invalid body: ${e.message}`, 'body');
  // Any other 400 from reading the body (a broken gzip stream, a bad charset). Other statuses are
  // not about the body (a missing static asset's 404 passes on).
  if (status === 400) return new DomainException('VALIDATION', `Invalid body: ${e.message}`, 'body');
  return err;
}

/**
 * Answers a refused body at once, in the API's error shape. Passing it on with next(err) is not
 * enough: the static client's error handler turns every error on /api into 404 "Cannot POST".
 */
function answerBodyError(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const mapped = bodyError(err);
  if (!(mapped instanceof DomainException) || res.headersSent) return next(err);
  const body = toApiError(mapped, requestLanguage(req));
  res.status(body.statusCode).json(body);
}

/**
 * JSON bodies up to BODY_LIMIT_BYTES; errors as 400/413/415 naming `body`. Registered before
 * Nest's own parsers, which then step aside (Nest skips a parser already applied by name).
 */
export function configureBodyParsing(app: NestExpressApplication): void {
  app.use(jsonOnly);
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.use(answerBodyError);
}
