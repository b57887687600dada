import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'socket.io';
import type { OriginPolicy } from './origins';

/**
 * socket.io with the edge's origin rules. CORS (for HTTP long-polling) answers only the
 * configured origins; and because a websocket is not subject to CORS at all, every handshake
 * request, websocket upgrade included, is refused when a browser says it comes from another
 * origin. Scripts (no Origin header) are let through: they authenticate with a token.
 */
export class EdgeIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly origins: OriginPolicy,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): unknown {
    return super.createIOServer(port, {
      ...options,
      cors: { origin: this.origins.configured, credentials: true },
      allowRequest: (
        req: IncomingMessage,
        callback: (err: string | null | undefined, ok: boolean) => void,
      ) => {
        const origin = req.headers.origin;
        if (origin === undefined || this.origins.allows(origin, req.headers.host))
          return callback(null, true);
        callback('Origin not allowed', false);
      },
    });
  }
}
