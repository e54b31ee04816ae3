#!/usr/bin/env node
// First-load JavaScript of every app route, after `next build` (Next 16 with Turbopack no longer prints it).
//
// A route's first load = the runtime every page boots with (build-manifest.json `rootMainFiles`) plus the
// entry chunks of every segment the route renders (its layouts, error/not-found boundaries and page), listed
// per segment in `.next/server/app/<route>/page_client-reference-manifest.js` (`entryJSFiles`). Chunks loaded
// later (next/dynamic, lazy imports) are not counted — that is the point of lazy loading. Polyfills are left
// out: they load with `nomodule` and modern browsers skip them. Sizes are raw bytes and gzip (level 9, what a
// server sends); "route" is what the route adds on top of the chunks every app page shares.
//
//   node scripts/first-load-js.mjs            table of all routes
//   node scripts/first-load-js.mjs --json     machine-readable
//   node scripts/first-load-js.mjs --budget 250                  every route: exit 1 when one's gzip size is over (kB)
//   node scripts/first-load-js.mjs --budget 250 --budget /x=200  a route's own budget overrides the default
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const nextDir = path.resolve(here, '..', '.next');
const args = process.argv.slice(2);

if (!existsSync(path.join(nextDir, 'build-manifest.json'))) {
  console.error(`first-load-js: ${nextDir}/build-manifest.json is missing — run \`next build\` first.`);
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(path.join(nextDir, file), 'utf8'));
const buildManifest = readJson('build-manifest.json');
const appPathRoutes = existsSync(path.join(nextDir, 'app-path-routes-manifest.json')) ? readJson('app-path-routes-manifest.json') : {};

/** The client reference manifest is a script that assigns `globalThis.__RSC_MANIFEST[<entry>]`. */
function loadClientManifest(file) {
  const sandbox = { globalThis: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(readFileSync(file, 'utf8'), sandbox, { filename: file });
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
}

function findManifests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) findManifests(full, out);
    else if (name === 'page_client-reference-manifest.js') out.push(full);
  }
  return out;
}

const sizes = new Map();
function sizeOf(chunk) {
  if (!sizes.has(chunk)) {
    const file = path.join(nextDir, chunk.replace(/^\/?_next\//, ''));
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    sizes.set(chunk, { raw: bytes.length, gzip: bytes.length ? gzipSync(bytes, { level: 9 }).length : 0, missing: !bytes.length });
  }
  return sizes.get(chunk);
}
const total = (chunks) =>
  [...chunks].reduce(
    (acc, c) => {
      const s = sizeOf(c);
      return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip };
    },
    { raw: 0, gzip: 0 },
  );

const appDir = path.join(nextDir, 'server', 'app');
const rootMain = (buildManifest.rootMainFiles ?? []).filter((f) => f.endsWith('.js'));
const routes = [];
for (const file of findManifests(appDir)) {
  const entry = '/' + path.relative(appDir, path.dirname(file)).split(path.sep).join('/') + '/page';
  const route = appPathRoutes[entry.replace(/^\/\//, '/')] ?? entry.replace(/\/page$/, '').replace(/\/\([^)]*\)/g, '') ?? '/';
  if (route.startsWith('/_global-error')) continue;
  const manifest = loadClientManifest(file);
  const chunks = new Set(rootMain);
  for (const list of Object.values(manifest?.entryJSFiles ?? {})) for (const c of list) if (c.endsWith('.js')) chunks.add(c);
  routes.push({ route: route || '/', chunks });
}
routes.sort((a, b) => a.route.localeCompare(b.route));

// Chunks every app page (the signed-in shell) loads; what a route adds is measured against them.
const appPages = routes.filter((r) => !['/login', '/change-password', '/_not-found'].includes(r.route));
const shared = appPages.length ? [...appPages[0].chunks].filter((c) => appPages.every((r) => r.chunks.has(c))) : [];
const sharedSet = new Set(shared);
const rows = routes.map((r) => {
  const all = total(r.chunks);
  const own = total([...r.chunks].filter((c) => !sharedSet.has(c)));
  return { route: r.route, chunks: r.chunks.size, raw: all.raw, gzip: all.gzip, routeRaw: own.raw, routeGzip: own.gzip };
});
const sharedTotal = total(shared);
const missing = [...sizes].filter(([, s]) => s.missing).map(([c]) => c);

// --budget <gzip kB> (every route) and --budget <route>=<gzip kB> (that route).
let defaultBudget = null;
const routeBudgets = new Map();
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--budget') continue;
  const spec = String(args[i + 1] ?? '');
  if (spec.includes('=')) {
    const [route, limit] = spec.split('=');
    routeBudgets.set(route, Number(limit));
  } else defaultBudget = Number(spec);
}
const budgetOf = (route) => routeBudgets.get(route) ?? defaultBudget;
let failed = false;
for (const route of routeBudgets.keys()) {
  if (!rows.some((r) => r.route === route)) {
    console.error(`budget: no route ${route}`);
    failed = true;
  }
}
for (const r of rows) {
  const budget = budgetOf(r.route);
  r.budget = budget;
  r.over = budget != null && r.gzip / 1000 > budget;
  if (r.over) failed = true;
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ shared: { chunks: shared.length, ...sharedTotal }, routes: rows, missing }, null, 2));
} else {
  const kB = (n) => (n / 1000).toFixed(1).padStart(8);
  const width = Math.max(...rows.map((r) => r.route.length), 5);
  const withBudget = rows.some((r) => r.budget != null);
  console.log(`${'route'.padEnd(width)}  chunks   raw kB  gzip kB   route raw  route gzip${withBudget ? '  budget' : ''}`);
  for (const r of rows) {
    const budget = r.budget == null ? '' : `  ${String(r.budget).padStart(6)} ${r.over ? 'OVER' : 'ok'}`;
    console.log(
      `${r.route.padEnd(width)}  ${String(r.chunks).padStart(6)} ${kB(r.raw)} ${kB(r.gzip)}    ${kB(r.routeRaw)}    ${kB(r.routeGzip)}${budget}`,
    );
  }
  console.log(
    `\nshared by every app page: ${shared.length} chunks, ${(sharedTotal.raw / 1000).toFixed(1)} kB raw, ${(sharedTotal.gzip / 1000).toFixed(1)} kB gzip`,
  );
  console.log('first load = shared runtime + layouts + page (lazy next/dynamic chunks excluded); kB = 1000 bytes');
  if (missing.length) console.log(`warning: ${missing.length} chunk file(s) missing (a build running?): ${missing.slice(0, 3).join(', ')}`);
}
for (const r of rows.filter((x) => x.over))
  console.error(`budget: ${r.route} loads ${(r.gzip / 1000).toFixed(1)} kB gzip, over ${r.budget} kB`);
// A route in the table without any chunk measured is a broken build, not a light page.
if (missing.length) failed = true;
process.exit(failed ? 1 : 0);
