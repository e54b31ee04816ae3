import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { ensureDatabase, withDatabase } from '../db/database';
import { startEmbeddedPostgres } from '@kehu/embedded-pg';
import { queryStats, type CapturedStatement } from '../db/query-stats';
import { ManualClock } from '../common/clock';
import { createAppPubSub } from '../graphql/pubsub';
import { buildAppSchema } from '../graphql/schema';
import { startServer } from '../http/server';
import { API_NODE_FLAGS } from '../node-flags';
import { FLOOR_METHOD, pgbenchFloor, pgbenchPath } from './floor';
import { postJson, runLoad, type LoadResult } from './load';
import { machine, renderTable, writeResult, type BenchResult, type BulkRow, type FloorRow, type ResultRow } from './results';
import { benchCompanyName, LOAD_SUMMARY, seedBench, type BenchSizes } from './seed';
import { renderStorm, signInStorm, type StormRow } from './sign-in-storm';
import { webhookThroughput, type WebhookRow } from './webhooks';

/**
 * `npm run bench`: seeds a realistic, skewed data set into its own database (kept and reused across runs while
 * the sizes stay the same), starts the built API as a child process, drives it over HTTP at 1 and 16 clients,
 * and prints p50/p95 latency, throughput and the API's peak memory. Beside the customer 360 it prints the
 * database's own speed for the same statements (floor.ts: pgbench replaying what the API sent, per customer).
 * Results go to bench/results/<time>-<commit>.json; `node bench/readme-table.mjs` writes the README's table.
 * Sizes: BENCH_CUSTOMERS (100000), BENCH_SECONDS per row (10); BENCH_QUICK=1 is 20,000 customers and 5 s.
 * BENCH_ONLY=360,search-common runs only those scenarios (keys: 360, 360-busiest, list, search-common,
 * search-rare, home, duplicates, export — every customer to Excel, timed with the API's memory; bulk-export — every customer
 * with contacts as JSON Lines through startBulkExport; sign-in — 50 sign-ins at once, with a plain request's latency
 * meanwhile; webhooks — deliveries per second to a receiver on this machine).
 */
const env = process.env;
const quick = env.BENCH_QUICK === '1';
const sizes: BenchSizes = {
  customers: Number(env.BENCH_CUSTOMERS ?? (quick ? 20_000 : 100_000)),
  contactsPerCustomer: 3,
  salespeople: 20,
};
const SECONDS = Number(env.BENCH_SECONDS ?? (quick ? 5 : 10));
const log = (s: string) => console.log(`[bench] ${s}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const Q360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id name type grade source industry province city address email website status version remark customFields
    lastFollowUpAt nextFollowUpAt createdAt
    owner { id name email }
    primaryContact { id name mobile }
    contacts { id name title mobile phone email birthday isPrimary version }
    tags { id name color }
    followUps(first: 20) { totalCount edges { cursor node { id at method subject content feedback nextAt author { id name } } } pageInfo { hasNextPage endCursor } }
    changeLog(first: 10) { edges { node { id action at actor { id name } changes { field before after } } } }
    creditRating receivable { contracted received outstanding overdue }
    opportunities(first: 10) { id name amount stage winRate expectedCloseDate owner { id name } }
    contracts(first: 10) { id number title status amount signedAt }
    paymentPlans(first: 10) { id dueDate amount receivedAmount outstandingAmount status }
    receipts(first: 10) { id amount receivedDate method }
    invoices(first: 10) { id number type amount issuedDate status }
  }
}`;
const QLIST = `query List($after: String) {
  customers(first: 20, after: $after, filter: { grades: [VIP, IMPORTANT], ownership: MINE }, orderBy: { field: NEXT_FOLLOW_UP_AT, direction: ASC }) {
    totalCount edges { node { id name grade nextFollowUpAt owner { name } primaryContact { name mobile } tags { name } } } pageInfo { endCursor }
  }
}`;
const QSEARCH = `query Search($q: String!) { customers(first: 20, filter: { search: $q }) { edges { node { id name primaryContact { name mobile } } } } }`;
/** A trade word is in about one name in seven to twenty (科技: 3 trades of 20); the rare ones match a handful. */
const COMMON_WORDS = ['电子', '科技', '机械'];
const RARE_WORDS = ['华信', '张伟', 'bjhx', 'shtx', '13800', '恒通'];
const QDUP = `query Dup($name: String!) { duplicateCandidates(name: $name) { customerId name exact visible owner { name } } }`;
/** The home page's health and forecast cards, as the web asks for them (ChurnRiskCard, ForecastHomeCard). */
const QHOME = `query Home {
  churnRisks(first: 5) { totalCount items { customer { id name grade owner { id name } } causes { cause since detail text } } }
  salesForecast(filter: { period: MONTH }) { periods { label start end mine { kind userId name won wonCount weighted commit bestCase openCount target completionPercent gap coverage } } }
}`;

interface Scenario {
  name: string;
  key: string;
  request: (client: number, i: number) => Promise<boolean>;
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  return (await gqlError(url, token, query, variables)) === null;
}

/** Null when the request succeeded, else what went wrong. */
async function gqlError(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<string | null> {
  const res = await postJson(url, { authorization: `Bearer ${token}` }, JSON.stringify({ query, variables }));
  const body = JSON.parse(res.body) as { data?: unknown; errors?: unknown[] };
  return res.status === 200 && !body.errors ? null : `HTTP ${res.status} ${res.body.slice(0, 500)}`;
}

/** Peak resident memory of a process, sampled from /proc (VmHWM is the kernel's own high-water mark). */
function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

/** A seed that stopped half way (Ctrl-C, an error) has no `bench_seeded` table (its last step): start over. */
async function dropIfPartlySeeded(adminUrl: string, dbName: string) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount;
    if (!exists) return;
    const db = new Client({ connectionString: withDatabase(adminUrl, dbName) });
    await db.connect();
    const complete = await db
      .query(`SELECT to_regclass('bench_seeded') IS NOT NULL AS done, to_regclass('customers') IS NULL AS empty`)
      .then(
        (r) => r.rows[0].done || r.rows[0].empty,
        () => false,
      )
      .finally(() => db.end());
    if (complete) return;
    log(`${dbName} was not seeded to the end (an interrupted seed): dropping it`);
    await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function main() {
  let adminUrl = env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!adminUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(REPO_ROOT, '.data', 'bench-pg'), port: await freePort() });
    adminUrl = pg.localUrl;
    stopEmbedded = () => pg.stop();
  }
  // v4: skewed (long-tailed) relations. A new name, so an older data set is not reused as if it were this one.
  const dbName = `kehu_bench_v4_${sizes.customers}`;
  await dropIfPartlySeeded(adminUrl, dbName);
  await ensureDatabase(adminUrl, dbName);
  const url = withDatabase(adminUrl, dbName);
  const ds = createDataSource({ url, poolSize: 4 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  const db = new Client({ connectionString: url });
  await db.connect();
  const seeded = (await db.query(`SELECT count(*)::int AS n FROM customers`)).rows[0].n;
  if (seeded === 0) {
    log(`seeding ${sizes.customers} customers on a long tail…`);
    await seedBench(db, sizes, log);
  } else log(`reusing seeded database ${dbName} (${seeded} customers)`);
  const data = (await db.query(LOAD_SUMMARY)).rows[0];
  const sales = (await db.query(`SELECT id, email FROM users WHERE email = 'bench.sales1@kehu.demo'`)).rows[0];
  // The 360's customers: a fixed pseudo-random sample of the salesperson's own, so across the whole tail in
  // proportion; and her busiest 1 % by follow-ups, reported on their own row.
  const ids = async (sql: string) => (await db.query(sql, [sales.id])).rows.map((r) => r.id as string);
  const tail = await ids(`SELECT id FROM bench_load WHERE owner_id = $1 ORDER BY hashtext(id::text) LIMIT 400`);
  // The busiest 1 % of all customers (500 follow-ups and more), those of hers; at tiny sizes at least her busiest one.
  const busiest = await ids(
    `SELECT id FROM bench_load WHERE owner_id = $1
        AND (follow_ups >= (SELECT percentile_disc(0.99) WITHIN GROUP (ORDER BY follow_ups) FROM bench_load)
             OR id = (SELECT id FROM bench_load WHERE owner_id = $1 ORDER BY follow_ups DESC, id LIMIT 1))
      ORDER BY follow_ups DESC, id`,
  );
  const followUpsOf = async (list: string[]) =>
    (
      await db.query(
        `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY follow_ups) AS median, max(follow_ups) AS max, min(follow_ups) AS min FROM bench_load WHERE id = ANY($1::uuid[])`,
        [list],
      )
    ).rows[0];
  const samples = {
    tail: { ids: tail, followUps: await followUpsOf(tail) },
    busiest: { ids: busiest, followUps: await followUpsOf(busiest) },
  };
  log(
    `360 samples: ${tail.length} across the tail (follow-ups ${JSON.stringify(samples.tail.followUps)}), ${busiest.length} busiest (${JSON.stringify(samples.busiest.followUps)})`,
  );

  // The API as users run it: a separate production process, so its memory is its own.
  const port = await freePort();
  const api: ChildProcess = spawn(process.execPath, [...API_NODE_FLAGS, path.join(REPO_ROOT, 'apps/api/dist/main.js')], {
    env: {
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: String(port),
      AUTH_SECRET: 'bench-secret-bench-secret-0123',
      LOG_LEVEL: 'warn',
      KEHU_SEED_DEMO: 'false',
      RATE_LIMIT_MAXIMUM: '0',
      // No reminder scans or pool reclaim competing with the rows; the bulk export's background worker only.
      KEHU_JOBS: 'true',
      KEHU_JOBS_ONLY: 'bulk-exports-run',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // A bench that fails must not leave its API running (its job worker would take the next run's bulk export).
  process.on('exit', () => api.kill('SIGKILL'));
  const apiUrl = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 300) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const token = await signIn(apiUrl, sales.email);

  const scenarios: Scenario[] = [
    {
      name: 'customer 360 (sampled across the tail)',
      key: '360',
      request: (c, i) => gql(apiUrl, token, Q360, { id: tail[(c * 131 + i) % tail.length] }),
    },
    {
      name: 'customer 360 (busiest 1 %)',
      key: '360-busiest',
      request: (c, i) => gql(apiUrl, token, Q360, { id: busiest[(c * 7 + i) % busiest.length] }),
    },
    { name: 'customer list (我的客户, VIP+重要, by next follow-up)', key: 'list', request: () => gql(apiUrl, token, QLIST, {}) },
    {
      name: `search, common trade word (${COMMON_WORDS.join(' ')})`,
      key: 'search-common',
      request: (c, i) => gql(apiUrl, token, QSEARCH, { q: COMMON_WORDS[(c + i) % COMMON_WORDS.length] }),
    },
    {
      name: `search, rare words (${RARE_WORDS.join(' ')})`,
      key: 'search-rare',
      request: (c, i) => gql(apiUrl, token, QSEARCH, { q: RARE_WORDS[(c + i) % RARE_WORDS.length] }),
    },
    { name: 'home cards (churn risks, month forecast and target)', key: 'home', request: () => gql(apiUrl, token, QHOME, {}) },
    {
      name: 'duplicate check',
      key: 'duplicates',
      request: (c, i) =>
        gql(apiUrl, token, QDUP, { name: benchCompanyName((c * 977 + i * 31) % sizes.customers).replace('有限公司', '股份有限公司') }),
    },
  ];
  const rows: ResultRow[] = [];
  const loadAtStart = os.loadavg()[0];
  const only = env.BENCH_ONLY?.split(',');
  for (const s of scenarios.filter((x) => !only || only.includes(x.key))) {
    for (let w = 0; w < 20; w++) if (!(await s.request(0, w))) throw new Error(`${s.name}: the API answered with an error`);
    for (const clients of [1, 16]) {
      const result = await runLoad(clients, SECONDS, s.request);
      rows.push({ scenario: s.name, key: s.key, clients, ...result });
      log(`${s.name} @${clients}: ${result.throughput.toFixed(0)}/s p95 ${result.p95.toFixed(1)} ms`);
    }
  }
  const apiPeakMb = peakRssMb(api.pid!);
  const loadAtEnd = os.loadavg()[0];
  const bulk: BulkRow[] = [];
  if (!only || only.includes('export')) {
    const row = await exportAllCustomers(`http://127.0.0.1:${port}`, api.pid!);
    bulk.push(row);
    log(`export of ${row.rows} customers: ${row.seconds.toFixed(1)} s, API memory ${row.rssBeforeMb} → ${row.rssPeakMb} MB`);
  }
  if (!only || only.includes('bulk-export')) {
    const row = await bulkExportAllCustomers(`http://127.0.0.1:${port}`, api.pid!);
    bulk.push(row);
    log(`${row.name}: ${row.seconds.toFixed(1)} s, API memory ${row.rssBeforeMb} → ${row.rssPeakMb} MB`);
  }
  let storm: StormRow | undefined;
  if (!only || only.includes('sign-in')) {
    const emails = Array.from({ length: Math.min(10, sizes.salespeople) }, (_, i) => `bench.sales${i + 1}@kehu.demo`);
    storm = await signInStorm(apiUrl, emails, token);
    log(renderStorm(storm));
  }
  api.kill('SIGINT');
  let webhooks: WebhookRow | undefined;
  if (!only || only.includes('webhooks')) {
    webhooks = await webhookThroughput(url);
    log(`webhooks: ${webhooks.perSecond.toFixed(0)} deliveries/s`);
  }

  // The database's own speed for the same 360s: the statements the API sent for each sampled customer.
  const floor: FloorRow[] = [];
  let statementsPer360 = 0;
  let floorNote: string;
  if (!pgbenchPath()) {
    floorNote = 'pgbench is not installed here: no floor measured, no ratio printed';
    log(floorNote);
  } else {
    floorNote = FLOOR_METHOD;
    const captured = await capture360s(url, sales.email, { tail, busiest });
    statementsPer360 = captured.tail[0].length;
    for (const [key, label] of [
      ['360', 'tail'],
      ['360-busiest', 'busiest'],
    ] as const) {
      if (!rows.some((x) => x.key === key)) continue;
      for (const r of await pgbenchFloor(db, url, label, captured[label], [1, 16], SECONDS, MAIN_SESSION_OPTIONS)) {
        const api = rows.find((x) => x.key === key && x.clients === r.clients)!;
        floor.push({ key, ...r, apiShare: api.throughput / r.throughput });
        log(
          `floor ${label} @${r.clients}: ${r.throughput.toFixed(0)}/s p95 ${r.p95.toFixed(1)} ms (API at ${((api.throughput / r.throughput) * 100).toFixed(0)} %)`,
        );
      }
    }
  }
  await db.end();
  await stopEmbedded?.();

  const result: BenchResult = {
    at: new Date().toISOString(),
    ...machine(),
    loadAverage: [loadAtStart, loadAtEnd],
    sizes,
    data,
    samples: {
      tail: { count: tail.length, followUps: samples.tail.followUps },
      busiest: { count: busiest.length, followUps: samples.busiest.followUps },
    },
    secondsPerRow: SECONDS,
    apiPeakMb,
    statementsPer360,
    rows,
    floor,
    floorMethod: floorNote,
    bulk,
    storm,
    webhooks,
    ...(only ? { only } : {}),
  };
  console.log('\n' + renderTable(result));
  const file = writeResult(result);
  log(`written to ${path.relative(REPO_ROOT, file)} (commit it; \`node bench/readme-table.mjs\` puts the table in README.md)`);
  process.exit(0);
}

/** Resident memory of a process now, from /proc. */
function rssMb(pid: number): number {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/**
 * Every customer to Excel as the admin does it: createExport, then download the streamed file. Time from the
 * request to the last byte; the API's resident memory sampled every 100 ms (a streamed file keeps it flat).
 */
async function exportAllCustomers(base: string, apiPid: number): Promise<BulkRow> {
  const token = await signIn(`${base}/graphql`, 'bench.admin@kehu.demo');
  const rssBeforeMb = rssMb(apiPid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(apiPid))), 100);
  const started = performance.now();
  try {
    const res = await postJson(
      `${base}/graphql`,
      { authorization: `Bearer ${token}` },
      JSON.stringify({ query: `mutation { createExport(input: { kind: CUSTOMERS }) { url } }` }),
    );
    const link = (JSON.parse(res.body) as { data?: { createExport: { url: string } }; errors?: unknown }).data?.createExport.url;
    if (!link) throw new Error(`createExport failed: ${res.body.slice(0, 300)}`);
    const download = await fetch(`${base}${link}`, { headers: { authorization: `Bearer ${token}` } });
    if (!download.ok || !download.body) throw new Error(`export download: HTTP ${download.status}`);
    let bytes = 0;
    for await (const chunk of download.body) bytes += (chunk as Uint8Array).byteLength;
    const seconds = (performance.now() - started) / 1000;
    rssPeakMb = Math.max(rssPeakMb, rssMb(apiPid));
    const audit = await postJson(
      `${base}/graphql`,
      { authorization: `Bearer ${token}` },
      JSON.stringify({ query: `{ exportAudit(first: 1) { edges { node { rowCount } } } }` }),
    );
    const rows =
      (JSON.parse(audit.body) as { data?: { exportAudit: { edges: { node: { rowCount: number } }[] } } }).data?.exportAudit.edges[0]?.node
        .rowCount ?? 0;
    return {
      name: `export of every owned customer (${rows.toLocaleString('en')}) to Excel by the admin`,
      rows,
      seconds,
      bytes,
      rssBeforeMb,
      rssPeakMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Every customer with their contacts as JSON Lines through the bulk export, as an integrator does it: startBulkExport,
 * poll until DONE (the API's own background worker writes the file to storage), then download it. Timed from the
 * mutation to the last byte; the API's resident memory sampled every 100 ms; progress must move at every poll.
 */
async function bulkExportAllCustomers(base: string, apiPid: number): Promise<BulkRow> {
  const token = await signIn(`${base}/graphql`, 'bench.admin@kehu.demo');
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await postJson(`${base}/graphql`, { authorization: `Bearer ${token}` }, JSON.stringify({ query, variables }));
    const body = JSON.parse(res.body) as { data?: T; errors?: unknown };
    if (!body.data || body.errors) throw new Error(`bulk export: ${res.body.slice(0, 300)}`);
    return body.data;
  };
  const rssBeforeMb = rssMb(apiPid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(apiPid))), 100);
  const started = performance.now();
  try {
    const { startBulkExport } = await call<{ startBulkExport: { id: string } }>(
      `mutation { startBulkExport(input: { kind: CUSTOMERS }) { id } }`,
    );
    type Job = { status: string; processedRows: number; totalRows: number | null; url: string | null; error: string | null };
    let job: Job;
    let stalls = 0;
    let lastRows = -1;
    let lastMove = performance.now();
    for (;;) {
      job = (
        await call<{ bulkExport: Job }>(`query($id: ID!) { bulkExport(id: $id) { status processedRows totalRows url error } }`, {
          id: startBulkExport.id,
        })
      ).bulkExport;
      if (job.status === 'DONE' || job.status === 'FAILED') break;
      const now = performance.now();
      if (job.status === 'RUNNING' && job.processedRows !== lastRows) {
        if (lastRows >= 0 && now - lastMove > 1000) stalls++;
        lastRows = job.processedRows;
        lastMove = now;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    if (job.status !== 'DONE' || !job.url) throw new Error(`bulk export ${job.status}: ${job.error}`);
    const ready = (performance.now() - started) / 1000;
    const download = await fetch(`${base}${job.url}`);
    if (!download.ok || !download.body) throw new Error(`bulk export download: HTTP ${download.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of download.body) {
      const buf = chunk as Uint8Array;
      bytes += buf.byteLength;
      for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++;
    }
    if (lines !== job.processedRows) throw new Error(`bulk export: ${lines} lines for ${job.processedRows} rows`);
    const seconds = (performance.now() - started) / 1000;
    rssPeakMb = Math.max(rssPeakMb, rssMb(apiPid));
    return {
      name: `bulk export of every customer with contacts (${lines.toLocaleString('en')}) as JSON Lines by the admin (file ready after ${ready.toFixed(1)} s; progress paused over 1 s ${stalls} times)`,
      rows: lines,
      seconds,
      bytes,
      rssBeforeMb,
      rssPeakMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await postJson(url, {}, JSON.stringify({ query: `mutation { login(email: "${email}", password: "Kehu@2026!") { token } }` }));
  return (JSON.parse(res.body) as { data: { login: { token: string } } }).data.login.token;
}

/** The same pool settings the API's data source gives its main pool (data-source.ts); prepared reads report their own. */
const MAIN_SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0 -c timezone=UTC';

/**
 * Every 360 statement the API sends, per customer: an in-process API on the same database answers the 360
 * for each customer once while the statement hook (db/query-stats.ts) records what reaches PostgreSQL.
 */
async function capture360s<K extends string>(
  url: string,
  email: string,
  sets: Record<K, string[]>,
): Promise<Record<K, CapturedStatement[][]>> {
  const ds = createDataSource({ url, poolSize: 4 });
  await ds.initialize();
  const pubSub = createAppPubSub(null);
  const services = {
    config: {
      ...loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-0123', RATE_LIMIT_MAXIMUM: '0' }),
      databaseUrl: url,
    },
    dataSource: ds,
    clock: new ManualClock(),
    pubSub,
  };
  const server = await startServer(services, await buildAppSchema(pubSub), 0, '127.0.0.1');
  try {
    const token = await signIn(server.url, email);
    const out = {} as Record<K, CapturedStatement[][]>;
    for (const key of Object.keys(sets) as K[]) {
      out[key] = [];
      for (const id of sets[key]) {
        const warm = await gqlError(server.url, token, Q360, { id });
        if (warm) throw new Error(`capture: the 360 of ${id} failed: ${warm}`);
        queryStats.startCapture();
        const error = await gqlError(server.url, token, Q360, { id });
        const statements = queryStats.stopCapture();
        if (error) throw new Error(`capture: the 360 of ${id} failed: ${error}`);
        out[key].push(statements);
      }
    }
    return out;
  } finally {
    await server.close();
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
