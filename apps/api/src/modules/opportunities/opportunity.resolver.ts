import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Contract } from '../contracts/contract.entity';
import { contractsByOpportunity } from '../contracts/contract.loaders';
import { getUnderCustomer } from '../contracts/deal-common';
import { Customer } from '../customers/customer.entity';
import { customerById } from '../customers/customer.loaders';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Product } from '../products/product.entity';
import { productById } from '../products/product.service';
import { Opportunity, OpportunityLine, OpportunityStageChange } from './opportunity.entity';
import { OpportunityStage } from './opportunity.enums';
import {
  CreateOpportunityInput,
  OpportunityConnection,
  OpportunityFilter,
  OpportunityOrder,
  UpdateOpportunityInput,
} from './opportunity.inputs';
import { listOpportunities } from './opportunity.list';
import { linesByOpportunity, stageChangesByOpportunity } from './opportunity.loaders';
import * as opportunities from './opportunity.service';

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @FieldResolver(() => Customer, { description: 'The customer' })
  customer(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(customerById).load(o.customerId);
  }

  @FieldResolver(() => User, { description: '负责人' })
  owner(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(o.ownerId);
  }

  @FieldResolver(() => [OpportunityStageChange], { description: '阶段记录: every stage change with its note, who and when, oldest first' })
  stageHistory(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(stageChangesByOpportunity).load(o.id);
  }

  @FieldResolver(() => [OpportunityLine], { description: '商机产品, in order' })
  lines(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(linesByOpportunity).load(o.id);
  }

  @FieldResolver(() => [Contract], { description: 'Contracts drafted from this opportunity' })
  contracts(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(contractsByOpportunity).load(o.id);
  }

  @Query(() => OpportunityConnection, { description: '商机列表: opportunities of customers you may see, filtered, sorted and paged' })
  opportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Filters; all given must match' })
    filter: OpportunityFilter | null,
    @Arg('orderBy', () => OpportunityOrder, { nullable: true, description: 'Sort order (default: newest first)' })
    orderBy: OpportunityOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listOpportunities(ctx, OpportunityConnection, { filter, orderBy, ...page });
  }

  @Query(() => Opportunity, {
    nullable: true,
    description: 'One opportunity by id, or null when it does not exist or you may not see its customer',
  })
  opportunity(@Arg('id', () => ID, { description: 'Opportunity id' }) id: string, @Ctx() ctx: Context) {
    return getUnderCustomer(ctx, Opportunity, 'opportunities', id);
  }

  @Mutation(() => Opportunity, { description: '新建商机 for a customer you may edit' })
  createOpportunity(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('input', () => CreateOpportunityInput, { description: 'The opportunity' }) input: CreateOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return opportunities.createOpportunity(ctx, customerId, input);
  }

  @Mutation(() => Opportunity, {
    description: 'Edit an opportunity (not its stage: use advanceOpportunity); a stale `version` is a CONFLICT',
  })
  updateOpportunity(
    @Arg('id', () => ID, { description: 'Opportunity id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateOpportunityInput, { description: 'Fields to change' }) input: UpdateOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return opportunities.updateOpportunity(ctx, id, version, input);
  }

  @Mutation(() => Opportunity, {
    description: "推进商机: move to another stage (win rate resets to the stage's), recorded in stageHistory",
  })
  advanceOpportunity(
    @Arg('id', () => ID, { description: 'Opportunity id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('stage', () => OpportunityStage, { description: 'The new stage' }) stage: OpportunityStage,
    @Arg('note', () => String, { nullable: true, description: 'Why / what happened' }) note: string | null,
    @Arg('lostReason', () => String, { nullable: true, description: '输单原因 (required for LOST)' }) lostReason: string | null,
    @Ctx() ctx: Context,
  ) {
    return opportunities.advanceOpportunity(ctx, id, version, stage, note, lostReason);
  }

  @Mutation(() => Boolean, { description: 'Delete an opportunity no contract refers to' })
  deleteOpportunity(@Arg('id', () => ID, { description: 'Opportunity id' }) id: string, @Ctx() ctx: Context) {
    return opportunities.deleteOpportunity(ctx, id);
  }
}

@Resolver(() => OpportunityStageChange)
export class OpportunityStageChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who moved it' })
  actor(@Root() s: OpportunityStageChange, @Ctx() ctx: Context) {
    return s.actorId ? ctx.loaders.get(userById).load(s.actorId) : null;
  }
}

@Resolver(() => OpportunityLine)
export class OpportunityLineResolver {
  @FieldResolver(() => Product, { description: 'The catalogue product' })
  product(@Root() l: OpportunityLine, @Ctx() ctx: Context) {
    return ctx.loaders.get(productById).load(l.productId);
  }
}
