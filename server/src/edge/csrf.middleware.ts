import type { NextFunction, Request, Response } from 'express';
import { DomainException } from '../common/domain.exception';
import { requestLanguage, toApiError } from '../common/error.filter';
import { bearerFrom, cookieFrom } from '../modules/auth/auth.guard';
import { type OriginPolicy, refererOrigin } from './origins';

/** Sent by the Plenary client on every API call. A cross-site form cannot set a header at all. */
export const CSRF_HEADER = 'x-plenary-csrf';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function refuse(req: Request, res: Response, message: string): void {
  const body = toApiError(new DomainException('CROSS_SITE_REQUEST', message), requestLanguage(req));
  res.status(body.statusCode).json(body);
}

/**
 * CSRF defence for writes to the API (ADR 0009), two checks that each stop a forged request:
 * 1. a browser's Origin (or, failing it, Referer) must be an allowed origin: a page elsewhere
 *    cannot post to the API, nor sign a victim into the attacker's account;
 * 2. a request carrying the session cookie (and no bearer token) must carry the X-Plenary-CSRF
 *    header, which HTML forms cannot send and cross-origin scripts cannot send without a CORS
 *    preflight the server never grants.
 * Scripts with a bearer token (CLI, tests) send no cookie and need neither.
 */
export function csrfDefence(origins: OriginPolicy) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE.has(req.method) || !req.path.startsWith('/api/')) return next();
    const origin = req.get('origin') ?? refererOrigin(req.get('referer'));
    if (origin !== undefined && !origins.allows(origin, req.get('host'))) {
      return refuse(req, res, `Refused: a request from ${origin} may not act on this server`);
    }
    if (cookieFrom(req.headers) && !bearerFrom(req.headers) && req.get(CSRF_HEADER) !== '1') {
      return refuse(
        req,
        res,
        `Refused: a signed-in write must come from the Plenary screens (${CSRF_HEADER} header)`,
      );
    }
    next();
  };
}
