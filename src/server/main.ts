// Starts Jumys: configuration → database and migrations → app → job worker → listen; drains on SIGTERM.
import path from 'node:path';
import pino from 'pino';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createGovRegistriesClient } from './modules/gov-registries';
import { abandonmentNoticeJobHandlers, scheduleAbandonmentNotices } from './modules/subsidized-jobs';
import { scheduleSessionPurge, sessionPurgeJobHandlers } from './platform/auth/session-purge';
import { systemClock } from './platform/clock';
import { openConfiguredDatabase } from './platform/db/open-configured';
import { createJobWorker } from './platform/jobs/jobs';
import { createMailer, mailJobHandlers } from './platform/notifications/notifications';

export async function startServer(options: { onListening?: (url: string) => void } = {}) {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel });
  const database = await openConfiguredDatabase(config);
  const { applied } = database;
  if (applied.length) logger.info({ applied }, 'migrations applied');

  if (!config.govRegistriesUrl)
    logger.warn('GOV_REGISTRIES_URL is not set: employer checks answer gov_registries.unavailable');
  let shuttingDown = false;
  const app = await buildApp({
    db: database.db,
    config,
    clock: systemClock,
    logger,
    webRoot: path.resolve('dist/web'),
    isShuttingDown: () => shuttingDown,
    govRegistries: config.govRegistriesUrl
      ? createGovRegistriesClient({
          baseUrl: config.govRegistriesUrl,
          timeoutMs: config.govRegistriesTimeoutMs,
          logger,
        })
      : undefined,
  });
  const worker = createJobWorker({
    db: database.db,
    clock: systemClock,
    logger,
    pollMs: config.jobsPollMs,
    handlers: {
      ...mailJobHandlers(database.db, createMailer(config.smtpUrl, config.mailFrom), () => systemClock.now()),
      ...sessionPurgeJobHandlers(database.db, systemClock),
      ...abandonmentNoticeJobHandlers(database.db, systemClock),
    },
  });
  await scheduleSessionPurge(database.db, systemClock.now());
  await scheduleAbandonmentNotices(database.db, systemClock.now());

  await app.listen({ port: config.port, host: config.host });
  worker.start();
  options.onListening?.(config.publicUrl);

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: finishing requests and jobs in hand');
    await worker.stop();
    await app.close(); // waits for in-flight requests
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  return { app, config, database };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
}
