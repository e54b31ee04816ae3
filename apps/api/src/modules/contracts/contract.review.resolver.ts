import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Contract, ContractChecklistItem, ContractReviewComment } from './contract.entity';
import { reviewCommentsByContract } from './contract.loaders';
import { checkContractReviewItem, checklistOf, commentOnContract } from './contract.review';

@Resolver(() => Contract)
export class ContractReviewResolver {
  @FieldResolver(() => [ContractChecklistItem], {
    description:
      '审核清单: the clauses of its template to confirm before it can be submitted for approval (empty when not generated from a template)',
  })
  reviewChecklist(@Root() k: Contract): ContractChecklistItem[] {
    return checklistOf(k);
  }

  @FieldResolver(() => [ContractReviewComment], { description: "审核意见: reviewers' comments, oldest first" })
  reviewComments(@Root() k: Contract, @Ctx() ctx: Context) {
    return ctx.loaders.get(reviewCommentsByContract).load(k.id);
  }

  @Mutation(() => Contract, { description: "Confirms (or un-confirms) item `index` (from 0) of a DRAFT contract's review checklist" })
  checkContractReviewItem(
    @Arg('id', () => ID, { description: 'Contract id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read; a stale one is a CONFLICT' }) version: number,
    @Arg('index', () => Int, { description: 'Which item, from 0' }) index: number,
    @Arg('checked', { description: 'true to confirm, false to undo' }) checked: boolean,
    @Ctx() ctx: Context,
  ) {
    return checkContractReviewItem(ctx, id, version, index, checked);
  }

  @Mutation(() => ContractReviewComment, { description: 'Leaves a review comment (审核意见) on a contract you may see' })
  commentOnContract(
    @Arg('id', () => ID, { description: 'Contract id' }) id: string,
    @Arg('body', { description: 'The comment (1–2000 characters)' }) body: string,
    @Ctx() ctx: Context,
  ) {
    return commentOnContract(ctx, id, body);
  }
}

@Resolver(() => ContractChecklistItem)
export class ContractChecklistItemResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who confirmed it' })
  checkedBy(@Root() item: ContractChecklistItem, @Ctx() ctx: Context) {
    return item.checkedById ? ctx.loaders.get(userById).load(item.checkedById) : null;
  }
}

@Resolver(() => ContractReviewComment)
export class ContractReviewCommentResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it' })
  author(@Root() c: ContractReviewComment, @Ctx() ctx: Context) {
    return c.authorId ? ctx.loaders.get(userById).load(c.authorId) : null;
  }
}

export const contractReviewResolvers = [ContractReviewResolver, ContractChecklistItemResolver, ContractReviewCommentResolver];
