import 'reflect-metadata';
import { getNamedType, isCompositeType, isInterfaceType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../graphql/schema';
import { FIELD_NEEDS, TYPE_NEEDS, fieldNeeds, keyMeets } from './api-key.scope-map';
import { ALL_SCOPES, ApiKeyScope } from './api-key.scopes';

/**
 * The scope map (api-key.scope-map.ts) against the schema: every field of every type is covered, and for each
 * scope the fields a key can reach — walking from the root fields through every field it may select — are
 * exactly what the scope promises. A new type or root field fails here until it is given a scope.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const userTypes = () =>
  Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__'),
  ) as GraphQLObjectType[];

const returnsOf = (type: GraphQLObjectType, field: string) => {
  const named = getNamedType(type.getFields()[field].type);
  return isCompositeType(named) ? named.name : null;
};

/** Every `Type.field` a key with `scopes` can select, walking from the roots through what it may select. */
function reachable(scopes: string[]): Set<string> {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const queue = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
  while (queue.length) {
    const type = queue.shift()!;
    if (visited.has(type.name)) continue;
    visited.add(type.name);
    for (const field of Object.keys(type.getFields())) {
      const returns = returnsOf(type, field);
      const needs = fieldNeeds(type.name, field, returns);
      if (!needs || !needs.every((n) => keyMeets(scopes, n))) continue;
      seen.add(`${type.name}.${field}`);
      if (!returns) continue;
      const target = schema.getType(returns);
      // An interface leads to its implementations through fragments.
      const next = target && isInterfaceType(target) ? [target, ...schema.getPossibleTypes(target)] : [target];
      for (const t of next) if (t && (isObjectType(t) || isInterfaceType(t))) queue.push(t as GraphQLObjectType);
    }
  }
  return seen;
}

const roots = (fields: Set<string>, root: 'Query' | 'Mutation' | 'Subscription') =>
  [...fields]
    .filter((f) => f.startsWith(`${root}.`))
    .map((f) => f.slice(root.length + 1))
    .sort();

describe('the API key scope map', () => {
  it('covers every field of every type of the schema', () => {
    const missing: string[] = [];
    for (const type of userTypes()) {
      for (const field of Object.keys(type.getFields())) {
        if (!fieldNeeds(type.name, field, returnsOf(type, field))) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing.map((m) => `give ${m} (or its type) a scope in src/modules/api-keys/api-key.scope-map.ts`)).toEqual([]);
  });

  it('names only types and fields that exist', () => {
    const types = new Set(userTypes().map((t) => t.name));
    expect(Object.keys(TYPE_NEEDS).filter((t) => !types.has(t))).toEqual([]);
    const stale = Object.keys(FIELD_NEEDS).filter((f) => {
      const [type, field] = f.split('.');
      const t = schema.getType(type);
      return !t || !(isObjectType(t) || isInterfaceType(t)) || !t.getFields()[field];
    });
    expect(stale).toEqual([]);
  });

  it('no key, whatever its scopes, reaches user, key, settings, channel or webhook management', () => {
    const all = reachable(ALL_SCOPES);
    const session = [
      'Mutation.createUser',
      'Mutation.updateUser',
      'Mutation.deactivateUser',
      'Mutation.setExportPermission',
      'Mutation.unlockUser',
      'Mutation.createApiKey',
      'Mutation.revokeApiKey',
      'Query.apiKeys',
      'Mutation.login',
      'Mutation.changePassword',
      'Mutation.createWebhookEndpoint',
      'Mutation.updateWebhookEndpoint',
      'Mutation.deleteWebhookEndpoint',
      'Mutation.redeliverWebhook',
      'Query.webhookEndpoints',
      'Query.webhookDeliveries',
      'Mutation.updateNotificationChannels',
      'Mutation.testNotificationChannel',
      'Query.notificationChannels',
      'Query.notificationDeliveries',
      'Mutation.retryNotificationDelivery',
      'Mutation.updateReminderSetting',
      'Query.reminderSettings',
      'Mutation.updateDealSettings',
      'Mutation.updatePoolRules',
      'Mutation.createCustomField',
      'Mutation.updateCustomField',
      'Mutation.deleteCustomField',
      'Query.signIns',
      'Query.exportAudit',
      'User.lockedUntil',
      'User.failedLoginCount',
    ];
    expect(session.filter((f) => all.has(f))).toEqual([]);
    // Everything else of the schema is reachable with some scope (nothing is mapped out by mistake).
    const unreachable: string[] = [];
    for (const type of userTypes()) {
      for (const field of Object.keys(type.getFields())) {
        const needs = fieldNeeds(type.name, field, returnsOf(type, field))!;
        if (!needs.includes('session') && !all.has(`${type.name}.${field}`)) unreachable.push(`${type.name}.${field}`);
      }
    }
    expect(unreachable).toEqual([]);
  });

  it('a CUSTOMERS_READ key reads customers but none of their deals, and changes nothing', () => {
    const r = reachable([ApiKeyScope.CUSTOMERS_READ]);
    for (const f of [
      'Query.customer',
      'Query.customers',
      'Customer.name',
      'Customer.contacts',
      'Customer.followUps',
      'Contact.mobile',
      'Customer.owner',
      'Query.me',
    ]) {
      expect({ f, reachable: r.has(f) }).toEqual({ f, reachable: true });
    }
    for (const f of [
      'Customer.contracts',
      'Customer.receipts',
      'Customer.opportunities',
      'Customer.receivable',
      'Customer.invoices',
      'Customer.paymentPlans',
      'Customer.creditRating',
      'Query.contracts',
      'Query.customerReport',
      'Contract.amount',
    ]) {
      expect({ f, reachable: r.has(f) }).toEqual({ f, reachable: false });
    }
    expect(roots(r, 'Mutation')).toEqual([]);
  });

  it('a DEALS_READ key reads deals but not the customers behind them', () => {
    const r = reachable([ApiKeyScope.DEALS_READ]);
    for (const f of ['Query.contracts', 'Contract.amount', 'Contract.receipts', 'Opportunity.amount', 'Query.receipts', 'Receipt.amount']) {
      expect({ f, reachable: r.has(f) }).toEqual({ f, reachable: true });
    }
    for (const f of ['Query.customers', 'Contract.customer', 'Opportunity.customer', 'Customer.name']) {
      expect({ f, reachable: r.has(f) }).toEqual({ f, reachable: false });
    }
  });

  it('each scope reaches exactly the root fields it promises', () => {
    const table = Object.fromEntries(
      ALL_SCOPES.map((scope) => {
        const r = reachable([scope]);
        return [scope, { Query: roots(r, 'Query'), Mutation: roots(r, 'Mutation'), Subscription: roots(r, 'Subscription') }];
      }),
    );
    expect(table).toMatchSnapshot();
  });
});
