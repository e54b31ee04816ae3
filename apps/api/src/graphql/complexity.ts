import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  isCompositeType,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';
import { AppError, ErrorCode } from './errors';

/**
 * Query bounds, checked on the parsed operation before anything executes (so before any SQL):
 * - depth: nesting of fields (introspection excluded: integrators read the schema freely);
 * - cost: the number of objects the operation can return at most — a connection costs 1 and multiplies what is
 *   under its edges by its page size (`first`/`last`, capped at 100, default 20); a plain list of objects
 *   multiplies by an estimated 10; scalars are free; every mutation field adds 10 for the write;
 * - aliases: a wide query that repeats a field under many names;
 * - batch: operations in one HTTP request (checked in server.ts, where the array arrives).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 30,
  maxBatch: 10,
  /** Estimated length of a list that has no page size argument. */
  listSize: 10,
  mutationCost: 10,
};

export interface QueryCost {
  cost: number;
  depth: number;
  aliases: number;
}

export const tooComplex = (reason: 'DEPTH' | 'COST' | 'ALIASES' | 'BATCH', message: string, extra: Record<string, unknown>) =>
  new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { reason, ...extra, http: { status: 200 } });

function isListOutput(type: GraphQLOutputType): boolean {
  let t = type;
  while (isNonNullType(t)) t = t.ofType;
  return isListType(t);
}

/** A page size argument's value (literal or variable), clamped the way the resolvers clamp it. */
function pageSizeArg(field: FieldNode, def: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number | null {
  const arg = def.args.find((a) => a.name === 'first' || a.name === 'last');
  if (!arg) return null;
  const node = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  let value: unknown = undefined;
  if (node) value = valueOf(node.value, variables);
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : DEFAULT_PAGE_SIZE;
  return Math.max(0, Math.min(MAX_PAGE_SIZE, n));
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  return undefined;
}

/** Depth, cost and alias count of one operation, from the schema, its fragments and its variables. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  variables: Record<string, unknown> = {},
): QueryCost {
  const root = schema.getRootType(operation.operation);
  const result: QueryCost = { cost: 0, depth: 0, aliases: 0 };
  if (!root) return result;

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, depth: number, listSize: number, spreads: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT || sel.kind === Kind.FRAGMENT_SPREAD) {
        let fragment: { selectionSet: SelectionSetNode; typeCondition?: { name: { value: string } } } | undefined;
        let seen = spreads;
        if (sel.kind === Kind.FRAGMENT_SPREAD) {
          if (spreads.has(sel.name.value)) continue; // cycles are invalid anyway; never loop
          fragment = fragments[sel.name.value];
          seen = new Set(spreads).add(sel.name.value);
        } else fragment = sel;
        if (!fragment) continue;
        const cond = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (cond && isCompositeType(cond)) walk(fragment.selectionSet, cond, multiplier, depth, listSize, seen);
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue; // introspection and __typename are free and unbounded by design
      if (sel.alias) result.aliases++;
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const def = type.getFields()[name];
      if (!def) continue;
      const fieldDepth = depth + 1;
      result.depth = Math.max(result.depth, fieldDepth);
      if (depth === 0 && operation.operation === 'mutation') result.cost += QUERY_LIMITS.mutationCost;
      const named = getNamedType(def.type);
      if (isLeafType(named) || !sel.selectionSet) continue;
      const page = pageSizeArg(sel, def, variables);
      if (page !== null) {
        // A connection: the object itself once; the lists directly inside it (edges, nodes) hold `page` items.
        result.cost += multiplier;
        walk(sel.selectionSet, named as GraphQLCompositeType, multiplier, fieldDepth, Math.max(page, 1), spreads);
      } else if (isListOutput(def.type)) {
        const items = multiplier * listSize;
        result.cost += items;
        walk(sel.selectionSet, named as GraphQLCompositeType, items, fieldDepth, QUERY_LIMITS.listSize, spreads);
      } else {
        result.cost += multiplier;
        walk(sel.selectionSet, named as GraphQLCompositeType, multiplier, fieldDepth, QUERY_LIMITS.listSize, spreads);
      }
    }
  };
  walk(operation.selectionSet, root, 1, 0, QUERY_LIMITS.listSize, new Set());
  return result;
}

/**
 * measureOperation, remembered per parsed operation (Apollo reuses the parsed document of a query it has seen)
 * and per value of the variables the measurement read (page sizes): an app sends the same few queries all day.
 */
const measured = new WeakMap<OperationDefinitionNode, { reads: string[]; costs: Map<string, QueryCost> }>();

export function measureOperationCached(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  variables: Record<string, unknown> = {},
): QueryCost {
  const known = measured.get(operation);
  const keyOf = (names: string[]) => JSON.stringify(names.map((n) => variables[n] ?? null));
  const hit = known?.costs.get(keyOf(known.reads));
  if (hit) return hit;
  const reads = new Set<string>();
  const tracked = new Proxy(variables, {
    get(target, name) {
      if (typeof name === 'string') reads.add(name);
      return target[name as string];
    },
  });
  const cost = measureOperation(schema, operation, fragments, tracked);
  const entry = known ?? { reads: [...reads], costs: new Map<string, QueryCost>() };
  if (!known) measured.set(operation, entry);
  // Bounded: a client paging with ever new sizes must not grow it without end.
  if (entry.costs.size >= 64) entry.costs.clear();
  entry.costs.set(keyOf(entry.reads), cost);
  return cost;
}

/** Throws QUERY_TOO_COMPLEX (with the measured value and the limit) when the operation breaks a bound. */
export function assertWithinLimits(measured: QueryCost, limits = QUERY_LIMITS): void {
  const { cost, depth, aliases } = measured;
  if (depth > limits.maxDepth) {
    throw tooComplex('DEPTH', `查询嵌套过深：${depth} 层，上限 ${limits.maxDepth} 层 (query depth ${depth} exceeds ${limits.maxDepth})`, { depth, cost, limit: limits.maxDepth });
  }
  if (aliases > limits.maxAliases) {
    throw tooComplex('ALIASES', `查询别名过多：${aliases} 个，上限 ${limits.maxAliases} 个 (${aliases} aliases exceed ${limits.maxAliases})`, { aliases, cost, limit: limits.maxAliases });
  }
  if (cost > limits.maxCost) {
    throw tooComplex('COST', `查询开销 ${cost} 超过上限 ${limits.maxCost}，请减少每页数量或嵌套的列表 (query cost ${cost} exceeds ${limits.maxCost}; ask for smaller pages)`, { cost, limit: limits.maxCost });
  }
}
