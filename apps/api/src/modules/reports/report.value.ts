import { CUSTOMER_GRADES, ENUM_LABELS, GRADING_WINDOW_MONTHS, type CustomerGrade } from '@kehu/domain';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { CustomerGrade as CustomerGradeEnum } from '../customers/customer.enums';
import { SIGNED_STATUSES_SQL } from '../contracts/contract.enums';
import { ReportFilter } from './report.inputs';
import { customerScopeSql, ownerScopeSql, ownerSql, resolveRange } from './report.range';

@ObjectType({ description: 'Value contribution of a group of customers (a grade or a region) over the 12 months' })
export class ValueBucket {
  @Field(() => String, { nullable: true, description: 'The grade, or the province (null = not filled in)' })
  key: string | null;
  @Field({ description: 'Display label in Chinese (未填写 for no province)' })
  label: string;
  @Field(() => Int, { description: 'Customers with a signed order in the 12 months' })
  customers: number;
  @Field(() => Int, { description: 'Signed orders (contracts) in the 12 months' })
  orders: number;
  @Field(() => MoneyScalar, { description: 'Signed amount in the 12 months' })
  revenue: string;
  @Field(() => Float, { description: 'Share of the total signed amount in percent, 2 decimals' })
  percent: number;
}

@ObjectType({ description: 'One customer by value (RFM): recency, frequency and 12-month revenue, with its contribution' })
export class ValueCustomer {
  @Field(() => ID, { description: 'Customer id' })
  customerId: string;
  @Field({ description: 'Customer name' })
  name: string;
  @Field(() => CustomerGradeEnum, { description: 'Its grade now' })
  grade: CustomerGrade;
  @Field(() => String, { nullable: true, description: 'Province' })
  province: string | null;
  @Field(() => String, { nullable: true, description: 'Owner name (null = pool)' })
  ownerName: string | null;
  @Field(() => LocalDateScalar, { description: 'R: the last signed order (business date)' })
  lastOrderDate: string;
  @Field(() => Int, { description: 'R: whole days from the last order to the as-of date' })
  recencyDays: number;
  @Field(() => Int, { description: 'F: signed orders in the 12 months' })
  frequency: number;
  @Field(() => MoneyScalar, { description: 'M: signed amount in the 12 months' })
  revenue: string;
  @Field(() => Float, { description: '价值贡献: share of the total signed amount in percent, 2 decimals' })
  percent: number;
  @Field(() => Float, { description: 'Running share down the ranking (帕累托), percent, 2 decimals' })
  cumulativePercent: number;
}

@ObjectType({ description: '客户价值 (RFM) and 价值贡献: signed business of the 12 months up to the as-of date, within your data scope' })
export class ValueReport {
  @Field(() => LocalDateScalar, { description: 'The as-of date: the filter\'s "to" (default today, business time zone)' })
  asOf: string;
  @Field(() => LocalDateScalar, { description: 'The first day of the 12-month window (orders signed after asOf − 12 months)' })
  windowFrom: string;
  @Field(() => Int, { description: 'Customers with a signed order in the window' })
  customers: number;
  @Field(() => Int, { description: 'Signed orders in the window' })
  orders: number;
  @Field(() => MoneyScalar, { description: 'Signed amount in the window' })
  revenue: string;
  @Field(() => [ValueBucket], { description: 'By grade, VIP first, every grade present (zeros included)' })
  byGrade: ValueBucket[];
  @Field(() => [ValueBucket], { description: 'By province, largest revenue first' })
  byRegion: ValueBucket[];
  @Field(() => [ValueCustomer], { description: 'The top customers by revenue (then name)' })
  top: ValueCustomer[];
}

interface Row {
  window_from: string;
  customers: number;
  orders: number;
  revenue: string;
  by_grade: { key: string; customers: number; orders: number; revenue: string; percent: number }[];
  by_region: { key: string | null; customers: number; orders: number; revenue: string; percent: number }[];
  top: (Omit<ValueCustomer, 'percent' | 'cumulativePercent'> & { percent: number; cumulativePercent: number })[];
}

/**
 * 客户价值: for each customer the caller may read, its contracts signed (signed or completed) in the 12 months up to
 * the as-of date and owned by someone whose numbers are the caller's (as every report): R = days since the last
 * one, F = how many, M = their amount. Totals by grade and province and the top customers, in one statement; all
 * sums are numeric in SQL.
 */
export async function valueReport(ctx: Context, filter: ReportFilter | null | undefined, limit: number): Promise<ValueReport> {
  const r = resolveRange(ctx, filter);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('limit', msg('reports.limit'));
  const params = new SqlParams();
  const asOf = params.p(r.to);
  const windowFrom = `(${asOf}::date - make_interval(months => ${GRADING_WINDOW_MONTHS}))::date`;
  const share = (expr: string) => `COALESCE(round(${expr} * 100 / NULLIF(tot.revenue, 0), 2), 0)::float8`;
  const [row]: Row[] = await ctx.dataSource.query(
    `WITH k AS (SELECT ct.customer_id, ct.amount, ct.signed_at FROM contracts ct JOIN customers c ON c.id = ct.customer_id
                 WHERE ${customerScopeSql(r, 'c', params)} AND ${ownerScopeSql(r, 'ct.owner_id', params)} AND ${ownerSql(r, 'ct.owner_id', params)}
                   AND ct.status IN (${SIGNED_STATUSES_SQL}) AND ct.signed_at > ${windowFrom} AND ct.signed_at <= ${asOf}::date),
     per AS (SELECT k.customer_id, sum(k.amount) AS revenue, count(*)::int AS orders, max(k.signed_at) AS last FROM k GROUP BY k.customer_id),
     pc AS (SELECT per.*, c.name, c.grade, c.province, u.name AS owner_name
              FROM per JOIN customers c ON c.id = per.customer_id LEFT JOIN users u ON u.id = c.owner_id),
     tot AS (SELECT COALESCE(sum(revenue), 0) AS revenue, count(*)::int AS customers, COALESCE(sum(orders), 0)::int AS orders FROM per)
     SELECT (${windowFrom} + 1)::text AS window_from, tot.customers, tot.orders, tot.revenue::numeric(16,2)::text AS revenue,
            (SELECT COALESCE(json_agg(g), '[]') FROM (
               SELECT grade AS key, count(*)::int AS customers, sum(orders)::int AS orders,
                      sum(revenue)::numeric(16,2)::text AS revenue, ${share('sum(revenue)')} AS percent
                 FROM pc GROUP BY grade) g) AS by_grade,
            (SELECT COALESCE(json_agg(g ORDER BY g.sort DESC, g.key NULLS LAST), '[]') FROM (
               SELECT province AS key, count(*)::int AS customers, sum(orders)::int AS orders, sum(revenue) AS sort,
                      sum(revenue)::numeric(16,2)::text AS revenue, ${share('sum(revenue)')} AS percent
                 FROM pc GROUP BY province) g) AS by_region,
            (SELECT COALESCE(json_agg(t ORDER BY t.rank), '[]') FROM (
               SELECT customer_id AS "customerId", name, grade, province, owner_name AS "ownerName", last::text AS "lastOrderDate",
                      (${asOf}::date - last) AS "recencyDays", orders AS frequency, revenue::numeric(16,2)::text AS revenue,
                      ${share('revenue')} AS percent,
                      ${share('sum(revenue) OVER (ORDER BY revenue DESC, name, customer_id)')} AS "cumulativePercent",
                      row_number() OVER (ORDER BY revenue DESC, name, customer_id) AS rank
                 FROM pc ORDER BY revenue DESC, name, customer_id LIMIT ${params.p(limit)}) t) AS top
       FROM tot`,
    params.values,
  );
  const grades = new Map(row.by_grade.map((g) => [g.key, g]));
  return {
    asOf: r.to,
    windowFrom: row.window_from,
    customers: row.customers,
    orders: row.orders,
    revenue: row.revenue,
    byGrade: CUSTOMER_GRADES.map((key) => {
      const g = grades.get(key);
      return {
        key,
        label: ENUM_LABELS.CustomerGrade[key]['zh-CN'],
        customers: g?.customers ?? 0,
        orders: g?.orders ?? 0,
        revenue: g?.revenue ?? '0.00',
        percent: g?.percent ?? 0,
      };
    }),
    byRegion: row.by_region.map((g) => ({
      key: g.key,
      label: g.key ?? '未填写',
      customers: g.customers,
      orders: g.orders,
      revenue: g.revenue,
      percent: g.percent,
    })),
    top: row.top.map(
      ({ customerId, name, grade, province, ownerName, lastOrderDate, recencyDays, frequency, revenue, percent, cumulativePercent }) => ({
        customerId,
        name,
        grade,
        province,
        ownerName,
        lastOrderDate,
        recencyDays,
        frequency,
        revenue,
        percent,
        cumulativePercent,
      }),
    ),
  };
}

@Resolver()
export class ValueReportResolver {
  @Query(() => ValueReport, {
    description:
      '客户价值 (RFM) and 价值贡献: recency, frequency and 12-month signed amount per customer, by grade and region, and the top customers',
  })
  valueReport(
    @Arg('filter', () => ReportFilter, {
      nullable: true,
      description: 'Owners or team; "to" is the as-of date (default today); "from" and "period" are not used',
    })
    filter: ReportFilter | null,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'How many top customers, 1–100' }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return valueReport(ctx, filter, limit);
  }
}
