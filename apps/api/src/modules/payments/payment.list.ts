import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { readableCustomerSql } from '../access/customer-scope';
import { listPage, today } from '../contracts/deal-common';
import { Invoice, PaymentPlan, Receipt } from './payment.entity';
import type {
  InvoiceConnection,
  InvoiceFilter,
  PaymentFilter,
  PaymentOrder,
  PaymentPlanConnection,
  PaymentPlanFilter,
  ReceiptConnection,
  ReceiptFilter,
} from './payment.inputs';
import { planComputedSql, planReceivedJoin, planStatusSql } from './payment.sql';

type Args<F> = {
  filter?: F | null;
  orderBy?: PaymentOrder | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

/** Scope and the shared filters (customer, contract, date range on `dateColumn`). */
function baseWhere(ctx: Context, alias: string, dateColumn: string, f: PaymentFilter, params: SqlParams) {
  const user = requireUser(ctx);
  const where = ['c.deleted_at IS NULL', readableCustomerSql(user, 'c', params)];
  for (const key of ['customerId', 'contractId'] as const) {
    const v = f[key];
    if (!v) continue;
    if (!isUuid(v)) throw badInput(`filter.${key}`, msg('payments.invalidId'));
    where.push(`${alias}.${key === 'customerId' ? 'customer_id' : 'contract_id'} = ${params.p(v)}::uuid`);
  }
  if (f.from) where.push(`${alias}.${dateColumn} >= ${params.p(f.from)}::date`);
  if (f.to) where.push(`${alias}.${dateColumn} <= ${params.p(f.to)}::date`);
  return where;
}

const order = <T extends { amount: string }>(
  alias: string,
  dateColumn: string,
  date: (r: T) => string,
  o: PaymentOrder | null | undefined,
) =>
  o?.field === 'AMOUNT'
    ? { sql: `${alias}.amount`, cast: 'numeric', value: (r: T) => r.amount }
    : { sql: `${alias}.${dateColumn}`, cast: 'date', value: date };

/** The WHERE conditions of the payment plan list (alias p with PLAN_RECEIVED_JOIN, customer c). Also used by bulk exports. */
export function paymentPlanListWhere(ctx: Context, filter: PaymentPlanFilter | null | undefined, params: SqlParams): string[] {
  const f = filter ?? {};
  const where = baseWhere(ctx, 'p', 'due_date', f, params);
  if (f.statuses?.length) where.push(`${planStatusSql(params.p(today(ctx)))} = ANY(${params.p(f.statuses)}::text[])`);
  return where;
}

export function listPaymentPlans(ctx: Context, Conn: new () => PaymentPlanConnection, args: Args<PaymentPlanFilter>) {
  const params = new SqlParams();
  const where = paymentPlanListWhere(ctx, args.filter, params);
  return listPage(ctx, Conn, PaymentPlan, {
    alias: 'p',
    from: `payment_plans p JOIN customers c ON c.id = p.customer_id ${planReceivedJoin('p')}`,
    where,
    params,
    order: order<PaymentPlan>('p', 'due_date', (r) => r.dueDate, args.orderBy),
    direction: args.orderBy?.direction ?? 'ASC',
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
    select: (p) => planComputedSql(p.p(today(ctx))),
  });
}

/** The WHERE conditions of the receipt list (alias r, customer c): scope first, then the filter. Also used by exports. */
export function receiptListWhere(ctx: Context, filter: ReceiptFilter | null | undefined, params: SqlParams): string[] {
  const f = filter ?? {};
  const where = baseWhere(ctx, 'r', 'received_date', f, params);
  if (f.methods?.length) where.push(`r.method = ANY(${params.p(f.methods)}::text[])`);
  return where;
}

export function listReceipts(ctx: Context, Conn: new () => ReceiptConnection, args: Args<ReceiptFilter>) {
  const params = new SqlParams();
  const where = receiptListWhere(ctx, args.filter, params);
  return listPage(ctx, Conn, Receipt, {
    alias: 'r',
    from: 'receipts r JOIN customers c ON c.id = r.customer_id',
    where,
    params,
    order: order<Receipt>('r', 'received_date', (r) => r.receivedDate, args.orderBy),
    direction: args.orderBy?.direction,
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
  });
}

/** The WHERE conditions of the invoice list (alias i, customer c). Also used by bulk exports. */
export function invoiceListWhere(ctx: Context, filter: InvoiceFilter | null | undefined, params: SqlParams): string[] {
  const f = filter ?? {};
  const where = baseWhere(ctx, 'i', 'issued_date', f, params);
  if (f.statuses?.length) where.push(`i.status = ANY(${params.p(f.statuses)}::text[])`);
  if (f.types?.length) where.push(`i.type = ANY(${params.p(f.types)}::text[])`);
  return where;
}

export function listInvoices(ctx: Context, Conn: new () => InvoiceConnection, args: Args<InvoiceFilter>) {
  const params = new SqlParams();
  const where = invoiceListWhere(ctx, args.filter, params);
  return listPage(ctx, Conn, Invoice, {
    alias: 'i',
    from: 'invoices i JOIN customers c ON c.id = i.customer_id',
    where,
    params,
    order: order<Invoice>('i', 'issued_date', (r) => r.issuedDate, args.orderBy),
    direction: args.orderBy?.direction,
    first: args.first,
    after: args.after,
    last: args.last,
    before: args.before,
  });
}
