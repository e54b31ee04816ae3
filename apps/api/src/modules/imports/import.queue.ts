import type { DataSource } from 'typeorm';
import { logger } from '../../common/logger';

/**
 * How startImport wakes the background worker. The job runner (jobs/runner.ts) registers a sender that
 * queues the pg-boss job `imports-run` for its database; without a runner in this process (KEHU_JOBS=false,
 * tests) nothing is sent and the runner of another replica picks the import up on its next minute tick.
 */
const senders = new Map<DataSource, () => Promise<unknown>>();

export function registerImportSender(dataSource: DataSource, send: () => Promise<unknown>): void {
  senders.set(dataSource, send);
}

export function unregisterImportSender(dataSource: DataSource): void {
  senders.delete(dataSource);
}

export async function wakeImportWorker(dataSource: DataSource): Promise<void> {
  await senders
    .get(dataSource)?.()
    .catch((e) => logger.error(`imports-run send: ${e}`));
}
