import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { seedDemoData } from './db/seed';
import { buildAppSchema } from './graphql/schema';
import { createAppPubSub } from './graphql/pubsub';
import { startServer } from './http/server';
import { systemClock } from './common/clock';
import { logger } from './common/logger';
import { runMain } from './common/run-main';
import { StartupError } from './common/startup-error';
import { startJobRunner } from './jobs/runner';
import { WebhookDispatcher } from './modules/webhooks/webhook.dispatcher';
import { wireReminders } from './modules/reminders/wiring';

// Boot order: config -> database (migrations) -> demo seed -> schema -> HTTP + WebSocket server -> scheduler.
runMain(async () => {
  const config = loadConfig();
  logger.setLevel(config.logLevel);
  const db = await openDatabase(config);
  if (config.seedDemoData) await seedDemoData(db.dataSource);

  const pubSub = createAppPubSub(config.redisUrl);
  const services = { config, dataSource: db.dataSource, clock: systemClock, pubSub };
  wireReminders(services);
  const schema = await buildAppSchema(pubSub);
  const server = await startServer(services, schema, config.port).catch(async (err: NodeJS.ErrnoException) => {
    await db.close();
    if (err.code === 'EADDRINUSE')
      throw new StartupError(`Port ${config.port} is in use; is Kehu already running? Set PORT to use another port.`);
    throw err;
  });
  logger.info(`Kehu API ready at http://localhost:${server.port}/graphql (ws://localhost:${server.port}/graphql)`);
  // Reminder scans and delivery retries (pg-boss on the same PostgreSQL; every replica runs it, each tick runs once).
  // KEHU_JOBS=false keeps a replica (or the bench) to serving requests only.
  const jobs = config.runJobs ? await startJobRunner(services, db.url) : { stop: async () => {} };
  // Webhook outbox: claimed with SKIP LOCKED, so every replica may run it.
  const webhooks = config.runJobs ? new WebhookDispatcher(services).start() : { stop: async () => {} };

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await jobs.stop().catch((e) => logger.error(`scheduler stop: ${e}`));
    await webhooks.stop().catch((e) => logger.error(`webhook dispatcher stop: ${e}`));
    await server.close().catch((e) => logger.error(`server close: ${e}`));
    await pubSub.close().catch(() => {});
    await db.close().catch((e) => logger.error(`database close: ${e}`));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
});
