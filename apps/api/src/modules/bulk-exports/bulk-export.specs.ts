import { getMetadataStorage } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { Contact } from '../contacts/contact.entity';
import { Contract } from '../contracts/contract.entity';
import { contractListWhere } from '../contracts/contract.list';
import { today } from '../contracts/deal-common';
import { Customer } from '../customers/customer.entity';
import { customerListWhere } from '../customers/customer.list';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { Opportunity } from '../opportunities/opportunity.entity';
import { opportunityListWhere } from '../opportunities/opportunity.list';
import { Invoice, PaymentPlan, Receipt } from '../payments/payment.entity';
import { invoiceListWhere, paymentPlanListWhere, receiptListWhere } from '../payments/payment.list';
import { planReceivedJoin, planStatusSql } from '../payments/payment.sql';
import type { ScopeArea } from '../api-keys/api-key.scopes';
import type { BulkExportKind, StartBulkExportInput } from './bulk-export.inputs';

/** The request as stored on the bulk_exports row: the kind's filter only. */
export type BulkFilter = Omit<StartBulkExportInput, 'kind' | 'format'>;

/**
 * One kind of bulk export: the list's own FROM and WHERE (data scope first, then the same filter as its query),
 * a keyset order (newest first; the last key is the unique id) and the JSON object of a record, built by
 * PostgreSQL so the API only copies text from the socket to the file.
 */
export interface BulkSpec {
  area: ScopeArea;
  from: string;
  where: (ctx: Context, params: SqlParams) => string[];
  keys: [string, string][];
  /** SQL giving one record as JSON text. */
  json: (ctx: Context, params: SqlParams) => string;
}

/**
 * The columns of an entity that its GraphQL type shows (by property name), plus the ids of what it belongs to
 * (`customerId`, `ownerId`…): integrators get the field names they know from the schema. Money (numeric) is a
 * decimal string, never a JSON number; times are ISO 8601 as PostgreSQL writes them (to the microsecond).
 */
const columnLists = new WeakMap<DataSource, Map<unknown, string>>();
export function recordColumns(ds: DataSource, entity: new () => object, alias: string): string {
  let cache = columnLists.get(ds);
  if (!cache) columnLists.set(ds, (cache = new Map()));
  const key = `${entity.name}:${alias}`;
  let list = cache.get(key);
  if (list === undefined) {
    const fields = new Set(
      getMetadataStorage()
        .fields.filter((f) => f.target === entity)
        .map((f) => f.name),
    );
    list = ds
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect && (fields.has(c.propertyName) || /^[a-z]+(?:[A-Z][a-z]+)*Id$/.test(c.propertyName)))
      .map((c) => `${alias}.${c.databaseName}${c.type === 'numeric' || c.type === 'bigint' ? '::text' : ''} AS "${c.propertyName}"`)
      .join(', ');
    cache.set(key, list);
  }
  return list;
}

/** One line of JSON: row_to_json and array_to_json write no line breaks (json_agg would, between elements). */
const rowJson = (columns: string) => `(SELECT row_to_json(x) FROM (SELECT ${columns}) x)::text`;

const customerFilterOf = (f: BulkFilter) => f.customerFilter ?? null;

export const BULK_SPECS: Record<BulkExportKind, (f: BulkFilter) => BulkSpec> = {
  CUSTOMERS: (f) => ({
    area: 'customers',
    from: 'customers c',
    where: (ctx, params) => [customerListWhere(ctx, customerFilterOf(f), params)],
    keys: [
      ['c.created_at', 'timestamptz'],
      ['c.id', 'uuid'],
    ],
    json: (ctx) =>
      rowJson(
        `${recordColumns(ctx.dataSource, Customer, 'c')},
         (SELECT COALESCE(array_to_json(array_agg(y ORDER BY y."isPrimary" DESC, y."createdAt", y.id)), '[]'::json)
            FROM (SELECT ${recordColumns(ctx.dataSource, Contact, 'k')} FROM contacts k WHERE k.customer_id = c.id) y) AS contacts,
         (SELECT COALESCE(array_to_json(array_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name)), '[]'::json)
            FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id) AS tags`,
      ),
  }),
  CONTACTS: (f) => ({
    area: 'customers',
    from: 'contacts k JOIN customers c ON c.id = k.customer_id',
    where: (ctx, params) => [customerListWhere(ctx, customerFilterOf(f), params)],
    keys: [
      ['k.created_at', 'timestamptz'],
      ['k.id', 'uuid'],
    ],
    json: (ctx) => rowJson(`${recordColumns(ctx.dataSource, Contact, 'k')}, c.name AS "customerName"`),
  }),
  FOLLOW_UPS: (f) => ({
    area: 'customers',
    from: 'follow_ups fu JOIN customers c ON c.id = fu.customer_id',
    where: (ctx, params) => [customerListWhere(ctx, customerFilterOf(f), params)],
    keys: [
      ['fu.at', 'timestamptz'],
      ['fu.id', 'uuid'],
    ],
    json: (ctx) => rowJson(`${recordColumns(ctx.dataSource, FollowUp, 'fu')}, c.name AS "customerName"`),
  }),
  OPPORTUNITIES: (f) => ({
    area: 'deals',
    from: 'opportunities o JOIN customers c ON c.id = o.customer_id',
    where: (ctx, params) => opportunityListWhere(ctx, f.opportunityFilter, params),
    keys: [
      ['o.created_at', 'timestamptz'],
      ['o.id', 'uuid'],
    ],
    json: (ctx) => rowJson(`${recordColumns(ctx.dataSource, Opportunity, 'o')}, c.name AS "customerName"`),
  }),
  CONTRACTS: (f) => ({
    area: 'deals',
    from: `contracts k JOIN customers c ON c.id = k.customer_id
           LEFT JOIN LATERAL (SELECT COALESCE(sum(x.amount), 0)::numeric(14,2) AS got FROM receipts x WHERE x.contract_id = k.id) rc ON true`,
    where: (ctx, params) => contractListWhere(ctx, f.contractFilter, params),
    keys: [
      ['k.created_at', 'timestamptz'],
      ['k.id', 'uuid'],
    ],
    json: (ctx) =>
      rowJson(
        `${recordColumns(ctx.dataSource, Contract, 'k')}, c.name AS "customerName", rc.got::text AS "receivedAmount", (k.amount - rc.got)::numeric(14,2)::text AS "outstandingAmount"`,
      ),
  }),
  PAYMENT_PLANS: (f) => ({
    area: 'deals',
    from: `payment_plans p JOIN customers c ON c.id = p.customer_id ${planReceivedJoin('p')}`,
    where: (ctx, params) => paymentPlanListWhere(ctx, f.paymentPlanFilter, params),
    keys: [
      ['p.due_date', 'date'],
      ['p.id', 'uuid'],
    ],
    json: (ctx, params) => {
      const day = params.p(today(ctx));
      return rowJson(
        `${recordColumns(ctx.dataSource, PaymentPlan, 'p')}, c.name AS "customerName", pr.received::text AS "receivedAmount",
         (p.amount - pr.received)::numeric(14,2)::text AS "outstandingAmount", ${planStatusSql(day, 'p')} AS status,
         (CASE WHEN pr.received < p.amount AND p.due_date < ${day}::date THEN ${day}::date - p.due_date ELSE 0 END) AS "overdueDays"`,
      );
    },
  }),
  RECEIPTS: (f) => ({
    area: 'deals',
    from: 'receipts r JOIN customers c ON c.id = r.customer_id',
    where: (ctx, params) => receiptListWhere(ctx, f.receiptFilter, params),
    keys: [
      ['r.received_date', 'date'],
      ['r.id', 'uuid'],
    ],
    json: (ctx) => rowJson(`${recordColumns(ctx.dataSource, Receipt, 'r')}, c.name AS "customerName"`),
  }),
  INVOICES: (f) => ({
    area: 'deals',
    from: 'invoices i JOIN customers c ON c.id = i.customer_id',
    where: (ctx, params) => invoiceListWhere(ctx, f.invoiceFilter, params),
    keys: [
      ['i.issued_date', 'date'],
      ['i.id', 'uuid'],
    ],
    json: (ctx) => rowJson(`${recordColumns(ctx.dataSource, Invoice, 'i')}, c.name AS "customerName"`),
  }),
};

/** The filter input of each kind; any other filter given is refused (it would be silently ignored otherwise). */
const FILTER_OF: Record<BulkExportKind, keyof BulkFilter> = {
  CUSTOMERS: 'customerFilter',
  CONTACTS: 'customerFilter',
  FOLLOW_UPS: 'customerFilter',
  OPPORTUNITIES: 'opportunityFilter',
  CONTRACTS: 'contractFilter',
  PAYMENT_PLANS: 'paymentPlanFilter',
  RECEIPTS: 'receiptFilter',
  INVOICES: 'invoiceFilter',
};

export function bulkFilter(input: StartBulkExportInput): BulkFilter {
  const own = FILTER_OF[input.kind];
  for (const key of Object.values(FILTER_OF)) {
    if (key !== own && input[key]) throw badInput(`input.${key}`, msg('bulkExports.takes', { kind: input.kind, own }));
  }
  const value = input[own];
  // Plain JSON (the inputs are class instances) so the stored filter reads back the same.
  return value ? { [own]: JSON.parse(JSON.stringify(value)) } : {};
}
