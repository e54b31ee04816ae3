// Fails when apps/web/src/gql differs from a fresh `npm run codegen` (part of `npm test`, via the web's
// `generated:check`). Generates in memory from codegen.ts and compares file by file; writes nothing.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.ts') });
const outputs = await generate({ ...config, cwd: root, silent: true }, false);

const stale = [];
const fresh = new Set();
for (const { filename, content } of outputs) {
  const file = path.resolve(root, filename);
  fresh.add(file);
  let onDisk = null;
  try {
    onDisk = readFileSync(file, 'utf8');
  } catch {
    onDisk = null; // a missing file is reported below as stale
  }
  if (onDisk !== content) stale.push(path.relative(root, file));
}
const genDir = path.join(root, 'apps/web/src/gql');
for (const name of readdirSync(genDir)) {
  if (!fresh.has(path.join(genDir, name))) stale.push(`${path.relative(root, path.join(genDir, name))} (not generated any more)`);
}
if (stale.length > 0) {
  console.error(`Generated code is stale; run \`npm run codegen\` from the repository root and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated files equal a fresh run`);
