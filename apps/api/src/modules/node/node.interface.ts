import { Field, ID, InterfaceType } from 'type-graphql';

/** Constructor → GraphQL type name, filled by registerNodeType (node.registry.ts). */
export const nodeTypeNames = new Map<unknown, string>();

/**
 * Relay's Node: every record type with a globally unique id (UUIDs are) implements it, so `node(id)` can fetch
 * any of them. A type opts in with `@ObjectType({ implements: Node, … })` plus a `registerNodeType` line.
 */
@InterfaceType({
  description: 'A record with a globally unique id; fetch any of them with `node(id:)`',
  resolveType: (value: object) => nodeTypeNames.get(value.constructor) ?? (value as { __typename?: string }).__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique id (a UUID)' })
  id: string;
}
