// Fails when a comment names a file that is not in the repository (part of `npm test`, via `npm run check`).
// A comment's path is looked up from the repository root, the commenting file's folder, its workspace and the
// workspace's src/; a bare file name (customer-scope.ts) must exist somewhere in the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const present = tracked.filter((f) => existsSync(path.join(root, f)));
const basenames = new Set(present.map((f) => path.basename(f)));
// Files that exist only at run time or after a build, and library names that look like files.
const RUNTIME_FILES = new Set(['kehu-owner.json', 'build-manifest.json', 'next-env.d.ts', 'postmaster.pid', 'express.json']);
const sources = present.filter((f) => /\.(ts|tsx|mjs|cjs|js)$/.test(f) && !f.startsWith('apps/web/src/gql/'));

const EXT = '(?:ts|tsx|mjs|cjs|js|json|md|graphql|yml|yaml|sql|sh)';
const PATH = new RegExp(`(?<![\\w@./-])((?:\\.{1,2}/|[\\w.-]+/)*[\\w.\\[\\]-]+\\.${EXT})(?![\\w/(])`, 'g');
const COMMENT = /\/\/[^\n]*|\/\*[\s\S]*?\*\//g;

const problems = [];
for (const file of sources) {
  const text = readFileSync(path.join(root, file), 'utf8');
  const parts = file.split('/');
  const workspace = parts[0] === 'apps' || parts[0] === 'packages' ? parts.slice(0, 2).join('/') : '';
  const bases = [root, path.join(root, path.dirname(file))];
  if (workspace) bases.push(path.join(root, workspace), path.join(root, workspace, 'src'));
  // The API's modules are named from elsewhere as customers/customer.prefetch.ts.
  bases.push(path.join(root, 'apps/api/src/modules'), path.join(root, 'apps/api/src'));
  for (const comment of text.matchAll(COMMENT)) {
    // URLs are not files of ours.
    const body = comment[0].replace(/\b[a-z]+:\/\/\S+/gi, ' ');
    for (const m of body.matchAll(PATH)) {
      const ref = m[1].replace(/\.$/, '');
      const name = path.basename(ref);
      if (ref.includes('*') || /^[.-]/.test(name) || RUNTIME_FILES.has(name) || /^(Next|Node)\.js$/.test(ref)) continue;
      const found = ref.includes('/') ? bases.some((b) => existsSync(path.resolve(b, ref))) : basenames.has(ref);
      if (!found) {
        const line = text.slice(0, comment.index + (m.index ?? 0)).split('\n').length;
        problems.push(`${file}:${line}: ${ref}`);
      }
    }
  }
}
if (problems.length > 0) {
  console.error(`Comments name files that are not in the repository:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`comment paths: every file named in ${sources.length} source files exists`);
