import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import type { Context } from '../../graphql/context';
import { defineLoader } from '../../graphql/loaders';
import { rowsById, rowsByKey, today } from '../contracts/deal-common';
import { Invoice, PaymentPlan, Receipt, Receivable } from './payment.entity';
import { PLAN_RECEIVED_JOIN, planComputedSql, receivableSql, ZERO_RECEIVABLE } from './payment.sql';

const plans = (ctx: Context, key: 'customer_id' | 'contract_id', keyProp: 'customerId' | 'contractId', limit?: number) =>
  rowsByKey(ctx, PaymentPlan, {
    table: 'payment_plans',
    alias: 'p',
    key,
    keyProp,
    orderBy: 'p.due_date, p.id',
    limit,
    join: PLAN_RECEIVED_JOIN,
    extra: planComputedSql(limit === undefined ? '$2' : '$3'),
    extraParams: [today(ctx)],
  });

export const plansByContract = defineLoader((ctx: Context) => plans(ctx, 'contract_id', 'contractId'));
export const plansByCustomer = (ctx: Context, args: { limit: number }) => plans(ctx, 'customer_id', 'customerId', args.limit);
export const planById = defineLoader((ctx: Context) =>
  rowsById(ctx, PaymentPlan, 'payment_plans', 'p', { select: planComputedSql('$2'), join: PLAN_RECEIVED_JOIN, params: [today(ctx)] }),
);

export const receiptsByContract = defineLoader((ctx: Context) =>
  rowsByKey(ctx, Receipt, {
    table: 'receipts',
    alias: 'r',
    key: 'contract_id',
    keyProp: 'contractId',
    orderBy: 'r.received_date DESC, r.created_at DESC, r.id',
  }),
);
export const receiptsByCustomer = (ctx: Context, args: { limit: number }) =>
  rowsByKey(ctx, Receipt, {
    table: 'receipts',
    alias: 'r',
    key: 'customer_id',
    keyProp: 'customerId',
    orderBy: 'r.received_date DESC, r.created_at DESC, r.id',
    limit: args.limit,
  });
export const receiptsByPlan = defineLoader((ctx: Context) =>
  rowsByKey(ctx, Receipt, {
    table: 'receipts',
    alias: 'r',
    key: 'plan_id',
    keyProp: 'planId',
    orderBy: 'r.received_date, r.created_at, r.id',
  }),
);

export const invoicesByContract = defineLoader((ctx: Context) =>
  rowsByKey(ctx, Invoice, {
    table: 'invoices',
    alias: 'i',
    key: 'contract_id',
    keyProp: 'contractId',
    orderBy: 'i.issued_date DESC, i.created_at DESC, i.id',
  }),
);
export const invoicesByCustomer = (ctx: Context, args: { limit: number }) =>
  rowsByKey(ctx, Invoice, {
    table: 'invoices',
    alias: 'i',
    key: 'customer_id',
    keyProp: 'customerId',
    orderBy: 'i.issued_date DESC, i.created_at DESC, i.id',
    limit: args.limit,
  });

function receivables(ctx: Context, key: 'customer_id' | 'id') {
  return new DataLoader<string, Receivable>(async (keys) => {
    const rows = await preparedQuery<Receivable & { key: string }>(ctx, receivableSql(key), [keys, today(ctx)]);
    const map = new Map(rows.map(({ key: k, ...r }) => [k, Object.assign(new Receivable(), r)]));
    return keys.map((k) => map.get(k) ?? Object.assign(new Receivable(), ZERO_RECEIVABLE));
  });
}
export const receivableByContract = defineLoader((ctx: Context) => receivables(ctx, 'id'));
export const receivableByCustomer = defineLoader((ctx: Context) => receivables(ctx, 'customer_id'));
