#!/usr/bin/env node
// `npm start`: the API (with its embedded PostgreSQL unless DATABASE_URL is set, migrated, demo data on first
// run) and the production build of the web app, as one command. Ctrl-C stops both cleanly.
// `--dev` (`npm run dev`): the same from the sources — the API through SWC, the web app with `next dev` (hot
// reload, React's full error messages).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const apiPort = Number(env.PORT || 4000);
const webPort = Number(env.WEB_PORT || 3000);
const dataDir = path.resolve(env.KEHU_DATA_DIR || path.join(root, '.data'));
const dev = process.argv.includes('--dev');

function fail(message) {
  console.error(`kehu: ${message}`);
  process.exit(1);
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A secret that survives restarts (sessions stay valid) without anyone having to configure one. */
function authSecret() {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function waitFor(url, child, name, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) fail(`${name} exited with code ${child.exitCode} before it was ready (see its message above)`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  fail(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

for (const [port, variable] of [
  [apiPort, 'PORT'],
  [webPort, 'WEB_PORT'],
]) {
  if (await portInUse(port)) fail(`port ${port} is in use — is Kehu already running? Stop it, or set ${variable} to another port.`);
}
for (const built of dev
  ? ['packages/domain/dist/cjs/index.js', 'packages/embedded-pg/dist/index.js']
  : ['apps/api/dist/main.js', 'apps/web/.next/BUILD_ID']) {
  if (!existsSync(path.join(root, built))) fail(`${built} is missing: run \`npm run build\` first (npm start does it for you).`);
}

const secret = authSecret();
const children = [];
let stopping = false;

function launch(name, command, args, extraEnv, cwd = root) {
  const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`kehu: ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
      shutdown(code || 1);
    }
  });
  children.push(child);
  return child;
}

async function shutdown(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  // SIGINT lets the API close its embedded PostgreSQL cleanly, so the next start finds a tidy data directory.
  for (const child of children) if (child.exitCode === null) child.kill('SIGINT');
  await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
  process.exit(exitCode);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

// Shared by the web server and the API: the web relays the person's browser and address on sign-in with it.
const webForwardSecret = env.KEHU_WEB_FORWARD_SECRET || randomBytes(24).toString('hex');
const apiEnv = {
  PORT: String(apiPort),
  KEHU_DATA_DIR: dataDir,
  KEHU_SEED_DEMO: env.KEHU_SEED_DEMO ?? 'true',
  AUTH_SECRET: secret,
  KEHU_WEB_FORWARD_SECRET: webForwardSecret,
};
let api;
if (dev) {
  // SWC, not tsx/esbuild: type-graphql and TypeORM need the decorator metadata esbuild does not emit.
  api = launch(
    'API',
    process.execPath,
    ['-r', '@swc-node/register', 'src/main.ts'],
    { NODE_ENV: 'development', ...apiEnv },
    path.join(root, 'apps/api'),
  );
} else {
  const { API_NODE_FLAGS } = await import(path.join(root, 'apps/api/dist/node-flags.js'));
  api = launch('API', process.execPath, [...API_NODE_FLAGS, path.join(root, 'apps/api/dist/main.js')], {
    NODE_ENV: 'production',
    ...apiEnv,
  });
}
await waitFor(`http://127.0.0.1:${apiPort}/healthz`, api, 'the API');

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const web = launch(
  'web',
  process.execPath,
  [nextBin, dev ? 'dev' : 'start', '-p', String(webPort)],
  {
    NODE_ENV: dev ? 'development' : 'production',
    AUTH_SECRET: secret,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL || `http://localhost:${webPort}`,
    API_URL: env.API_URL || `http://127.0.0.1:${apiPort}/graphql`,
    KEHU_WEB_FORWARD_SECRET: webForwardSecret,
  },
  path.join(root, 'apps/web'),
);
await waitFor(`http://127.0.0.1:${webPort}/login`, web, 'the web app');

console.log(`\nKehu ready — web http://localhost:${webPort}  ·  API http://localhost:${apiPort}/graphql`);
console.log('Sign in as admin@kehu.demo / Kehu@2026!  (Ctrl-C to stop)\n');
