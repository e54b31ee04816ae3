#!/usr/bin/env node
// Two builds of the same sources (see README "Two builds"): dist/esm for the web's bundler (tree-shaken per
// module, sideEffects: false) and dist/cjs for the API, which is CommonJS (tsc/SWC, Node 20). Each folder
// carries a package.json naming its module type, so Node and bundlers read the .js files right.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
for (const [config, type] of [
  ['tsconfig.cjs.json', 'commonjs'],
  ['tsconfig.esm.json', 'module'],
]) {
  execFileSync(process.execPath, [tsc, '-p', config], { cwd: root, stdio: 'inherit' });
  const dir = type === 'module' ? 'esm' : 'cjs';
  // sideEffects repeated here: a bundler reads the nearest package.json, which is this one.
  writeFileSync(path.join(root, 'dist', dir, 'package.json'), JSON.stringify({ type, sideEffects: false }, null, 2) + '\n');
}
