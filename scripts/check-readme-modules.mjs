// Keeps README's table of API modules equal to the folders in apps/api/src/modules and what each holds
// (part of `npm test`, via `npm run check`). `node scripts/check-readme-modules.mjs --write` rewrites the table.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modulesDir = path.join(root, 'apps/api/src/modules');
const readme = path.join(root, 'README.md');
const KINDS = ['entity', 'resolver', 'service', 'loaders'];

const rows = readdirSync(modulesDir)
  .filter((m) => statSync(path.join(modulesDir, m)).isDirectory())
  .sort()
  .map((m) => {
    const files = readdirSync(path.join(modulesDir, m));
    const has = KINDS.filter((k) => files.some((f) => f.endsWith(`.${k}.ts`)));
    if (files.some((f) => f.endsWith('.test.ts'))) has.push('tests');
    return `| \`${m}\` | ${has.join(', ')} |`;
  });
const table = ['| module | has |', '| --- | --- |', ...rows].join('\n');

const START = '<!-- modules:start (scripts/check-readme-modules.mjs) -->';
const END = '<!-- modules:end -->';
const text = readFileSync(readme, 'utf8');
const a = text.indexOf(START);
const b = text.indexOf(END);
if (a < 0 || b < a) {
  console.error(`README.md: the module table's markers are missing (${START} … ${END})`);
  process.exit(1);
}
const fresh = `${text.slice(0, a + START.length)}\n${table}\n${text.slice(b)}`;
if (process.argv.includes('--write')) writeFileSync(readme, fresh);
else if (fresh !== text) {
  console.error(
    'README.md: the table of API modules differs from apps/api/src/modules; run `node scripts/check-readme-modules.mjs --write`',
  );
  process.exit(1);
} else console.log(`README: the module table lists the ${rows.length} modules as they are`);
