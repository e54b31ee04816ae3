import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { PubSub } from './pubsub';
import { resolvers } from './resolvers';

/** Builds the one GraphQL schema from the type-graphql classes. */
export async function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, pubSub: pubSub ?? createPubSub(), validate: false });
  describeRootTypes(schema);
  return schema;
}

/** type-graphql cannot describe the root types; integrators read these first, so they get one here. */
function describeRootTypes(schema: GraphQLSchema) {
  const root = {
    Query:
      'Kehu 客户管理 API: everything you can read. Lists are cursor connections (first ≤ 100, after); any record is also reachable by `node(id)`.',
    Mutation: 'Everything you can change. Updates take the `version` you read; a stale one is a CONFLICT.',
    Subscription: 'Live updates over graphql-ws on the same /graphql path.',
  };
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type && !type.description) type.description = root[type.name as keyof typeof root] ?? null;
  }
}

/** The schema as committed in apps/api/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
