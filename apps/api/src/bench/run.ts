import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT, loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { ensureDatabase, withDatabase } from '../db/database';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { queryStats } from '../db/query-stats';
import { ManualClock } from '../common/clock';
import { createAppPubSub } from '../graphql/pubsub';
import { buildAppSchema } from '../graphql/schema';
import { startServer } from '../http/server';
import { API_NODE_FLAGS } from '../node-flags';
import { postJson, runLoad, type LoadResult } from './load';
import { benchCompanyName, seedBench, type BenchSizes } from './seed';

/**
 * `npm run bench`: seeds a realistic data set into its own database (kept and reused across runs while the
 * sizes stay the same), starts the built API as a child process, drives it over HTTP at 1 and 16 clients, and
 * prints p50/p95 latency, throughput and the API's peak memory, plus the customer 360 query's own SQL
 * replayed on PostgreSQL directly (prepared statements) so the cost of every layer above SQL is visible.
 * Sizes: BENCH_CUSTOMERS (100000), BENCH_CONTACTS_PER_CUSTOMER (3), BENCH_FOLLOW_UPS_PER_CUSTOMER (10),
 * BENCH_SECONDS per scenario (10).
 */
const env = process.env;
const sizes: BenchSizes = {
  customers: Number(env.BENCH_CUSTOMERS ?? 100_000),
  contactsPerCustomer: Number(env.BENCH_CONTACTS_PER_CUSTOMER ?? 3),
  followUpsPerCustomer: Number(env.BENCH_FOLLOW_UPS_PER_CUSTOMER ?? 10),
  salespeople: 20,
};
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
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
const QDUP = `query Dup($name: String!) { duplicateCandidates(name: $name) { customerId name exact visible owner { name } } }`;

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await postJson(url, { authorization: `Bearer ${token}` }, JSON.stringify({ query, variables }));
  const body = JSON.parse(res.body) as { data?: unknown; errors?: unknown[] };
  return res.status === 200 && !body.errors;
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

/** A seed that stopped half way (Ctrl-C, an error) leaves fewer customers than its name says: start over. */
async function dropIfPartlySeeded(adminUrl: string, dbName: string) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount;
    if (!exists) return;
    const db = new Client({ connectionString: withDatabase(adminUrl, dbName) });
    await db.connect();
    const n = await db
      .query(`SELECT count(*)::int AS n FROM customers`)
      .then((r) => r.rows[0].n as number, () => 0)
      .finally(() => db.end());
    if (n === 0 || n === sizes.customers) return;
    log(`${dbName} holds ${n} of ${sizes.customers} customers (an interrupted seed): dropping it`);
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
  // v2: with deals. A new name, so a database seeded before them is not reused as if complete.
  const dbName = `kehu_bench_v2_${sizes.customers}_${sizes.contactsPerCustomer}_${sizes.followUpsPerCustomer}`;
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
    log(`seeding ${sizes.customers} customers, ${sizes.customers * sizes.contactsPerCustomer} contacts, ${sizes.customers * sizes.followUpsPerCustomer} follow-ups…`);
    await seedBench(db, sizes, log);
  } else log(`reusing seeded database ${dbName} (${seeded} customers)`);
  const sales = (await db.query(`SELECT id, email FROM users WHERE email = 'bench.sales1@kehu.demo'`)).rows[0];
  const mine: string[] = (await db.query(`SELECT id FROM customers WHERE owner_id = $1 ORDER BY id LIMIT 500`, [sales.id])).rows.map((r) => r.id);

  // The API as users run it: a separate production process, so its memory is its own.
  const port = await freePort();
  const api: ChildProcess = spawn(process.execPath, [...API_NODE_FLAGS, path.join(REPO_ROOT, 'apps/api/dist/main.js')], {
    env: { ...env, NODE_ENV: 'production', DATABASE_URL: url, PORT: String(port), AUTH_SECRET: 'bench-secret-bench-secret-0123', LOG_LEVEL: 'warn', KEHU_SEED_DEMO: 'false', KEHU_JOBS: 'false', RATE_LIMIT_MAXIMUM: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
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
  const login = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${sales.email}", password: "Kehu@2026!") { token } }` }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;

  const SEARCH_TERMS = ['科技', '华信', '张伟', '李娜', '电子', '物流', 'bjhx', 'shtx', '13800', '机械制造'];
  const scenarios: [string, (c: number, i: number) => Promise<boolean>][] = [
    ['customer 360', (c, i) => gql(apiUrl, token, Q360, { id: mine[(c * 131 + i) % mine.length] })],
    ['customer list (filter)', () => gql(apiUrl, token, QLIST, {})],
    ['search (Chinese / pinyin)', (c, i) => gql(apiUrl, token, QSEARCH, { q: SEARCH_TERMS[(c + i) % SEARCH_TERMS.length] })],
    ['duplicate check', (c, i) => gql(apiUrl, token, QDUP, { name: benchCompanyName((c * 977 + i * 31) % sizes.customers).replace('有限公司', '股份有限公司') })],
  ];
  const rows: { scenario: string; clients: number; result: LoadResult }[] = [];
  for (const [scenario, request] of scenarios) {
    for (let w = 0; w < 20; w++) await request(0, w); // warm-up: plans, pools, JIT
    for (const clients of [1, 16]) {
      const result = await runLoad(clients, SECONDS, request);
      rows.push({ scenario, clients, result });
      log(`${scenario} @${clients}: ${result.throughput.toFixed(0)}/s p95 ${result.p95.toFixed(1)} ms`);
    }
  }
  const apiPeakMb = peakRssMb(api.pid!);
  api.kill('SIGINT');

  // The 360 query's own statements, captured from an in-process API, replayed as prepared statements.
  const raw = await replay360(url, sales.email, mine);
  await db.end();
  await stopEmbedded?.();

  const r360 = rows.find((r) => r.scenario === 'customer 360' && r.clients === 16)!.result;
  const table = [
    '| scenario | clients | requests/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ scenario, clients, result: r }) => `| ${scenario} | ${clients} | ${r.throughput.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`),
    ...raw.results.map(({ clients, result: r }) => `| 360 raw SQL (${raw.statements} prepared statements) | ${clients} | ${r.throughput.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`),
  ];
  const raw16 = raw.results.find((r) => r.clients === 16)!.result;
  console.log(`\nKehu bench — ${sizes.customers} customers, ${sizes.customers * sizes.contactsPerCustomer} contacts, ${sizes.customers * sizes.followUpsPerCustomer} follow-ups, ${SECONDS} s per row\n`);
  console.log(table.join('\n'));
  console.log(`\nAPI peak resident memory: ${apiPeakMb} MB`);
  console.log(`360 at 16 clients: API ${r360.throughput.toFixed(0)}/s vs raw SQL ${raw16.throughput.toFixed(0)}/s — the API reaches ${((r360.throughput / raw16.throughput) * 100).toFixed(0)} % of the database's own speed (p95 ${r360.p95.toFixed(1)} vs ${raw16.p95.toFixed(1)} ms)`);
  console.log(`Statements per 360 request: ${raw.statements}`);

  const out = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), sizes, secondsPerRow: SECONDS, apiPeakMb, statementsPer360: raw.statements, rows, raw: raw.results }, null, 2),
  );
  log(`written to bench/results/latest.json`);
  process.exit(0);
}

async function replay360(url: string, email: string, ids: string[]) {
  const ds = createDataSource({ url, poolSize: 4 });
  await ds.initialize();
  const pubSub = createAppPubSub(null);
  const services = { config: { ...loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-bench-secret-0123' }), databaseUrl: url }, dataSource: ds, clock: new ManualClock(), pubSub };
  const server = await startServer(services, await buildAppSchema(pubSub), 0, '127.0.0.1');
  const login = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "Kehu@2026!") { token } }` }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  await gql(server.url, token, Q360, { id: ids[0] });
  queryStats.startCapture();
  await gql(server.url, token, Q360, { id: ids[0] });
  const statements = queryStats.stopCapture();
  await server.close();
  await ds.destroy();

  const clients: Client[] = [];
  for (let i = 0; i < 16; i++) {
    const c = new Client({ connectionString: url, options: '-c max_parallel_workers_per_gather=0' });
    await c.connect();
    clients.push(c);
  }
  const run = async (client: Client) => {
    for (const [n, s] of statements.entries()) await client.query({ name: `s${n}`, text: s.sql, values: s.params as unknown[] });
    return true;
  };
  const results = [];
  for (const n of [1, 16]) {
    for (let w = 0; w < 20; w++) await run(clients[0]);
    results.push({ clients: n, result: await runLoad(n, SECONDS, (c) => run(clients[c])) });
  }
  await Promise.all(clients.map((c) => c.end()));
  return { statements: statements.length, results };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
