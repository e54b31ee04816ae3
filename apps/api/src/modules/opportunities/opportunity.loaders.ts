import type { Context } from '../../graphql/context';
import { defineLoader } from '../../graphql/loaders';
import { rowsById, rowsByKey } from '../contracts/deal-common';
import { Opportunity, OpportunityLine, OpportunityStageChange } from './opportunity.entity';

/** Opportunities by id, for relations of records reached through a visible customer. */
export const opportunityById = defineLoader((ctx: Context) => rowsById(ctx, Opportunity, 'opportunities', 'o'));

/** The newest `limit` opportunities of each customer. */
export const opportunitiesByCustomer = (ctx: Context, args: { limit: number }) =>
  rowsByKey(ctx, Opportunity, {
    table: 'opportunities',
    alias: 'o',
    key: 'customer_id',
    keyProp: 'customerId',
    orderBy: 'o.created_at DESC, o.id DESC',
    limit: args.limit,
  });

/** Stage history of each opportunity, oldest first. */
export const stageChangesByOpportunity = defineLoader((ctx: Context) =>
  rowsByKey(ctx, OpportunityStageChange, {
    table: 'opportunity_stage_changes',
    alias: 's',
    key: 'opportunity_id',
    keyProp: 'opportunityId',
    orderBy: 's.seq',
  }),
);

/** 商机产品 of each opportunity, in order. */
export const linesByOpportunity = defineLoader((ctx: Context) =>
  rowsByKey(ctx, OpportunityLine, {
    table: 'opportunity_lines',
    alias: 'l',
    key: 'opportunity_id',
    keyProp: 'opportunityId',
    orderBy: 'l.position',
  }),
);
