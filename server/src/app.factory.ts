import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module';
import { configureBodyParsing } from './common/body-parsing';
import { REPO_ROOT } from './database/connect';
import { csrfDefence } from './edge/csrf.middleware';
import { EdgeIoAdapter } from './edge/edge-io.adapter';
import { OriginPolicy } from './edge/origins';
import { securityHeaders } from './edge/security-headers';
import { compressAnswers, hashedAssets, noSourceMaps } from './edge/static-assets';

export function defaultClientDir(configured?: string): string | null {
  const dir = configured ?? join(REPO_ROOT, 'client', 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** `true`, a hop count, or addresses/subnets, as Express's `trust proxy` takes them. */
function trustProxy(v: string): boolean | number | string {
  if (v === 'true' || v === 'false') return v === 'true';
  return /^\d+$/.test(v) ? Number(v) : v;
}

/** Builds the Nest application without listening: used by main.ts and by the tests. */
export async function createApp(opts: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(opts), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(opts.config.PLENARY_TRUST_PROXY));
  // The web edge (ADR 0009), in order: headers on every answer, compression, no source maps,
  // then the CSRF check before any route runs. Sockets get the same origin rule in the adapter.
  const origins = new OriginPolicy(opts.config);
  app.use(...securityHeaders(opts.config));
  app.use(compressAnswers());
  app.use(noSourceMaps);
  if (opts.clientDir) app.use('/assets', hashedAssets(opts.clientDir));
  app.use(csrfDefence(origins));
  configureBodyParsing(app);
  app.useWebSocketAdapter(new EdgeIoAdapter(app, origins));
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Plenary API')
      .setDescription(
        'Meetings and voting for the Anti-Personnel Mine Ban Convention. Schemas are generated from the zod contracts in @plenary/shared. ' +
          'Browsers authenticate with the HttpOnly session cookie and send `X-Plenary-CSRF: 1` on writes; scripts may use a bearer token instead.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('plenary_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
