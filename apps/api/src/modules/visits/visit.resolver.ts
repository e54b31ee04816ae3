import { satisfactionOfScore } from '@kehu/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { Customer } from '../customers/customer.entity';
import { customerById } from '../customers/customer.loaders';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Visit } from './visit.entity';
import { PlanVisitInput, RecordVisitInput, VisitFilter } from './visit.inputs';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { loadDimensions, SatisfactionDimension, SatisfactionDimensionInput, saveDimensions, VisitScore } from './satisfaction';
import { Satisfaction } from './visit.enums';
import { satisfactionByCustomer, scoresByVisit, visitsByCustomer } from './visit.loaders';
import * as visits from './visit.service';
import { SatisfactionStats, VisitConnection } from './visit.types';

@Resolver(() => Visit)
export class VisitResolver {
  @Query(() => VisitConnection, {
    description:
      '回访: visits to every customer you may read, earliest planned first; by status (business-calendar days), owner, customer and planned time',
  })
  visits(
    @Arg('filter', () => VisitFilter, { nullable: true, description: 'Which visits' }) filter: VisitFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return visits.listVisits(ctx, filter, page.first, page.after);
  }

  @Mutation(() => Visit, { description: '计划回访: plan a return visit to a customer you may read' })
  planVisit(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('input', () => PlanVisitInput, { description: 'The plan' }) input: PlanVisitInput,
    @Ctx() ctx: Context,
  ) {
    return visits.planVisit(ctx, customerId, input);
  }

  @Mutation(() => Visit, { description: '登记回访: record how a planned visit went; a stale `version` is a CONFLICT' })
  recordVisit(
    @Arg('id', () => ID, { description: 'Visit id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => RecordVisitInput, { description: 'The record' }) input: RecordVisitInput,
    @Ctx() ctx: Context,
  ) {
    return visits.recordVisit(ctx, id, version, input);
  }

  @Query(() => SatisfactionStats, {
    description: '满意度统计 over the recorded visits of every customer you may read, optionally within [from, to)',
  })
  visitSatisfaction(
    @Arg('from', () => Date, { nullable: true, description: 'Visits on or after' }) from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Visits before' }) to: Date | null,
    @Ctx() ctx: Context,
  ) {
    return visits.overallSatisfaction(ctx, from, to);
  }

  @Query(() => [SatisfactionDimension], {
    description: '满意度维度: the dimensions a visit is scored on, in order (everyone may read them)',
  })
  satisfactionDimensions(
    @Arg('includeArchived', { defaultValue: false, description: 'Also archived dimensions (after the active ones)' })
    includeArchived: boolean,
    @Ctx() ctx: Context,
  ) {
    requireUser(ctx);
    return loadDimensions(ctx.dataSource.manager, includeArchived);
  }

  @Mutation(() => [SatisfactionDimension], {
    description: '设置满意度维度 (admins): the full list in order; a dimension left out is archived, its past scores kept',
  })
  async updateSatisfactionDimensions(
    @Arg('input', () => [SatisfactionDimensionInput], { description: 'Every active dimension, in order' })
    input: SatisfactionDimensionInput[],
    @Ctx() ctx: Context,
  ) {
    const user = requireUser(ctx);
    assertCan(user, 'settings.manage');
    await ctx.dataSource.transaction((em) => saveDimensions(em, input, ctx.clock.now()));
    return loadDimensions(ctx.dataSource.manager, true);
  }

  @FieldResolver(() => [VisitScore], { description: "分维度评分: the dimension scores given when recorded, in the dimensions' order" })
  scores(@Root() v: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.get(scoresByVisit).load(v.id);
  }

  @FieldResolver(() => Satisfaction, {
    nullable: true,
    deprecationReason: 'Use overallScore (1–5)',
    description: '满意度 (4-level) of the overall score: 5 非常满意, 4 满意, 3 一般, 1–2 不满意',
  })
  satisfaction(@Root() v: Visit): Satisfaction | null {
    return v.overallScore === null ? null : (satisfactionOfScore(v.overallScore) as Satisfaction);
  }

  @FieldResolver(() => User, { description: '回访负责人' })
  owner(@Root() v: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(v.ownerId);
  }

  @FieldResolver(() => Customer, { description: 'The customer' })
  customer(@Root() v: Visit, @Ctx() ctx: Context) {
    return ctx.loaders.get(customerById).load(v.customerId);
  }

  @FieldResolver(() => Boolean, { description: 'True once the visit has been recorded' })
  recorded(@Root() v: Visit): boolean {
    return v.actualAt !== null;
  }
}

@Resolver(() => Customer)
export class CustomerVisitsResolver {
  @FieldResolver(() => [Visit], { description: '回访记录: planned and recorded visits, latest planned first' })
  visits(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.get(visitsByCustomer).load(c.id);
  }

  @FieldResolver(() => SatisfactionStats, { description: "满意度统计 of this customer's recorded visits" })
  visitSatisfaction(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.get(satisfactionByCustomer).load(c.id);
  }
}
