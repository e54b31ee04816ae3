import type { Context } from '../../graphql/context';
import { customerReport } from '../reports/report.customers';
import { opportunityReport } from '../reports/report.deals';
import type { ReportFilter, TopCustomersBy } from '../reports/report.inputs';
import { moneyReport, receiptReport, topCustomers } from '../reports/report.money';
import { salesPerformance } from '../reports/report.performance';
import { resolveRange } from '../reports/report.range';
import type { CountChange, MoneyChange, PerformanceRow, ReportBucket, ReportRangeInfo } from '../reports/report.types';
import { satisfactionReport } from '../reports/report.visits';
import type { DimensionAverage } from '../visits/satisfaction';
import type { ReportKind } from './export.inputs';
import type { Cell, Column, Table } from './export.xlsx';

/**
 * A report as tables, for the XLSX and PDF writers: the figures come from the very functions behind the report
 * queries (same scope, same SQL), so a file never disagrees with the screen.
 */
export interface ReportTables {
  title: string;
  range: ReportRangeInfo;
  tables: Table[];
  /** Tables too long to hold in memory, written page by page (回款明细). */
  stream?: { table: Omit<Table, 'rows'>; pages: () => AsyncGenerator<Cell[][]> };
}

export const REPORT_TITLES: Record<ReportKind, string> = {
  CUSTOMERS: '客户统计',
  OPPORTUNITIES: '商机统计',
  SALES_PERFORMANCE: '销售业绩',
  MONEY: '合同与回款',
  RECEIPTS: '回款明细',
  TOP_CUSTOMERS: '客户排行',
  SATISFACTION: '回访满意度',
};

const T = (header: string, width?: number): Column => ({ header, type: 'text', width });
const I = (header: string): Column => ({ header, type: 'int' });
const M = (header: string): Column => ({ header, type: 'money' });
const P = (header: string): Column => ({ header, type: 'percent' });

const bucketTable = (title: string, dim: string, buckets: ReportBucket[]): Table => ({
  title,
  columns: [T(dim), I('数量'), P('占比')],
  rows: buckets.map((b) => [b.label, b.count, b.percent]),
});
const countRow = (label: string, c: CountChange): Cell[] => [label, c.current, c.previous, c.changePercent];
const moneyRow = (label: string, c: MoneyChange): Cell[] => [label, c.current, c.previous, c.changePercent];

const PERF_COLUMNS = [
  T('姓名'),
  I('持有客户'),
  I('分配客户'),
  I('成交客户'),
  P('转化率'),
  I('跟进次数'),
  I('上期跟进'),
  P('跟进环比'),
  M('商机金额'),
  I('赢单数'),
  M('成交金额'),
  M('上期成交'),
  P('成交环比'),
  M('签约金额'),
  { header: '平均成交天数', type: 'int' } as Column,
];
const perfRow = (p: PerformanceRow): Cell[] => [
  p.name,
  p.customersHeld,
  p.customersAssigned,
  p.customersWon,
  p.conversionPercent,
  p.followUps.current,
  p.followUps.previous,
  p.followUps.changePercent,
  p.opportunityAmount,
  p.wonCount,
  p.wonAmount.current,
  p.wonAmount.previous,
  p.wonAmount.changePercent,
  p.signedAmount,
  p.averageDaysToWin,
];

export async function reportTables(
  ctx: Context,
  kind: ReportKind,
  filter: ReportFilter | null | undefined,
  by: TopCustomersBy,
): Promise<ReportTables> {
  const title = REPORT_TITLES[kind];
  switch (kind) {
    case 'CUSTOMERS': {
      const r = await customerReport(ctx, filter);
      return {
        title,
        range: r.range,
        tables: [
          {
            title: '概要',
            columns: [T('指标'), I('本期'), I('上期'), P('环比')],
            rows: [
              countRow('新增客户', r.newCustomers),
              ['客户总数', r.total, null, null],
              [`超过 ${r.notFollowedDays} 天未跟进`, r.notFollowed, null, null],
            ],
          },
          bucketTable('按类型', '客户类型', r.byType),
          bucketTable('按等级', '客户等级', r.byGrade),
          bucketTable('按来源', '客户来源', r.bySource),
          bucketTable('按行业', '所属行业', r.byIndustry),
          bucketTable('按地区', '省份', r.byRegion),
          bucketTable('按负责人', '负责人', r.byOwner),
          {
            title: '按期新增',
            columns: [T('期间'), I('新增客户'), I('上期'), P('环比')],
            rows: r.newByPeriod.map((p) => [p.period, p.count, p.previous, p.changePercent]),
          },
        ],
      };
    }
    case 'OPPORTUNITIES': {
      const r = await opportunityReport(ctx, filter);
      return {
        title,
        range: r.range,
        tables: [
          {
            title: '销售漏斗',
            columns: [T('阶段'), I('数量'), M('金额'), M('加权金额')],
            rows: r.funnel.map((f) => [f.label, f.count, f.amount, f.weightedAmount]),
          },
          {
            title: '赢单与输单',
            columns: [T('指标'), T('本期'), T('上期'), P('环比')],
            rows: [
              countRow('赢单数', r.wonCount),
              moneyRow('赢单金额', r.wonAmount),
              countRow('输单数', r.lostCount),
              ['输单金额', r.lostAmount, null, null],
              ['赢率', r.winRatePercent === null ? null : `${r.winRatePercent}%`, null, null],
              ['本月预计成交', `${r.expectedThisMonth.count} 个 / ${r.expectedThisMonth.amount}`, null, null],
            ],
          },
          {
            title: '输单原因',
            columns: [T('原因', 30), I('数量'), M('金额')],
            rows: r.lostReasons.map((l) => [l.reason, l.count, l.amount]),
          },
        ],
      };
    }
    case 'SALES_PERFORMANCE': {
      const r = await salesPerformance(ctx, filter);
      return {
        title,
        range: r.range,
        tables: [
          { title: '个人业绩', columns: PERF_COLUMNS, rows: r.people.map(perfRow) },
          { title: '团队业绩', columns: PERF_COLUMNS, rows: r.teams.map(perfRow) },
        ],
      };
    }
    case 'MONEY': {
      const r = await moneyReport(ctx, filter);
      return {
        title,
        range: r.range,
        tables: [
          {
            title: '概要',
            columns: [T('指标'), M('本期'), M('上期'), P('环比')],
            rows: [
              moneyRow('签约金额', r.signed),
              moneyRow('回款金额', r.received),
              ['应收未收', r.outstanding, null, null],
              ['逾期', r.overdue, null, null],
            ],
          },
          {
            title: '按期统计',
            columns: [
              T('期间'),
              M('签约金额'),
              M('上期签约'),
              P('签约环比'),
              M('回款金额'),
              M('上期回款'),
              P('回款环比'),
              M('应收未收'),
              M('逾期'),
            ],
            rows: r.periods.map((p) => [
              p.period,
              p.signed.current,
              p.signed.previous,
              p.signed.changePercent,
              p.received.current,
              p.received.previous,
              p.received.changePercent,
              p.outstanding,
              p.overdue,
            ]),
          },
        ],
      };
    }
    case 'RECEIPTS': {
      const range = resolveRange(ctx, filter);
      return {
        title,
        range: { from: range.from, to: range.to, previousFrom: range.prevFrom, previousTo: range.prevTo },
        tables: [],
        stream: {
          table: {
            title: '回款明细',
            columns: [T('回款日期', 12), M('金额'), T('方式', 10), T('客户', 30), T('合同编号'), T('负责人', 10)],
          },
          // Keyset pages of 100 through the report query itself: scope and order are the report's.
          async *pages() {
            let after: string | null = null;
            for (;;) {
              const page = await receiptReport(ctx, filter, 100, after);
              yield page.edges.map(({ node: x }) => [
                x.receivedDate,
                x.amount,
                RECEIPT_METHODS[x.method] ?? x.method,
                x.customerName,
                x.contractNumber,
                x.ownerName,
              ]);
              if (!page.pageInfo.hasNextPage) return;
              after = page.pageInfo.endCursor;
            }
          },
        },
      };
    }
    case 'TOP_CUSTOMERS': {
      const [rows, range] = [await topCustomers(ctx, filter, by, 100), resolveRange(ctx, filter)];
      return {
        title: `${title}（按${by === 'RECEIVED' ? '回款' : '签约'}金额）`,
        range: { from: range.from, to: range.to, previousFrom: range.prevFrom, previousTo: range.prevTo },
        tables: [
          {
            title: '客户排行',
            columns: [I('名次'), T('客户', 30), T('负责人'), M('签约金额'), M('回款金额'), M('应收未收')],
            rows: rows.map((c, i) => [i + 1, c.name, c.ownerName ?? '公海', c.signedAmount, c.receivedAmount, c.outstanding]),
          },
        ],
      };
    }
    case 'SATISFACTION': {
      const r = await satisfactionReport(ctx, filter);
      return {
        title,
        range: r.range,
        tables: [
          bucketTable('满意度分布', '满意度', r.distribution),
          {
            title: '概要',
            columns: [T('指标'), T('本期'), T('上期'), P('环比')],
            rows: [countRow('回访次数', r.visits), ['满意率', pct(r.satisfiedPercent), pct(r.previousSatisfiedPercent), null]],
          },
          {
            title: '满意度趋势（1–5 分）',
            columns: [T('期间'), I('回访次数'), T('总体'), ...r.dimensions.map((d) => T(d.dimension.nameZh))],
            rows: r.trend.map((p) => [p.period, p.visits, score(p.averageScore), ...scoresOf(r.dimensions, p.dimensions)]),
          },
          {
            title: '按销售（1–5 分）',
            columns: [T('销售'), I('回访次数'), T('总体'), ...r.dimensions.map((d) => T(d.dimension.nameZh))],
            rows: r.people.map((p) => [p.name, p.visits, score(p.averageScore), ...scoresOf(r.dimensions, p.dimensions)]),
          },
        ],
      };
    }
  }
}

const pct = (v: number | null) => (v === null ? null : `${v}%`);
/** A 1–5 average as text with two decimals. */
const score = (v: number | null) => (v === null ? null : v.toFixed(2));
/** The averages of `own` in the column order of `all` (a dimension without scores: empty). */
const scoresOf = (all: DimensionAverage[], own: DimensionAverage[]) =>
  all.map((d) => score(own.find((o) => o.dimension.key === d.dimension.key)?.average ?? null));

const RECEIPT_METHODS: Record<string, string> = {
  BANK_TRANSFER: '银行转账',
  CASH: '现金',
  CHEQUE: '支票',
  ALIPAY: '支付宝',
  WECHAT_PAY: '微信支付',
  OTHER: '其他',
};
