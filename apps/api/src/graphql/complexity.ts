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
  isInputObjectType,
  isEnumType,
  isAbstractType,
  isWrappingType,
  type GraphQLType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';
import { AppError, ErrorCode, msg, type ErrorMessage } from './errors';

/**
 * Query bounds, checked on the parsed operation before anything executes (so before any SQL):
 * - depth: nesting of fields (in introspection, `ofType` does not count: it only unwraps a type reference);
 * - cost: the number of objects the operation can return at most — a connection costs 1 and multiplies what is
 *   under its edges by its page size (`first`/`last`, capped at 100, default 20); a plain list of objects
 *   multiplies by an estimated 10; scalars are free; every mutation field adds 10 for the write;
 * - aliases: a wide query that repeats a field under many names;
 * - batch: operations in one HTTP request (checked in server.ts, where the array arrives);
 * - introspection: counted like any selection, with the schema's real sizes as list lengths (types, fields per
 *   type…), into its own bound (the answer's size) and, at a tenth of a point per object, into the cost.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 30,
  maxBatch: 10,
  /** Estimated length of a list that has no page size argument. */
  listSize: 10,
  mutationCost: 10,
  /** Objects an operation's introspection may return: about twice the standard introspection query of this schema. */
  maxIntrospection: 15_000,
  /** Introspection objects per cost point: tiny, in memory, no database. */
  introspectionPerPoint: 10,
};

/** Fields that cost nothing: reading your own budget must not spend it. */
const FREE_FIELDS = new Set(['Query.rateLimit']);

export interface QueryCost {
  cost: number;
  depth: number;
  aliases: number;
  /** Objects the introspection selections can return. */
  introspection: number;
}

export const tooComplex = (
  reason: 'DEPTH' | 'COST' | 'ALIASES' | 'BATCH' | 'INTROSPECTION',
  message: ErrorMessage,
  extra: Record<string, unknown>,
) => new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, { reason, ...extra, http: { status: 200 } });

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

const introspectionSizes = new WeakMap<GraphQLSchema, Record<string, number>>();

/** Average list lengths of the introspection types in this schema (so the standard introspection query measures exactly). */
function introspectionListSizes(schema: GraphQLSchema): Record<string, number> {
  let sizes = introspectionSizes.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  let fields = 0,
    args = 0,
    inputFields = 0,
    enumValues = 0,
    interfaces = 0,
    possible = 0,
    maxWrapping = 0;
  const wrap = (t: GraphQLType) => {
    let n = 0;
    for (let w = t; isWrappingType(w); w = w.ofType) n++;
    maxWrapping = Math.max(maxWrapping, n);
  };
  for (const t of types) {
    if (isObjectType(t) || isInterfaceType(t)) {
      const fs = Object.values(t.getFields());
      fields += fs.length;
      for (const f of fs) {
        args += f.args.length;
        wrap(f.type);
        f.args.forEach((a) => wrap(a.type));
      }
      interfaces += t.getInterfaces().length;
    }
    if (isInputObjectType(t)) {
      const fs = Object.values(t.getFields());
      inputFields += fs.length;
      fs.forEach((f) => wrap(f.type));
    }
    if (isEnumType(t)) enumValues += t.getValues().length;
    if (isAbstractType(t)) possible += schema.getPossibleTypes(t).length;
  }
  const n = Math.max(1, types.length);
  sizes = {
    maxWrapping,
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': fields / n,
    '__Type.inputFields': inputFields / n,
    '__Type.enumValues': enumValues / n,
    '__Type.interfaces': interfaces / n,
    '__Type.possibleTypes': possible / n,
    '__Field.args': args / Math.max(1, fields),
    '__Directive.args': directives.reduce((a, d) => a + d.args.length, 0) / Math.max(1, directives.length),
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}

/** Depth, cost and alias count of one operation, from the schema, its fragments and its variables. */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  variables: Record<string, unknown> = {},
): QueryCost {
  const root = schema.getRootType(operation.operation);
  const result: QueryCost = { cost: 0, depth: 0, aliases: 0, introspection: 0 };
  if (!root) return result;
  const introspectionSize = (type: GraphQLCompositeType, field: string) =>
    introspectionListSizes(schema)[`${type.name}.${field}`] ?? QUERY_LIMITS.listSize;

  /** An introspection subtree: objects counted apart, with the schema's list sizes. */
  const walkIntrospection = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    multiplier: number,
    depth: number,
    wrapping: number,
    spreads: Set<string>,
  ) => {
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD) {
        const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? (spreads.has(sel.name.value) ? undefined : fragments[sel.name.value]) : sel;
        if (fragment)
          walkIntrospection(
            fragment.selectionSet,
            type,
            multiplier,
            depth,
            wrapping,
            sel.kind === Kind.FRAGMENT_SPREAD ? new Set(spreads).add(sel.name.value) : spreads,
          );
        continue;
      }
      if (sel.alias) result.aliases++;
      if (!isObjectType(type)) continue;
      const def = type.getFields()[sel.name.value];
      if (!def || !sel.selectionSet) continue;
      // `ofType` unwraps a reference: no depth, and null past the deepest wrapping the schema has ([T!]! = 3).
      const ofType = sel.name.value === 'ofType';
      const fieldDepth = ofType ? depth : depth + 1;
      const level = ofType ? wrapping + 1 : 0;
      result.depth = Math.max(result.depth, fieldDepth);
      const items =
        ofType && level > introspectionListSizes(schema).maxWrapping
          ? 0
          : isListOutput(def.type)
            ? multiplier * introspectionSize(type, sel.name.value)
            : multiplier;
      result.introspection += items;
      walkIntrospection(sel.selectionSet, getNamedType(def.type) as GraphQLCompositeType, items, fieldDepth, level, spreads);
    }
  };

  const walk = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    multiplier: number,
    depth: number,
    listSize: number,
    spreads: Set<string>,
  ) => {
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
      if (sel.alias) result.aliases++;
      if (name === '__schema' || name === '__type') {
        const def = name === '__schema' ? SchemaMetaFieldDef : TypeMetaFieldDef;
        result.depth = Math.max(result.depth, depth + 1);
        result.introspection += multiplier;
        if (sel.selectionSet)
          walkIntrospection(sel.selectionSet, getNamedType(def.type) as GraphQLCompositeType, multiplier, depth + 1, 0, spreads);
        continue;
      }
      if (name.startsWith('__')) continue; // __typename: a leaf
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const def = type.getFields()[name];
      if (!def) continue;
      const fieldDepth = depth + 1;
      result.depth = Math.max(result.depth, fieldDepth);
      if (depth === 0 && operation.operation === 'mutation') result.cost += QUERY_LIMITS.mutationCost;
      const named = getNamedType(def.type);
      if (isLeafType(named) || !sel.selectionSet || FREE_FIELDS.has(`${type.name}.${name}`)) continue;
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
  result.introspection = Math.ceil(result.introspection);
  result.cost += Math.ceil(result.introspection / QUERY_LIMITS.introspectionPerPoint);
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
  const { cost, depth, aliases, introspection } = measured;
  if (depth > limits.maxDepth) {
    throw tooComplex('DEPTH', msg('graphql.queryDepthExceeds', { depth, maxDepth: limits.maxDepth }), {
      depth,
      cost,
      limit: limits.maxDepth,
    });
  }
  if (aliases > limits.maxAliases) {
    throw tooComplex('ALIASES', msg('graphql.aliasesExceed', { aliases, maxAliases: limits.maxAliases }), {
      aliases,
      cost,
      limit: limits.maxAliases,
    });
  }
  if (introspection > limits.maxIntrospection) {
    throw tooComplex(
      'INTROSPECTION',
      msg('graphql.introspectionObjectsExceedsFull', { introspection, maxIntrospection: limits.maxIntrospection }),
      { introspection, cost, limit: limits.maxIntrospection },
    );
  }
  if (cost > limits.maxCost) {
    throw tooComplex('COST', msg('graphql.queryCostExceedsAsk', { cost, maxCost: limits.maxCost }), { cost, limit: limits.maxCost });
  }
}
