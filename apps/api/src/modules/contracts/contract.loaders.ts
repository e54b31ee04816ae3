import type { Context } from '../../graphql/context';
import { defineLoader } from '../../graphql/loaders';
import { Contract, ContractApproval, ContractLine, ContractReviewComment } from './contract.entity';
import { rowsById, rowsByKey } from './deal-common';

/** Contracts by id, for relations of records reached through a visible customer. */
export const contractById = defineLoader((ctx: Context) => rowsById(ctx, Contract, 'contracts', 'k'));

/** The newest `limit` contracts of each customer. */
export const contractsByCustomer = (ctx: Context, args: { limit: number }) =>
  rowsByKey(ctx, Contract, {
    table: 'contracts',
    alias: 'k',
    key: 'customer_id',
    keyProp: 'customerId',
    orderBy: 'k.created_at DESC, k.id DESC',
    limit: args.limit,
  });

export const contractsByOpportunity = defineLoader((ctx: Context) =>
  rowsByKey(ctx, Contract, {
    table: 'contracts',
    alias: 'k',
    key: 'opportunity_id',
    keyProp: 'opportunityId',
    orderBy: 'k.created_at, k.id',
  }),
);

export const supplementsByParent = defineLoader((ctx: Context) =>
  rowsByKey(ctx, Contract, { table: 'contracts', alias: 'k', key: 'parent_id', keyProp: 'parentId', orderBy: 'k.created_at, k.id' }),
);

export const linesByContract = defineLoader((ctx: Context) =>
  rowsByKey(ctx, ContractLine, { table: 'contract_lines', alias: 'l', key: 'contract_id', keyProp: 'contractId', orderBy: 'l.position' }),
);

export const approvalsByContract = defineLoader((ctx: Context) =>
  rowsByKey(ctx, ContractApproval, {
    table: 'contract_approvals',
    alias: 'a',
    key: 'contract_id',
    keyProp: 'contractId',
    orderBy: 'a.seq',
  }),
);

export const reviewCommentsByContract = defineLoader((ctx: Context) =>
  rowsByKey(ctx, ContractReviewComment, {
    table: 'contract_review_comments',
    alias: 'r',
    key: 'contract_id',
    keyProp: 'contractId',
    orderBy: 'r.at, r.id',
  }),
);
