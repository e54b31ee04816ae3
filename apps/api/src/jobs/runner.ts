import type { AppServices } from '../graphql/context';
import { logger } from '../common/logger';
import { deliverDue } from '../modules/channels/delivery.service';
import type { ReminderKind } from '../modules/notifications/notification.enums';
import { reclaimDueCustomers } from '../modules/pool/pool.service';
import { runAllScans, runScan } from '../modules/reminders/reminder.service';
import { IMPORT_STALE_SECONDS, runQueuedImports } from '../modules/imports/import.run';
import { registerImportSender, unregisterImportSender } from '../modules/imports/import.queue';
import {
  BULK_STALE_SECONDS,
  registerBulkExportSender,
  runQueuedBulkExports,
  unregisterBulkExportSender,
} from '../modules/bulk-exports/bulk-export.run';
import { loadPgBoss, type PgBoss } from './pg-boss';

/** pg-boss keeps its tables in this schema of the application's own database. */
export const JOBS_SCHEMA = 'pgboss';

/** The scheduled jobs: cron in the business time zone, one run at a time across replicas (singleton queues). */
export const JOBS = {
  'reminders-scan': {
    cron: '* * * * *',
    description: 'every reminder scan (follow-ups, visits, tasks, birthdays, contracts, payments, pool)',
  },
  'notification-deliveries': { cron: '* * * * *', description: 'retries of email / DingTalk / WeCom deliveries whose backoff has passed' },
  'pool-reclaim': { cron: '*/5 * * * *', description: 'moves customers the pool rules make due back to the public pool (公海)' },
  // Sent at once by startImport; the minute tick resumes an import a crash interrupted.
  'imports-run': { cron: '* * * * *', description: 'runs queued Excel imports and resumes interrupted ones' },
  // Sent at once by startBulkExport; the minute tick takes over an export whose worker died.
  'bulk-exports-run': {
    cron: '* * * * *',
    description: 'writes queued bulk exports (JSON Lines / Excel) to files storage and restarts abandoned ones',
  },
} as const;
export type JobName = keyof typeof JOBS;

/**
 * A worker beats each job's heartbeat (pg-boss refreshes it every half period while the handler runs). A
 * process killed mid-job stops beating, and pg-boss's monitor, which passes every MONITOR_SECONDS, fails the
 * job for a retry: the singleton queue is free again within about half a minute instead of after
 * expireInSeconds (10 minutes), so an import a crash interrupted does not hold up every other import.
 */
export const JOB_HEARTBEAT_SECONDS = 15;
const MONITOR_SECONDS = 15;

export interface JobRunner {
  boss: PgBoss;
  /** Runs one scan in-process now (tests and the admin's runReminderScans use the same path). */
  runScan(kind: ReminderKind): ReturnType<typeof runScan>;
  /** Runs a scheduled job's body in-process now. */
  runJob(name: JobName): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the application database (it creates or migrates its own schema on start, so a fresh
 * database, or one cloned from the test template, works), schedules the scans and works their queues.
 * Replicas share the schedule: pg-boss sends each cron tick once, and the notification key makes a
 * double run harmless anyway.
 */
export async function startJobRunner(
  services: AppServices,
  connectionString: string,
  opts: { schedule?: boolean; work?: boolean } = {},
): Promise<JobRunner> {
  const { PgBoss } = loadPgBoss();
  const boss = new PgBoss({
    connectionString,
    schema: JOBS_SCHEMA,
    max: 3,
    application_name: 'kehu-jobs',
    superviseIntervalSeconds: MONITOR_SECONDS,
    monitorIntervalSeconds: MONITOR_SECONDS,
  });
  boss.on('error', (e: unknown) => logger.error(`pg-boss: ${(e as Error)?.message ?? e}`));
  await boss.start();

  const bodies: Record<JobName, () => Promise<unknown>> = {
    'reminders-scan': () => runAllScans(services),
    'notification-deliveries': () => deliverDue(services),
    'pool-reclaim': () => reclaimDueCustomers(services.dataSource, services.clock),
    'imports-run': () => runQueuedImports(services),
    'bulk-exports-run': () => runQueuedBulkExports(services),
  };
  const only = services.config.jobsOnly;
  const names = (Object.keys(JOBS) as JobName[]).filter((n) => !only || only.includes(n));
  for (const name of names) {
    await boss.createQueue(name, {
      policy: 'singleton',
      retryLimit: 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 600,
      heartbeatSeconds: JOB_HEARTBEAT_SECONDS,
    });
    await boss.updateQueue(name, { heartbeatSeconds: JOB_HEARTBEAT_SECONDS }); // a queue created before keeps its options otherwise
    if (opts.schedule !== false) await boss.schedule(name, JOBS[name].cron, null, { tz: services.config.businessTimeZone });
    if (opts.work !== false) {
      await boss.work(name, async () => {
        await bodies[name]();
      });
    }
  }
  if (opts.work !== false && names.includes('imports-run')) {
    registerImportSender(services.dataSource, () => boss.send('imports-run', {}));
    // After a restart: once the heartbeat of an import the crashed process was running has gone stale, resume it
    // (rather than at the next minute's tick).
    await boss.send('imports-run', {}, { startAfter: IMPORT_STALE_SECONDS + 1 });
  }
  if (opts.work !== false && names.includes('bulk-exports-run')) {
    registerBulkExportSender(services.dataSource, () => boss.send('bulk-exports-run', {}));
    await boss.send('bulk-exports-run', {}, { startAfter: BULK_STALE_SECONDS + 1 });
  }
  logger.info(`scheduler started (pg-boss schema "${JOBS_SCHEMA}": ${names.join(', ')})`);

  return {
    boss,
    runScan: (kind) => runScan(services, kind),
    runJob: (name) => bodies[name](),
    stop: () => {
      unregisterImportSender(services.dataSource);
      unregisterBulkExportSender(services.dataSource);
      return boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
