import 'reflect-metadata';
import { createApp, defaultClientDir } from './app.factory';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config/env';
import { openDatabase } from './database/connect';
import { DatabaseStartError } from './database/database-start.error';
import { runMigrations } from './database/migrate';
import { BallotKeyError } from './modules/vote/ballot-key-file';
import { seedDemo } from './modules/demo/demo.seed';
import { seedPastPresidents } from './modules/office/office-history.seed';
import { seedRegister } from './modules/register/register.seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL);
  // The server owns the embedded cluster: restarted when it dies, stopped on shutdown.
  const db = await openDatabase(config, log, { supervise: true });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    const applied = await runMigrations(db.dataSource);
    if (applied.length) log.info({ applied }, 'migrations applied');
    const seeded = await seedRegister(db.dataSource);
    if (seeded.inserted) log.info(seeded, 'register seeded from the UN Treaty Collection data');
    const presidents = await seedPastPresidents(db.dataSource);
    if (presidents.inserted) log.info(presidents, 'past Presidents seeded from the meetings history');
    const clientDir = defaultClientDir(config.PLENARY_CLIENT_DIR);
    if (!clientDir) log.warn('client not built: run `npm run build` to serve the screens');
    app = await createApp({ config, dataSource: db.dataSource, logger: log, clientDir });
    await app.listen(config.PORT, config.HOST);
  } catch (e) {
    // Leave no PostgreSQL behind when the server itself cannot start.
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw e;
  }
  const base = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  if (config.PLENARY_DEMO) await seedDemo(app, base, log);
  // From process start, module loading included.
  const startupMs = Math.round(process.uptime() * 1000);
  log.info(
    { url: base, startupMs, database: db.embedded ? 'embedded' : 'DATABASE_URL' },
    `Plenary ready at ${base} (started in ${startupMs} ms)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app?.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  // A database that cannot start, or a ballot master key file that is missing or not this
  // database's, is the operator's to fix: say what and where, without a stack.
  if (e instanceof DatabaseStartError || e instanceof BallotKeyError) console.error(`plenary: ${e.message}`);
  else console.error(e);
  process.exit(1);
});
