import { getArgumentValues, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { selectedFieldNames, selectedFields } from '../../graphql/selections';

/**
 * A relation of Customer that can be asked for knowing only the customer's id: the same DataLoader call its
 * field resolver makes, so that call then finds the rows already loading. `selects` (given when prefetching)
 * tells which fields the query asks for under the relation (a connection's totalCount, say).
 */
export type CustomerRelationLoad<A = Record<string, unknown>, R = unknown> = (
  ctx: Context,
  customerId: string,
  args: A,
  selects?: (field: string) => boolean,
) => R;

const relations = new Map<string, CustomerRelationLoad<never>>();

/** Registers `load` as how the Customer field `field` loads (its field resolver calls the returned function). */
export function customerRelation<A, R>(field: string, load: CustomerRelationLoad<A, R>): CustomerRelationLoad<A, R> {
  relations.set(field, load as CustomerRelationLoad<never>);
  return load;
}

/**
 * The customer 360 in one round trip. `customer(id)` calls this while its own lookup is queued: the relations
 * the query selects under the customer are asked for in the same turn of the event loop, so db/prepared.ts
 * sends the customer and all of them as one statement, instead of the customer first and its relations after.
 *
 * They are read before the scope check has answered. For a customer the caller may not see, they are read and
 * dropped: a field resolver runs only under a customer that was returned, and every other use of these
 * loaders comes after a scope check of its own. Rules and the test that holds them: docs/statement-batcher.md.
 */
export function prefetchCustomerRelations(ctx: Context, customerId: string, info: GraphQLResolveInfo): void {
  const type = info.schema.getType('Customer');
  if (!isObjectType(type)) return;
  const defs = type.getFields();
  for (const node of info.fieldNodes) {
    if (!node.selectionSet) continue;
    for (const field of selectedFields(node.selectionSet, info.fragments)) {
      const load = relations.get(field.name.value);
      const def = defs[field.name.value];
      if (!load || !def) continue;
      const names = field.selectionSet ? selectedFieldNames(field.selectionSet, info.fragments) : [];
      try {
        const args = getArgumentValues(def, field, info.variableValues);
        // The field resolver reports a failure when it asks for the same rows; never an unhandled rejection.
        void Promise.resolve(load(ctx, customerId, args as never, (f) => names.includes(f))).catch(() => undefined);
      } catch {
        /* likewise: bad arguments are the field resolver's to report */
      }
    }
  }
}
