import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module';
import { configureBodyParsing } from './common/body-parsing';
import { REPO_ROOT } from './database/connect';

export function defaultClientDir(configured?: string): string | null {
  const dir = configured ?? join(REPO_ROOT, 'client', 'dist');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Builds the Nest application without listening: used by main.ts and by the tests. */
export async function createApp(opts: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(opts), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  configureBodyParsing(app);
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Plenary API')
      .setDescription(
        'Meetings and voting for the Anti-Personnel Mine Ban Convention. Schemas are generated from the zod contracts in @plenary/shared.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('plenary_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
