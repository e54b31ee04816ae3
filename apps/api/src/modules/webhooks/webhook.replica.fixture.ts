import 'reflect-metadata';
import { systemClock } from '../../common/clock';
import { createDataSource } from '../../db/data-source';
import { WebhookDispatcher } from './webhook.dispatcher';

/**
 * A second API replica's webhook dispatcher in a process of its own, for webhook.takeover.test.ts to kill
 * (SIGKILL: no cleanup, like a crashed container). DATABASE_URL names the shared database.
 */
async function main() {
  const ds = createDataSource({ url: process.env.DATABASE_URL!, poolSize: 4, applicationName: 'kehu-replica-fixture' });
  await ds.initialize();
  new WebhookDispatcher(
    { dataSource: ds, clock: systemClock, config: { outbound: { allowHosts: ['127.0.0.1'] } } },
    { intervalMs: 50 },
  ).start();
  process.stdout.write('ready\n');
}
void main();
