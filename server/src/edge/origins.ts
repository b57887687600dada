import type { AppConfig } from '../config/env';

/**
 * Which origins may act with a user's session: the request's own host (the screens are served
 * by the same server), PUBLIC_URL's origin (the address behind a proxy) and PLENARY_ALLOWED_ORIGINS.
 * Used for cookie-authenticated writes (CSRF) and socket handshakes.
 */
export class OriginPolicy {
  readonly configured: string[];

  constructor(config: Pick<AppConfig, 'PUBLIC_URL' | 'PLENARY_ALLOWED_ORIGINS'>) {
    const list = [config.PUBLIC_URL, ...config.PLENARY_ALLOWED_ORIGINS].filter((o): o is string => !!o);
    this.configured = [...new Set(list.map((o) => new URL(o).origin))];
  }

  /** `origin` is an Origin header (or a Referer's origin); `host` the request's Host header. */
  allows(origin: string, host: string | undefined): boolean {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false; // "null" (sandboxed frames, privacy redirects) and garbage
    }
    if (this.configured.includes(url.origin)) return true;
    // Same host as the request: a browser sets Host itself, so a foreign page cannot fake it.
    return host !== undefined && url.host === host.toLowerCase();
  }
}

/** The origin of a Referer header, or undefined when there is none or it is not a URL. */
export function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
