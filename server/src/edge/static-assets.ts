import { join } from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/**
 * Vite names every file under /assets/ by its content hash: it can be cached for a year and never
 * revalidated. Everything else (index.html, the SPA fallback) is revalidated on every load, so a
 * new release is picked up at once.
 */
export function setStaticHeaders(res: Response, path: string): void {
  res.setHeader(
    'Cache-Control',
    /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** Source maps stay on the build machine: 404, not the map, not the SPA page. */
export function noSourceMaps(req: Request, res: Response, next: NextFunction): void {
  if (req.path.endsWith('.map')) {
    res.status(404).json({ statusCode: 404, code: 'NOT_FOUND', message: 'Not found' });
    return;
  }
  next();
}

/**
 * gzip or brotli (preferred when offered) for every text answer over 1 kB: the screens' scripts
 * and styles, index.html, API JSON. Brotli at quality 5: close to gzip's speed, 15-20% smaller.
 */
export function compressAnswers(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}

/**
 * /assets/ served ahead of the SPA fallback: a file that is not there is a 404, never index.html
 * under a script's name (an old tab asking for a chunk a new release removed gets a clear error).
 */
export function hashedAssets(clientDir: string): RequestHandler {
  return express.static(join(clientDir, 'assets'), {
    fallthrough: false,
    index: false,
    setHeaders: (res) => res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
}
