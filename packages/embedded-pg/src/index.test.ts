import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError, findFreePort, startEmbeddedPostgres, type EmbeddedPostgres } from './index';

// One data directory for the whole file: initdb runs once, every later start reuses the cluster.
let root: string;
let dataDir: string;
const started: EmbeddedPostgres[] = [];
const logLines: string[] = [];
const warnings: string[] = [];

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-embedded-pg-test-'));
  dataDir = path.join(root, 'pg');
});

afterAll(async () => {
  await Promise.all(started.map((pg) => pg.stop()));
  fs.rmSync(root, { recursive: true, force: true });
});

async function start(port?: number): Promise<EmbeddedPostgres> {
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: port ?? (await findFreePort()),
    log: (line) => logLines.push(line),
    warn: (line) => warnings.push(line),
  });
  started.push(pg);
  return pg;
}

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A PID that certainly belonged to a process and is free now. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

function writePostmasterPid(pid: number, port: number) {
  const real = fs.realpathSync(dataDir);
  // The layout PostgreSQL writes: pid, data dir, start time, port, socket dir, listen address, shmem key, status.
  const content = [pid, real, Math.floor(Date.now() / 1000) - 60, port, real, '127.0.0.1', '  2146482        15', 'ready   ', ''];
  fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), content.join('\n'));
}

test('initialises a UTF-8 cluster and keeps its data across a restart', async () => {
  const pg = await start();
  expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
  expect(pg.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/);
  expect(pg.url).toContain(`:${pg.port}/`);
  // The same server through its Unix socket, in the data directory (what the API itself uses).
  expect(pg.localUrl).toBe(pg.url.replace('@127.0.0.1:', `@${encodeURIComponent(pg.dataDir)}:`));
  expect(await query(pg.localUrl, `SELECT inet_server_addr() IS NULL AS unix`)).toEqual([{ unix: true }]);

  const [settings] = await query(
    pg.url,
    `SELECT pg_encoding_to_char(encoding) AS encoding, datctype, datlocale,
            upper('abcé') AS upper, 'é' ~* 'É' AS folds, to_tsvector('simple', '客户管理 中文') AS tsv,
            current_setting('max_connections') AS max_connections,
            current_setting('shared_buffers') AS shared_buffers,
            current_setting('max_parallel_workers_per_gather') AS parallel,
            current_setting('fsync') AS fsync, current_setting('listen_addresses') AS listen
       FROM pg_database WHERE datname = current_database()`,
  );
  expect(settings).toEqual({
    encoding: 'UTF8',
    datctype: process.platform === 'linux' ? 'C.UTF-8' : expect.any(String),
    datlocale: 'C.UTF-8', // builtin provider: Unicode ctype whatever the OS locales
    upper: 'ABCÉ',
    folds: true,
    tsv: "'中文':2 '客户管理':1",
    max_connections: '200',
    shared_buffers: '128MB',
    parallel: '0',
    fsync: 'on',
    listen: '127.0.0.1',
  });

  await query(pg.url, 'CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL)');
  await query(pg.url, 'INSERT INTO customer VALUES (1, $1)', ['上海客户 Café']);
  await pg.stop();
  await pg.stop(); // idempotent
  expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  expect(logLines.some((l) => l.includes('database system is shut down'))).toBe(true);

  const again = await start();
  expect(await query(again.url, 'SELECT name FROM customer')).toEqual([{ name: '上海客户 Café' }]);
  await again.stop();
});

test('starts over a stale postmaster.pid left by a crash', async () => {
  // kill -9 of both Node and PostgreSQL leaves postmaster.pid behind with a dead PID ...
  const port = await findFreePort();
  writePostmasterPid(deadPid(), port);
  let pg = await start(port);
  expect(await query(pg.url, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 1 }]);
  await pg.stop();

  // ... which, after a reboot, may belong to an unrelated live process (PostgreSQL alone would refuse to start).
  const unrelated = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    writePostmasterPid(unrelated.pid!, port);
    pg = await start(port);
    expect(await query(pg.url, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 1 }]);
    await pg.stop();
  } finally {
    unrelated.kill();
  }
});

test('a second start on the same data dir fails with a clear message while the first runs', async () => {
  const first = await start();
  const real = fs.realpathSync(dataDir);
  const second = start();
  await expect(second).rejects.toThrow(
    `Kehu's database is already running (pid ${first.pid}, data dir ${real}). Stop the other "npm start" first.`,
  );
  await expect(second).rejects.toMatchObject({ code: 'ALREADY_RUNNING', isUserFacing: true });
  // The first one is unharmed.
  expect(await query(first.url, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 1 }]);
  await first.stop();
});

test('stops a server orphaned by a crashed Kehu process and starts its own', async () => {
  const orphan = await start();
  // What kill -9 of Node leaves: the server keeps running, its starter is gone.
  const ownerFile = path.join(dataDir, 'kehu-owner.json');
  const owner = JSON.parse(fs.readFileSync(ownerFile, 'utf8'));
  fs.writeFileSync(ownerFile, JSON.stringify({ ...owner, ownerPid: deadPid() }));

  const pg = await start();
  expect(pg.pid).not.toBe(orphan.pid);
  await expect(orphan.exited).resolves.toEqual({ code: 0, signal: null }); // a clean (fast) shutdown
  expect(warnings.some((w) => w.includes(`stopping the embedded PostgreSQL (pid ${orphan.pid})`))).toBe(true);
  expect(await query(pg.url, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 1 }]);
  await pg.stop();
  await orphan.stop(); // already gone: settles at once
});

test('a cluster without its password file fails with one clear line and is not left running', async () => {
  const passwordFile = path.join(dataDir, 'kehu-password');
  fs.renameSync(passwordFile, `${passwordFile}.saved`);
  try {
    const attempt = start();
    await expect(attempt).rejects.toThrow(/holds a PostgreSQL cluster but not its kehu-password file/);
    await expect(attempt).rejects.toMatchObject({ code: 'DATA_DIR' });
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  } finally {
    fs.renameSync(`${passwordFile}.saved`, passwordFile);
  }
  const pg = await start();
  expect(await query(pg.url, 'SELECT count(*)::int AS n FROM customer')).toEqual([{ n: 1 }]);
  await pg.stop();
});

test('a port taken by something else fails with one clear line', async () => {
  const blocker = createServer();
  const port = await new Promise<number>((resolve) =>
    blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
  );
  try {
    const attempt = start(port);
    await expect(attempt).rejects.toThrow(`Port ${port} is in use; set KEHU_PG_PORT to another port`);
    await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
  expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
});
