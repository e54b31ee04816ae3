import { enumLabel } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import type { CustomerFilter } from '../customers/customer.inputs';
import { checkCustomerFilter } from '../customers/customer.custom-field-filter';
import { customerListWhere } from '../customers/customer.list';
import type { Cell, Column } from './export.xlsx';

/** The customer list's columns in the file, in order. */
export const CUSTOMER_COLUMNS: Column[] = [
  { header: '客户编号', width: 16 },
  { header: '客户名称', width: 32 },
  { header: '客户类型', width: 8 },
  { header: '客户等级', width: 8 },
  { header: '客户来源' },
  { header: '所属行业' },
  { header: '省份', width: 10 },
  { header: '城市', width: 10 },
  { header: '地址', width: 30 },
  { header: '负责人', width: 10 },
  { header: '状态', width: 8 },
  { header: '主要联系人', width: 10 },
  { header: '手机', width: 14 },
  { header: '标签', width: 20 },
  { header: '最近跟进', width: 17 },
  { header: '下次跟进', width: 17 },
  { header: '创建时间', width: 17 },
];

const BATCH = 1000;

/** How many customers the export will hold: the list's own WHERE (scope first, then the filter). Validates the filter. */
export async function countCustomers(ctx: Context, given: CustomerFilter | null | undefined): Promise<number> {
  const filter = await checkCustomerFilter(ctx, given);
  const params = new SqlParams();
  const where = customerListWhere(ctx, filter, params);
  return (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM customers c WHERE ${where}`, params.values))[0].n;
}

/**
 * The filtered customer list, newest first, in keyset batches of 1000 over (created_at, id): each batch is one
 * statement that also joins the owner, primary contact and tags, so neither the database nor the API ever holds
 * more than a batch. Times are shown in the business time zone.
 */
export async function* customerRows(ctx: Context, given: CustomerFilter | null | undefined): AsyncGenerator<Cell[][]> {
  const filter = await checkCustomerFilter(ctx, given);
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const params = new SqlParams();
    const where = customerListWhere(ctx, filter, params);
    const tz = params.p(ctx.config.businessTimeZone);
    const keyset = after ? ` AND (c.created_at, c.id) < (${params.p(after.at)}::timestamptz, ${params.p(after.id)}::uuid)` : '';
    const fmt = (col: string) => `to_char(${col} AT TIME ZONE ${tz}, 'YYYY-MM-DD HH24:MI')`;
    const rows: Record<string, string | null>[] = await ctx.dataSource.query(
      `SELECT c.id, c.created_at::text AS cursor_at, c.number, c.name, c.type, c.grade, c.source, c.industry, c.province, c.city, c.address,
              u.name AS owner_name, c.status, pc.name AS contact_name, pc.mobile,
              (SELECT string_agg(t.name, '、' ORDER BY t.name) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id) AS tags,
              ${fmt('c.last_follow_up_at')} AS last_fu, ${fmt('c.next_follow_up_at')} AS next_fu, ${fmt('c.created_at')} AS created
         FROM customers c
         LEFT JOIN users u ON u.id = c.owner_id
         LEFT JOIN LATERAL (SELECT name, mobile FROM contacts WHERE customer_id = c.id ORDER BY is_primary DESC, created_at LIMIT 1) pc ON true
        WHERE ${where}${keyset}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${BATCH}`,
      params.values,
    );
    if (!rows.length) return;
    yield rows.map((r) => [
      r.number,
      r.name,
      enumLabel('CustomerType', r.type!),
      enumLabel('CustomerGrade', r.grade!),
      r.source,
      r.industry,
      r.province,
      r.city,
      r.address,
      r.owner_name ?? '公海',
      enumLabel('CustomerStatus', r.status!),
      r.contact_name,
      r.mobile,
      r.tags,
      r.last_fu,
      r.next_fu,
      r.created,
    ]);
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = { at: last.cursor_at!, id: last.id! };
  }
}
