import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/env';

type Directives = Record<string, string[]>;

/**
 * The screens' Content-Security-Policy: scripts, styles and connections from this origin only
 * (the socket too: 'self' covers ws/wss on the same host), images also as data: URIs (the icon),
 * nothing framed, no plugins, forms post here only. `browser` specs fail on any violation.
 */
export function screenDirectives(
  config: Pick<AppConfig, 'PUBLIC_URL' | 'PLENARY_FRAME_ANCESTORS'>,
): Directives {
  const https = config.PUBLIC_URL?.startsWith('https:') ?? false;
  const ancestors = config.PLENARY_FRAME_ANCESTORS.split(/\s+/).filter(Boolean);
  const socketOrigin = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin.replace(/^http/, 'ws') : null;
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(socketOrigin ? [socketOrigin] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ancestors.length ? ancestors : ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Helmet's headers (nosniff, Referrer-Policy same-origin, X-Frame-Options, COOP/CORP…) with the
 * CSP above; the API documentation page (Swagger UI) also needs its inline styles. HSTS only when
 * the request came over https (directly, or through a trusted proxy) or PUBLIC_URL is https.
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const screens = screenDirectives(config);
  const framed = config.PLENARY_FRAME_ANCESTORS.trim() !== '';
  const withCsp = (directives: Directives) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives },
      strictTransportSecurity: false,
      xFrameOptions: framed ? false : { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    });
  const forScreens = withCsp(screens);
  const forDocs = withCsp({
    ...screens,
    'style-src': ["'self'", "'unsafe-inline'"],
    'frame-ancestors': ["'none'"],
  });
  const httpsAlways = config.PUBLIC_URL?.startsWith('https:') ?? false;
  return [
    (req: Request, res: Response, next: NextFunction) =>
      (req.path.startsWith('/api/docs') ? forDocs : forScreens)(req, res, next),
    (req: Request, res: Response, next: NextFunction) => {
      if (req.secure || httpsAlways)
        res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
      next();
    },
  ];
}
