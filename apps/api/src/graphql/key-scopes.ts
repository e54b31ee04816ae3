import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describeNeed, fieldNeeds, keyMeets } from '../modules/api-keys/api-key.scope-map';
import { AppError, ErrorCode, msg } from './errors';

export interface ScopeRefusal {
  /** The root field's name, or `Type.field` for a nested one. */
  field: string;
  needed: string;
}

/**
 * The first field of the operation an API key with `scopes` may not select, walking every selection (through
 * fragments, nested objects included) against the schema and the declarative map in api-key.scope-map.ts.
 * null when the key may run it all. Introspection (`__schema`, `__type`, `__typename`) needs no scope.
 */
export function keyScopeRefusal(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  scopes: readonly string[],
): ScopeRefusal | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, spreads: Set<string>): ScopeRefusal | null => {
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD) {
        let fragment: FragmentDefinitionNode | InlineFragmentNode | undefined;
        let seen = spreads;
        if (sel.kind === Kind.FRAGMENT_SPREAD) {
          if (spreads.has(sel.name.value)) continue;
          fragment = fragments[sel.name.value];
          seen = new Set(spreads).add(sel.name.value);
        } else fragment = sel;
        if (!fragment) continue;
        const cond = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        const found = cond && isCompositeType(cond) ? walk(fragment.selectionSet, cond, seen) : null;
        if (found) return found;
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue;
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const def = type.getFields()[name];
      if (!def) continue; // validation reports unknown fields
      const named = getNamedType(def.type);
      const label = type === root ? name : `${type.name}.${name}`;
      const needs = fieldNeeds(type.name, name, isCompositeType(named) ? named.name : null) ?? ['session' as const];
      const unmet = needs.find((n) => !keyMeets(scopes, n));
      if (unmet !== undefined) return { field: label, needed: describeNeed(unmet) };
      if (sel.selectionSet && isCompositeType(named)) {
        const found = walk(sel.selectionSet, named, spreads);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(operation.selectionSet, root, new Set());
}

export const scopeRefused = (r: ScopeRefusal) =>
  new AppError(ErrorCode.FORBIDDEN, msg('graphql.apiKeyLacks', { needed: r.needed, field: r.field }), {
    reason: 'API_KEY_SCOPE',
    field: r.field,
    requiredScope: r.needed,
  });
