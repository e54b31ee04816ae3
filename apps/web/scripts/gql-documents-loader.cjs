// Turbopack loader (next.config.ts): what the codegen client preset's babel/swc plugin does, for this app.
//
// `graphql(`…`)` from '@/gql' looks its document up in src/gql/gql.ts, a map of EVERY operation and fragment of
// the app — so each page that writes one query shipped all of them. This loader replaces each
// `graphql(`…`)` call by the one document it names (`XDocument` / `XFragmentDoc` of src/gql/graphql.ts, found
// through the same map, by the exact source text) and points the `@/gql` import at the fragment-masking
// helpers, so a page bundles only the documents it uses. Each document is its own module,
// `src/gql/graphql.ts?document=X` (made by this loader too): one module holding them all would
// hold every document some page uses. Jest and the type checker still see the source as written. A call
// whose text is not in the map fails the build: run `npm run codegen`.
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const gqlDir = path.join(__dirname, '..', 'src', 'gql');
const gqlFile = path.join(gqlDir, 'gql.ts');
let cached = { mtimeMs: -1, documents: new Map() };

/** source text -> export name in graphql.ts, from `const documents: Documents = { "<text>": types.X, … }`. */
function documentNames() {
  const { mtimeMs } = statSync(gqlFile);
  if (mtimeMs !== cached.mtimeMs) {
    const text = readFileSync(gqlFile, 'utf8');
    const start = text.indexOf('const documents: Documents = {');
    const end = text.indexOf('\n};', start);
    if (start < 0 || end < 0) throw new Error(`gql-documents-loader: no documents map in ${gqlFile}`);
    const documents = new Map();
    for (const m of text.slice(start, end).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
      documents.set(JSON.parse(m[1]), m[2]);
    }
    cached = { mtimeMs, documents };
  }
  return cached.documents;
}

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const GQL_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]@\/gql['"];?/g;

module.exports = function gqlDocumentsLoader(source) {
  if (this.resourceQuery?.includes('document=')) return documentModule.call(this, source);
  if (this.resourcePath.startsWith(gqlDir)) return source;
  const documents = documentNames();
  this.addDependency?.(gqlFile);
  const used = new Set();
  let out = source.replace(CALL, (call, text) => {
    const name = documents.get(text);
    if (!name) {
      throw new Error(
        `gql-documents-loader: ${this.resourcePath}: a graphql() document is not in src/gql/gql.ts — run \`npm run codegen\`:\n${text.trim().split('\n')[0]}`,
      );
    }
    used.add(name);
    return `__kehuDoc_${name}`;
  });
  out = out.replace(GQL_IMPORT, (statement, names) => {
    const rest = names
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && n !== 'graphql');
    return rest.length ? `import { ${rest.join(', ')} } from '@/gql/fragment-masking';` : '';
  });
  // Import declarations are hoisted: appending keeps 'use client' first and the line numbers as they were.
  if (!used.size) return out;
  const imports = [...used].map((n) => `import { ${n} as __kehuDoc_${n} } from '@/gql/graphql.ts?document=${n}';`);
  return `${out}\n${imports.join('\n')}\n`;
};

/**
 * src/gql/graphql.ts?document=X -> `export const X = <X's document>`. Codegen writes every document whole
 * (the fragments it spreads included) as one JSON literal on one line: `export const X = {…} as unknown as …;`.
 */
function documentModule(source) {
  const name = new URLSearchParams(this.resourceQuery).get('document');
  const head = `export const ${name} = `;
  const start = source.indexOf(`\n${head}`);
  const end = start < 0 ? -1 : source.indexOf(' as unknown as ', start);
  if (!name || !/^\w+$/.test(name) || end < 0) throw new Error(`gql-documents-loader: no document ${name} in ${this.resourcePath}`);
  return `${source.slice(start + 1, end)};\n`;
}
