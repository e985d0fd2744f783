// Starts Jumys: configuration → database and migrations → app → job worker → listen; drains on SIGTERM.
import path from 'node:path';
import pino from 'pino';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createGovRegistriesClient } from './modules/gov-registries';
import { createSignatureServices, startTrustStore } from './modules/signatures';
import { abandonmentNoticeJobHandlers, scheduleAbandonmentNotices } from './modules/subsidized-jobs';
import { scheduleSessionPurge, sessionPurgeJobHandlers } from './platform/auth/session-purge';
import { createShiftedClock, systemClock } from './platform/clock';
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
  // The browser journeys move this clock through /api/test/clock; config refuses TEST_CLOCK in production.
  const clock = config.testClock ? createShiftedClock() : systemClock;
  if (config.testClock) logger.warn('TEST_CLOCK=true: the clock can be moved by anyone through /api/test/clock');
  const database = await openConfiguredDatabase(config);
  const { applied } = database;
  if (applied.length) logger.info({ applied }, 'migrations applied');

  if (!config.govRegistriesUrl)
    logger.warn('GOV_REGISTRIES_URL is not set: employer checks answer gov_registries.unavailable');
  let shuttingDown = false;
  const signatures = createSignatureServices(config);
  const stopCrlRefresh = await startTrustStore({ services: signatures, clock, refreshMs: config.crlRefreshMs, logger });
  const app = await buildApp({
    signatures,
    db: database.db,
    config,
    clock,
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
    clock,
    logger,
    pollMs: config.jobsPollMs,
    handlers: {
      ...mailJobHandlers(database.db, createMailer(config.smtpUrl, config.mailFrom), () => clock.now()),
      ...sessionPurgeJobHandlers(database.db, clock),
      ...abandonmentNoticeJobHandlers(database.db, clock),
    },
  });
  await scheduleSessionPurge(database.db, clock.now());
  await scheduleAbandonmentNotices(database.db, clock.now());

  await app.listen({ port: config.port, host: config.host });
  worker.start();
  options.onListening?.(config.publicUrl);

  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down: finishing requests and jobs in hand');
    stopCrlRefresh();
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
