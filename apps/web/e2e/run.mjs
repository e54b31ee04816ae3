#!/usr/bin/env node
// Browser tests: boots the whole stack (scripts/start.mjs: embedded PostgreSQL, API, `next start`) on free
// ports with a throw-away data directory, then drives Debian's Chromium through every flow in ./flows
// with playwright-core (never downloads a browser). Last line: "N passed, N failed". Exit code 1 on failure.
//
//   npm run e2e -w @kehu/web              all flows
//   npm run e2e -w @kehu/web -- sign-in   only flows whose file name contains "sign-in"
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), CI (missing Chromium fails instead of skipping),
//      KEHU_E2E_KEEP=1 keeps the temp data directory, KEHU_E2E_VERBOSE=1 echoes the stack's output,
//      KEHU_E2E_DEBUG=1 traces each page (console, navigations, GraphQL traffic, WebSocket frames).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const flowsDir = path.join(here, 'flows');
const screenshotsDir = path.join(here, 'screenshots');
const READY_TIMEOUT_MS = 180_000;
const FLOW_TIMEOUT_MS = 120_000;
const verbose = process.env.KEHU_E2E_VERBOSE === '1';
const debug = process.env.KEHU_E2E_DEBUG === '1';

/** KEHU_E2E_DEBUG=1: print the page's console, navigations, GraphQL responses and WebSocket frames. */
function traceTo(page, flow) {
  const log = (...parts) => console.log(`    [${flow}]`, ...parts);
  page.on('console', (m) => log('console', m.type(), m.text()));
  page.on('pageerror', (e) => log('pageerror', e.message));
  page.on('framenavigated', (f) => f === page.mainFrame() && log('navigated', f.url()));
  page.on('response', async (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('/graphql') || url.pathname.startsWith('/api/auth/')) {
      log('http', r.request().method(), url.pathname, r.status(), (await r.text().catch(() => '')).slice(0, 120));
    }
  });
  page.on('websocket', (ws) => {
    log('ws open', ws.url());
    ws.on('framesent', (f) => log('ws >', String(f.payload).slice(0, 160)));
    ws.on('framereceived', (f) => log('ws <', String(f.payload).slice(0, 160)));
    ws.on('close', () => log('ws closed'));
  });
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  if (process.env.CI) {
    console.error(
      `e2e: Chromium not found at ${executablePath}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log('');
  console.log('##################################################################');
  console.log(`#  SKIPPED: chromium not installed (looked for ${executablePath})`);
  console.log('#  apt-get install chromium, or set CHROMIUM_PATH, to run the browser tests');
  console.log('##################################################################');
  process.exit(0);
}

const startScript = path.join(repo, 'scripts', 'start.mjs');
if (!existsSync(startScript)) {
  console.error(`e2e: ${startScript} is missing.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const filters = process.argv.slice(2);
const flowFiles = readdirSync(flowsDir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (flowFiles.length === 0) {
  console.error(`e2e: no flows in ${flowsDir}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Free TCP ports, all distinct (held open until every one is chosen). */
async function freePorts(count) {
  const servers = [];
  const ports = [];
  for (let i = 0; i < count; i++) {
    const server = net.createServer();
    await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject));
    servers.push(server);
    ports.push(server.address().port);
  }
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

const [apiPort, webPort, pgPort] = await freePorts(3);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kehu-e2e-'));
const webUrl = `http://localhost:${webPort}`;
const apiUrl = `http://localhost:${apiPort}/graphql`;
mkdirSync(screenshotsDir, { recursive: true });

console.log(`e2e: starting the stack (web ${webPort}, API ${apiPort}, PostgreSQL ${pgPort}, data ${dataDir})`);
const stack = spawn(process.execPath, [startScript], {
  cwd: repo,
  detached: true, // own process group, so the whole stack (API, Next, PostgreSQL) can be stopped at once
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    KEHU_DATA_DIR: dataDir,
    PORT: String(apiPort),
    WEB_PORT: String(webPort),
    KEHU_PG_PORT: String(pgPort),
    // The browser must reach this API, not the default port 4000.
    API_PUBLIC_URL: apiUrl,
    NEXTAUTH_URL: webUrl,
    // Flows start their webhook receivers on this machine: an on-premises allow-list, as an admin would set it.
    KEHU_OUTBOUND_ALLOW_HOSTS: '127.0.0.1',
  },
});

let forwardOutput = true;
const recentOutput = [];
let onLine = () => {};
function pipeLines(stream, label) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      recentOutput.push(`[${label}] ${line}`);
      if (recentOutput.length > 80) recentOutput.shift();
      if (verbose && forwardOutput) console.log(`  [${label}] ${line}`);
      onLine(line);
    }
  });
}
pipeLines(stack.stdout, 'stack');
pipeLines(stack.stderr, 'stack!');
const stackExited = new Promise((resolve) => stack.once('exit', (code, signal) => resolve({ code, signal })));

async function stopStack() {
  forwardOutput = false;
  if (stack.exitCode !== null || stack.signalCode !== null) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-stack.pid, signal);
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGINT'); // lets the API stop PostgreSQL cleanly
  const stopped = await Promise.race([stackExited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000))]);
  if (!stopped) signalGroup('SIGKILL');
  await Promise.race([stackExited, new Promise((r) => setTimeout(r, 5_000))]);
  signalGroup('SIGKILL'); // stragglers of the group (e.g. a postgres child) that outlived the parent
}

function cleanup() {
  if (process.env.KEHU_E2E_KEEP === '1') console.log(`e2e: kept ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}

async function finish(passed, failed) {
  await stopStack();
  cleanup();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`e2e: ${signal}, stopping the stack`);
    await finish(0, 1);
  });
}

// 1. Wait for "Kehu ready".
const ready = await new Promise((resolve) => {
  const timer = setTimeout(() => resolve(`no "Kehu ready" within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
  onLine = (line) => {
    if (line.includes('Kehu ready')) {
      clearTimeout(timer);
      resolve(true);
    }
  };
  stackExited.then(({ code, signal }) => {
    clearTimeout(timer);
    resolve(`the stack exited (${signal ?? `code ${code}`}) before it was ready`);
  });
});
onLine = () => {};
if (ready !== true) {
  console.error(`e2e: ${ready}. Last output of scripts/start.mjs:`);
  for (const line of recentOutput) console.error(`  ${line}`);
  await finish(0, 1);
}
console.log(`e2e: stack ready at ${webUrl}`);

// 2. Run the flows.
const { chromium } = await import('playwright-core');
let browser;
try {
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
} catch (error) {
  console.error(`e2e: could not launch Chromium at ${executablePath}: ${error.message}`);
  await finish(0, 1);
}

let passed = 0;
let failed = 0;
for (const file of flowFiles) {
  const name = file.replace(/\.mjs$/, '');
  const pages = [];
  const pageErrors = [];
  const started = Date.now();
  try {
    const flow = (await import(pathToFileURL(path.join(flowsDir, file)).href)).default;
    if (typeof flow !== 'function') throw new Error(`${file} has no default export function`);
    const context = {
      browser,
      webUrl,
      apiUrl,
      screenshotsDir,
      /** Saves screenshots/<flow>[-suffix].png */
      screenshot: (page, suffix = '') =>
        page.screenshot({ path: path.join(screenshotsDir, `${name}${suffix ? `-${suffix}` : ''}.png`), fullPage: true }),
      /** A page in a fresh browser context, screenshotted by the harness if the flow fails. */
      newPage: async (options = {}) => {
        const ctx = await browser.newContext({ locale: 'zh-CN', ...options });
        const page = await ctx.newPage();
        // An error the page did not handle (a failed hydration included) fails the flow, even if its steps passed.
        page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message.split('\n')[0]}`));
        if (debug) traceTo(page, name);
        // After a navigation, wait until the page's view has hydrated (lib/ui/useViewReady) before a flow
        // clicks: a click on server-drawn markup before then is lost. Pages without a view go on after 15 s.
        const viewReady = () => page.waitForSelector('html[data-view="ready"]', { state: 'attached', timeout: 15_000 }).catch(() => {});
        for (const method of ['goto', 'reload', 'waitForURL']) {
          const original = page[method].bind(page);
          page[method] = async (...args) => {
            const result = await original(...args);
            await viewReady();
            return result;
          };
        }
        pages.push(page);
        return page;
      },
    };
    let timer;
    await Promise.race([
      flow(context),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${FLOW_TIMEOUT_MS / 1000} s`)), FLOW_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    if (pageErrors.length) throw new Error(`the page threw:\n      ${pageErrors.join('\n      ')}`);
    passed++;
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}: ${error?.stack ?? error}`);
    for (const [i, page] of pages.entries()) {
      await page
        .screenshot({ path: path.join(screenshotsDir, `${name}-failure${i ? `-${i}` : ''}.png`), fullPage: true })
        .catch(() => undefined);
    }
  } finally {
    for (const page of pages)
      await page
        .context()
        .close()
        .catch(() => undefined);
  }
}

await browser.close().catch(() => undefined);
await finish(passed, failed);
