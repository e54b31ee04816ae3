import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { badInput, msg } from './errors';

/** A NUL byte (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its pair (not a character at all). */
// eslint-disable-next-line no-control-regex -- the NUL byte is what this looks for
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No input of the schema nests this deep; a deeper variable is refused rather than walked. */
const MAX_VARIABLE_DEPTH = 64;

const invalidText = (field: string) =>
  badInput(field, msg('graphql.containsNulByteUnpaired', { field }), {
    reason: 'INVALID_TEXT',
  });

/** What the document itself says: the first argument with invalid literal text, and where each variable is passed. */
interface Literals {
  badLiteral: string | null;
  usedAs: Map<string, string>;
}

/** Per parsed operation: Apollo reuses the parsed document of a query it has seen, so this walk runs once per document. */
const literalCache = new WeakMap<OperationDefinitionNode, Literals>();

function literalsOf(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode | undefined>): Literals {
  const cached = literalCache.get(operation);
  if (cached) return cached;
  const result: Literals = { badLiteral: null, usedAs: new Map() };
  const literal = (value: ValueNode, path: string) => {
    switch (value.kind) {
      case Kind.STRING:
        if (!result.badLiteral && INVALID_TEXT.test(value.value)) result.badLiteral = path;
        return;
      case Kind.LIST:
        value.values.forEach((v, i) => literal(v, `${path}.${i}`));
        return;
      case Kind.OBJECT:
        for (const f of value.fields) literal(f.value, `${path}.${f.name.value}`);
        return;
      case Kind.VARIABLE:
        // Named by the argument it is passed to, rather than by the variable.
        if (!result.usedAs.has(value.name.value)) result.usedAs.set(value.name.value, path);
        return;
      default:
    }
  };
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        for (const arg of sel.arguments ?? []) literal(arg.value, arg.name.value);
        if (sel.selectionSet) walk(sel.selectionSet, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments[sel.name.value];
        if (frag) walk(frag.selectionSet, seen);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  for (const def of operation.variableDefinitions ?? []) if (def.defaultValue) literal(def.defaultValue, def.variable.name.value);
  literalCache.set(operation, result);
  return result;
}

/**
 * Refuses, before anything executes, a string argument or variable holding invalid text, with BAD_USER_INPUT
 * naming the argument (dotted path into input objects; a variable is named by the argument it is passed to).
 * Without this such text reached PostgreSQL and came back as an internal error.
 */
export function assertValidText(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  variables: Record<string, unknown>,
): void {
  const { badLiteral, usedAs } = literalsOf(operation, fragments);
  if (badLiteral) throw invalidText(badLiteral);

  const json = (value: unknown, path: string, depth = 0) => {
    if (depth > MAX_VARIABLE_DEPTH) throw badInput(path, msg('graphql.nestedTooDeeply', { path }));
    if (typeof value === 'string') {
      if (INVALID_TEXT.test(value)) throw invalidText(path);
    } else if (Array.isArray(value)) value.forEach((v, i) => json(v, `${path}.${i}`, depth + 1));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (INVALID_TEXT.test(k)) throw invalidText(path);
        json(v, `${path}.${k}`, depth + 1);
      }
    }
  };
  for (const [name, value] of Object.entries(variables)) json(value, usedAs.get(name) ?? name);
}
