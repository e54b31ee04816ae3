import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Node } from './node.interface';
import { MAX_NODES, resolveNodes } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any record by its globally unique id (Relay), or null when it does not exist or you may not see it',
  })
  async node(@Arg('id', () => ID, { description: "The record's id" }) id: string, @Ctx() ctx: Context) {
    return (await resolveNodes(ctx, [id]))[0];
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several records by id (at most ${MAX_NODES}), in the order asked; null for each unknown or invisible one`,
  })
  nodes(@Arg('ids', () => [ID], { description: "The records' ids" }) ids: string[], @Ctx() ctx: Context) {
    return resolveNodes(ctx, ids);
  }
}
