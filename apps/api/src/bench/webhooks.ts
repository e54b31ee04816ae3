import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../common/clock';
import { REPO_ROOT } from '../config';
import { createDataSource } from '../db/data-source';
import { ensureDatabase, withDatabase } from '../db/database';
import { emitEvents } from '../modules/webhooks/webhook.emit';
import { WebhookDispatcher } from '../modules/webhooks/webhook.dispatcher';
import { machine } from './results';

/** Webhook deliveries per second from one API process (one dispatcher) to a fast receiver on this machine. */
export interface WebhookRow {
  name: string;
  deliveries: number;
  endpoints: number;
  seconds: number;
  perSecond: number;
  /** Deliveries of one customer that arrived out of the order their events were written (must be 0). */
  outOfOrder: number;
  /** Event ids an endpoint received more than once (must be 0: nothing failed, nothing was retried). */
  duplicates: number;
}

export const renderWebhookRow = (w: WebhookRow) =>
  `${w.name}: ${w.deliveries.toLocaleString('en')} deliveries to ${w.endpoints} endpoints in ${w.seconds.toFixed(1)} s — ` +
  `${w.perSecond.toFixed(0)} per second (target ≥ 200/s — ${w.perSecond >= 200 ? 'met' : 'not met'}); ` +
  `${w.outOfOrder} out of order per customer, ${w.duplicates} sent twice.`;

const TYPES = ['customer.created', 'contact.created', 'follow_up.created', 'contract.signed'] as const;

/**
 * Writes `customers` × 4 events (customer.created, contact.created, follow_up.created, contract.signed: one
 * customer's life, in that order) for `endpoints` endpoints, then times one dispatcher sending them all to an
 * HTTP receiver on 127.0.0.1 that answers 200 at once. Cleans up after itself (its endpoints and events).
 */
export async function webhookThroughput(databaseUrl: string, opts: { customers?: number; endpoints?: number } = {}): Promise<WebhookRow> {
  const customers = opts.customers ?? 1250;
  const endpointCount = opts.endpoints ?? 2;
  const ds = createDataSource({ url: databaseUrl, poolSize: 10, applicationName: 'kehu-bench-webhooks' });
  await ds.initialize();
  const seen = new Map<string, string[]>(); // endpoint path + customer → event types in arrival order
  const ids = new Map<string, number>();
  let received = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const e = JSON.parse(body) as { id: string; type: string; data: { id: string; customerId?: string } };
      const key = `${req.url}|${e.data.customerId ?? e.data.id}`;
      seen.set(key, [...(seen.get(key) ?? []), e.type]);
      ids.set(`${req.url}|${e.id}`, (ids.get(`${req.url}|${e.id}`) ?? 0) + 1);
      received++;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const run = randomUUID();
  const endpointIds: string[] = [];
  try {
    for (let i = 0; i < endpointCount; i++) {
      const [row] = await ds.query(
        `INSERT INTO webhook_endpoints (url, description, events, secret, created_at, updated_at) VALUES ($1, 'bench', $2, $3, now(), now()) RETURNING id`,
        [`${base}/e${i}`, TYPES, 'whsec_bench'],
      );
      endpointIds.push(row.id);
    }
    const people = Array.from({ length: customers }, () => randomUUID());
    // One customer's events in order, customers interleaved (as a busy system writes them).
    await ds.transaction(async (em) => {
      for (const type of TYPES) {
        await emitEvents(
          em,
          type,
          people.map((c) => (type === 'customer.created' ? { id: c, bench: run } : { id: randomUUID(), customerId: c, bench: run })),
        );
      }
    });
    const total = customers * TYPES.length * endpointCount;
    const dispatcher = new WebhookDispatcher({ dataSource: ds, clock: systemClock, config: { outbound: { allowHosts: ['127.0.0.1'] } } });
    const started = performance.now();
    dispatcher.start();
    for (;;) {
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = ANY($1::uuid[]) AND status = 'PENDING'`,
        [endpointIds],
      );
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    await dispatcher.stop();
    let outOfOrder = 0;
    for (const order of seen.values()) if (order.join() !== TYPES.join()) outOfOrder++;
    const duplicates = [...ids.values()].filter((n) => n > 1).length;
    return {
      name: `webhook deliveries from one API process (${customers.toLocaleString('en')} customers × ${TYPES.length} events, ${received} received)`,
      deliveries: total,
      endpoints: endpointCount,
      seconds,
      perSecond: total / seconds,
      outOfOrder,
      duplicates,
    };
  } finally {
    if (endpointIds.length) await ds.query(`DELETE FROM webhook_endpoints WHERE id = ANY($1::uuid[])`, [endpointIds]);
    await ds.query(`DELETE FROM webhook_events WHERE payload->>'bench' = $1`, [run]);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await ds.destroy();
  }
}

/**
 * `node -r @swc-node/register src/bench/webhooks.ts` (or its build under dist/): the webhook row on its
 * own, in a migrated scratch database kehu_bench_webhooks on DATABASE_URL's server; written to
 * bench/results/webhooks/. `npm run bench` with BENCH_ONLY including `webhooks` adds the same row to its table.
 */
async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('set DATABASE_URL (a PostgreSQL server this may create a database on)');
  await ensureDatabase(adminUrl, 'kehu_bench_webhooks');
  const url = withDatabase(adminUrl, 'kehu_bench_webhooks');
  const ds = createDataSource({ url, poolSize: 2 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const loadBefore = os.loadavg()[0];
  const row = await webhookThroughput(url, {
    customers: Number(process.env.BENCH_WEBHOOK_CUSTOMERS ?? 1250),
    endpoints: Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 2),
  });
  const result = {
    at: new Date().toISOString(),
    ...machine(),
    loadAverage: [loadBefore, os.loadavg()[0]],
    webhooks: row,
    markdown: renderWebhookRow(row),
  };
  console.log(result.markdown + ` (load average ${result.loadAverage.map((x) => x.toFixed(1)).join(' → ')} on ${result.cores} cores)`);
  const dir = path.join(REPO_ROOT, 'bench', 'results', 'webhooks');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.at.replace(/[:.]/g, '-')}-${result.commit}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`written to ${path.relative(REPO_ROOT, file)}`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
