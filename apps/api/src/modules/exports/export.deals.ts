import { enumLabel } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import type { ContractFilter } from '../contracts/contract.inputs';
import { contractListWhere } from '../contracts/contract.list';
import type { OpportunityFilter } from '../opportunities/opportunity.inputs';
import { opportunityListWhere } from '../opportunities/opportunity.list';
import type { ReceiptFilter } from '../payments/payment.inputs';
import { receiptListWhere } from '../payments/payment.list';
import type { Cell, Column } from './export.xlsx';

/**
 * The deal lists (contracts, opportunities, receipts) as export rows: each list's own WHERE (scope first, then
 * the same filter as its query), read in keyset batches so nothing grows with the size of the list.
 */
interface ListSpec {
  from: string;
  where: (ctx: Context, params: SqlParams) => string[];
  /** Sort key columns (newest first), each with its cast for the keyset comparison; the last one is a unique id. */
  keys: [string, string][];
  /** `tz()` gives the parameter holding the business time zone (added only when used). */
  select: (tz: () => string) => string;
  row: (r: Record<string, string | null>) => Cell[];
}

const BATCH = 1000;
const m = (expr: string) => `COALESCE(${expr}, 0)::numeric(14,2)::text`;
const fmt = (col: string, tz: () => string) => `to_char(${col} AT TIME ZONE ${tz()}, 'YYYY-MM-DD HH24:MI')`;

async function* keysetRows(ctx: Context, spec: ListSpec): AsyncGenerator<Cell[][]> {
  let after: string[] | null = null;
  for (;;) {
    const params = new SqlParams();
    const where = spec.where(ctx, params);
    let tzParam: string | undefined;
    const tz = () => (tzParam ??= params.p(ctx.config.businessTimeZone));
    if (after) {
      const cur = after;
      where.push(
        `(${spec.keys.map(([k]) => k).join(', ')}) < (${spec.keys.map(([, cast], i) => `${params.p(cur[i])}::${cast}`).join(', ')})`,
      );
    }
    const rows: Record<string, string | null>[] = await ctx.dataSource.query(
      `SELECT ${spec.keys.map(([k], i) => `${k}::text AS k${i}`).join(', ')}, ${spec.select(tz)}
         FROM ${spec.from} WHERE ${where.join(' AND ')}
        ORDER BY ${spec.keys.map(([k]) => `${k} DESC`).join(', ')} LIMIT ${BATCH}`,
      params.values,
    );
    if (!rows.length) return;
    yield rows.map(spec.row);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = spec.keys.map((_, i) => last[`k${i}`]!);
  }
}

async function countRows(ctx: Context, spec: ListSpec): Promise<number> {
  const params = new SqlParams();
  const where = spec.where(ctx, params);
  return (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM ${spec.from} WHERE ${where.join(' AND ')}`, params.values))[0].n;
}

const RECEIPT_METHODS: Record<string, string> = {
  BANK_TRANSFER: '银行转账',
  CASH: '现金',
  CHEQUE: '支票',
  ALIPAY: '支付宝',
  WECHAT_PAY: '微信支付',
  OTHER: '其他',
};

const contracts = (filter: ContractFilter | null | undefined): ListSpec => ({
  from: `contracts k JOIN customers c ON c.id = k.customer_id LEFT JOIN users u ON u.id = k.owner_id
         LEFT JOIN LATERAL (SELECT COALESCE(sum(x.amount), 0) AS got FROM receipts x WHERE x.contract_id = k.id) rc ON true`,
  where: (ctx, params) => contractListWhere(ctx, filter, params),
  keys: [
    ['k.created_at', 'timestamptz'],
    ['k.id', 'uuid'],
  ],
  select: (tz) => `k.number, k.title, c.name AS customer, k.kind, k.status, ${m('k.amount')} AS amount, ${m('rc.got')} AS received,
                   ${m('k.amount - rc.got')} AS outstanding, k.signed_at::text AS signed, k.start_date::text AS start, k.end_date::text AS "end",
                   u.name AS owner, ${fmt('k.created_at', tz)} AS created`,
  row: (r) => [
    r.number,
    r.title,
    r.customer,
    enumLabel('ContractKind', r.kind!),
    enumLabel('ContractStatus', r.status!),
    r.amount,
    r.received,
    r.outstanding,
    r.signed,
    r.start,
    r.end,
    r.owner,
    r.created,
  ],
});
const CONTRACT_COLUMNS: Column[] = [
  { header: '合同编号', width: 16 },
  { header: '合同名称', width: 30 },
  { header: '客户', width: 30 },
  { header: '类型', width: 10 },
  { header: '状态', width: 8 },
  { header: '合同金额', type: 'money' },
  { header: '已回款', type: 'money' },
  { header: '未回款', type: 'money' },
  { header: '签订日期', width: 12 },
  { header: '开始日期', width: 12 },
  { header: '结束日期', width: 12 },
  { header: '负责人', width: 10 },
  { header: '创建时间', width: 17 },
];

const opportunities = (filter: OpportunityFilter | null | undefined): ListSpec => ({
  from: 'opportunities o JOIN customers c ON c.id = o.customer_id LEFT JOIN users u ON u.id = o.owner_id',
  where: (ctx, params) => opportunityListWhere(ctx, filter, params),
  keys: [
    ['o.created_at', 'timestamptz'],
    ['o.id', 'uuid'],
  ],
  select: (tz) => `o.name, c.name AS customer, o.stage, o.win_rate::text AS win_rate, ${m('o.amount')} AS amount,
                   o.expected_close_date::text AS expected, u.name AS owner, o.lost_reason, ${fmt('o.created_at', tz)} AS created`,
  row: (r) => [
    r.name,
    r.customer,
    enumLabel('OpportunityStage', r.stage!),
    Number(r.win_rate),
    r.amount,
    r.expected,
    r.owner,
    r.lost_reason,
    r.created,
  ],
});
const OPPORTUNITY_COLUMNS: Column[] = [
  { header: '商机名称', width: 30 },
  { header: '客户', width: 30 },
  { header: '阶段', width: 10 },
  { header: '赢率(%)', type: 'int' },
  { header: '金额', type: 'money' },
  { header: '预计成交日期', width: 12 },
  { header: '负责人', width: 10 },
  { header: '输单原因', width: 24 },
  { header: '创建时间', width: 17 },
];

const receipts = (filter: ReceiptFilter | null | undefined): ListSpec => ({
  from: `receipts r JOIN customers c ON c.id = r.customer_id JOIN contracts k ON k.id = r.contract_id
         LEFT JOIN payment_plans pp ON pp.id = r.plan_id LEFT JOIN users u ON u.id = r.recorded_by_id`,
  where: (ctx, params) => receiptListWhere(ctx, filter, params),
  keys: [
    ['r.received_date', 'date'],
    ['r.id', 'uuid'],
  ],
  select: () =>
    `r.received_date::text AS date, ${m('r.amount')} AS amount, r.method, c.name AS customer, k.number, pp.due_date::text AS plan_due, u.name AS recorder, r.remark`,
  row: (r) => [r.date, r.amount, RECEIPT_METHODS[r.method!] ?? r.method, r.customer, r.number, r.plan_due, r.recorder, r.remark],
});
const RECEIPT_COLUMNS: Column[] = [
  { header: '回款日期', width: 12 },
  { header: '金额', type: 'money' },
  { header: '方式', width: 10 },
  { header: '客户', width: 30 },
  { header: '合同编号', width: 16 },
  { header: '对应计划到期日', width: 14 },
  { header: '登记人', width: 10 },
  { header: '备注', width: 30 },
];

export type DealListKind = 'CONTRACTS' | 'OPPORTUNITIES' | 'RECEIPTS';
export interface DealListFilters {
  contractFilter?: ContractFilter | null;
  opportunityFilter?: OpportunityFilter | null;
  receiptFilter?: ReceiptFilter | null;
}

function spec(kind: DealListKind, f: DealListFilters): ListSpec {
  if (kind === 'CONTRACTS') return contracts(f.contractFilter);
  if (kind === 'OPPORTUNITIES') return opportunities(f.opportunityFilter);
  return receipts(f.receiptFilter);
}

export const DEAL_LIST_SHEETS: Record<DealListKind, { title: string; columns: Column[] }> = {
  CONTRACTS: { title: '合同列表', columns: CONTRACT_COLUMNS },
  OPPORTUNITIES: { title: '商机列表', columns: OPPORTUNITY_COLUMNS },
  RECEIPTS: { title: '回款列表', columns: RECEIPT_COLUMNS },
};

/** Rows the export will hold (validates the filter the way the list query does). */
export const countDealRows = (ctx: Context, kind: DealListKind, f: DealListFilters) => countRows(ctx, spec(kind, f));

export const dealRows = (ctx: Context, kind: DealListKind, f: DealListFilters) => keysetRows(ctx, spec(kind, f));
