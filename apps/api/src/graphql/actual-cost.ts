import { Kind, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { QUERY_LIMITS } from './complexity';

/**
 * What an operation really cost, counted on its result with the same rules as the requested cost
 * (complexity.ts): every object returned is a point — a connection by the edges it really returned, a list by its
 * real length — each mutation field adds its write, and introspection objects count a tenth. The difference to
 * the requested cost is refunded to the caller's bucket (gate.ts, settleCost), as Shopify does.
 */
export function actualCost(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  data: Record<string, unknown> | null | undefined,
): number {
  let objects = 0;
  let introspection = 0;

  /** The fields of a selection set by response key, through fragments (as graphql-js collects them). */
  const collect = (set: SelectionSetNode, into: Map<string, FieldNode[]>, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        into.set(key, [...(into.get(key) ?? []), sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, into, seen);
      else if (!seen.has(sel.name.value)) {
        const fragment = fragments[sel.name.value];
        if (fragment) collect(fragment.selectionSet, into, new Set(seen).add(sel.name.value));
      }
    }
  };

  const count = (fields: FieldNode[], value: unknown, inIntrospection: boolean) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) count(fields, item, inIntrospection);
      return;
    }
    if (typeof value !== 'object') return;
    if (inIntrospection) introspection++;
    else objects++;
    const sub = new Map<string, FieldNode[]>();
    for (const f of fields) if (f.selectionSet) collect(f.selectionSet, sub, new Set());
    const record = value as Record<string, unknown>;
    for (const [key, nodes] of sub) if (nodes[0].selectionSet) count(nodes, record[key], inIntrospection);
  };

  const root = new Map<string, FieldNode[]>();
  collect(operation.selectionSet, root, new Set());
  let writes = 0;
  for (const [key, nodes] of root) {
    if (operation.operation === 'mutation') writes += QUERY_LIMITS.mutationCost;
    if (!nodes[0].selectionSet || !data) continue;
    const name = nodes[0].name.value;
    count(nodes, data[key], name === '__schema' || name === '__type');
  }
  return writes + objects + Math.ceil(introspection / QUERY_LIMITS.introspectionPerPoint);
}
