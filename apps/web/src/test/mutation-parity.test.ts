/**
 * Parity, measured: every mutation of the API's schema is reachable from the web app — some document the app
 * ships (a `graphql(`…`)` call in apps/web/src, the sources codegen reads, tests excluded) selects it — unless
 * apps/web/api-only.json names it with a reason. A new mutation without a page fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, Kind, parse, type SelectionSetNode } from 'graphql';

const WEB = join(__dirname, '..', '..');
const SRC = join(WEB, 'src');
const SCHEMA = join(WEB, '..', 'api', 'schema.graphql');
const MAX_API_ONLY = 5;

interface ApiOnly {
  mutation: string;
  reason: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(SRC, 'gql') || path === join(SRC, 'test') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The documents of one file: the template literal of every `graphql(`…`)` call, as codegen's client preset reads them. */
function documentsOf(code: string): string[] {
  return [...code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((m) => m[1]);
}

/** Root fields a mutation operation selects (inline fragments on Mutation included). */
function rootFields(set: SelectionSetNode): string[] {
  return set.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : s.kind === Kind.INLINE_FRAGMENT ? rootFields(s.selectionSet) : [],
  );
}

function usedMutations(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    for (const text of documentsOf(readFileSync(file, 'utf8'))) {
      for (const def of parse(text).definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== 'mutation') continue;
        for (const name of rootFields(def.selectionSet)) used.set(name, [...(used.get(name) ?? []), relative(WEB, file)]);
      }
    }
  }
  return used;
}

const schemaMutations = Object.keys(buildSchema(readFileSync(SCHEMA, 'utf8')).getMutationType()?.getFields() ?? {}).sort();
const apiOnly = JSON.parse(readFileSync(join(WEB, 'api-only.json'), 'utf8')) as ApiOnly[];

describe('mutation parity between the API schema and the web app', () => {
  it('reads the schema and finds the web documents (the measurement itself works)', () => {
    expect(schemaMutations.length).toBeGreaterThan(50);
    const used = usedMutations();
    // Sanity: a mutation every build has (sign-in) is found where it lives.
    expect(used.get('login')).toContain('src/lib/auth/loginMutation.ts');
  });

  it('lists at most 5 API-only mutations, each with a reason and still in the schema', () => {
    expect(apiOnly.length).toBeLessThanOrEqual(MAX_API_ONLY);
    const names = apiOnly.map((e) => e.mutation);
    expect(new Set(names).size).toBe(names.length);
    const stale = names.filter((n) => !schemaMutations.includes(n));
    expect({ notInSchema: stale }).toEqual({ notInSchema: [] });
    const noReason = apiOnly.filter((e) => typeof e.reason !== 'string' || e.reason.trim().length < 10).map((e) => e.mutation);
    expect({ withoutAReason: noReason }).toEqual({ withoutAReason: [] });
  });

  it('uses every schema mutation from a web document, or names it in api-only.json', () => {
    const used = usedMutations();
    const exempt = new Set(apiOnly.map((e) => e.mutation));
    const missing = schemaMutations.filter((m) => !used.has(m) && !exempt.has(m));
    const exemptButUsed = [...exempt].filter((m) => used.has(m));
    if (missing.length) {
      // The list a reviewer needs: what still has no page.
      console.error(`${missing.length} of ${schemaMutations.length} schema mutations have no web document:\n  ${missing.join('\n  ')}`);
    }
    expect({ missing, exemptButUsed }).toEqual({ missing: [], exemptButUsed: [] });
  });
});
