import { businessDate } from '@kehu/domain';
import jwt from 'jsonwebtoken';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { BidirectionalPageArgs } from '../../graphql/connection';
import type { AppServices, Context } from '../../graphql/context';
import { badInput, forbidden, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { can } from '../access/permissions';
import { hasScope } from '../api-keys/api-key.scopes';
import { newestFirst } from '../api-keys/newest-first';
import { EXPORT_LINK_TTL_SECONDS } from '../exports/export.token';
import { User } from '../users/user.entity';
import { BulkExport } from './bulk-export.entity';
import { BulkExportKind, type StartBulkExportInput } from './bulk-export.inputs';
import { countBulkRows, wakeBulkExportWorker, XLSX_KINDS } from './bulk-export.run';
import { BULK_SPECS, bulkFilter } from './bulk-export.specs';
import type { BulkExportConnection } from './bulk-export.types';

const TITLES: Record<BulkExportKind, string> = {
  CUSTOMERS: '客户',
  CONTACTS: '联系人',
  FOLLOW_UPS: '跟进记录',
  OPPORTUNITIES: '商机',
  CONTRACTS: '合同',
  PAYMENT_PLANS: '收款计划',
  RECEIPTS: '回款',
  INVOICES: '发票',
};

/** Bulk reads follow the export rule: the user's export permission, and for an API key `<area>:export`. */
function assertMayBulkExport(ctx: Context, kind: BulkExportKind) {
  const user = requireUser(ctx);
  if (!can(user, 'customer.export')) throw forbidden(msg('bulkExports.exportPermissionRequired'));
  const area = BULK_SPECS[kind]({}).area;
  if (ctx.apiKey && !hasScope(ctx.apiKey.scopes, area, 'export')) throw forbidden(msg('bulkExports.apiKeyLacksExport', { area }));
  return user;
}

/**
 * `startBulkExport`: checks the permission, the key's scope and the filter (by counting once with the list's own
 * WHERE, so a bad filter is refused now, not in the background), records the export QUEUED and wakes a worker.
 */
export async function startBulkExport(ctx: Context, input: StartBulkExportInput): Promise<BulkExport> {
  const user = assertMayBulkExport(ctx, input.kind);
  const format = input.format ?? 'JSONL';
  if (format === 'XLSX' && !XLSX_KINDS.includes(input.kind)) {
    throw badInput('input.format', msg('bulkExports.xlsxNotForKind', { title: TITLES[input.kind] }));
  }
  const filter = bulkFilter(input);
  await countBulkRows(ctx, input.kind, filter); // validates the filter as the list query would
  const now = ctx.clock.now();
  const fileName = `${TITLES[input.kind]}-${businessDate(now, ctx.config.businessTimeZone)}.${format === 'XLSX' ? 'xlsx' : 'jsonl'}`;
  const [row] = await ctx.dataSource.query(
    `INSERT INTO bulk_exports (kind, format, status, filter, user_id, api_key_id, file_name, created_at) VALUES ($1, $2, 'QUEUED', $3, $4, $5, $6, $7)
     RETURNING ${selectColumns(ctx.dataSource, BulkExport, 'bulk_exports')}`,
    [input.kind, format, JSON.stringify(filter), user.id, ctx.apiKey?.id ?? null, fileName, now],
  );
  await wakeBulkExportWorker(ctx.dataSource);
  return hydrate(BulkExport, [row])[0];
}

/** Who sees a bulk export: the one who started it, and admins. */
const visibleSql = (user: Pick<User, 'id' | 'role'>, params: SqlParams, alias = 't') =>
  user.role === 'ADMIN' ? 'TRUE' : `${alias}.user_id = ${params.p(user.id)}::uuid`;
export const bulkExportVisibleSql = visibleSql;

export async function bulkExport(ctx: Context, id: string): Promise<BulkExport> {
  const user = requireUser(ctx);
  if (!isUuid(id)) throw badInput('id', msg('bulkExports.invalidId'));
  const params = new SqlParams();
  const [row] = hydrate(
    BulkExport,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, BulkExport, 't')} FROM bulk_exports t WHERE t.id = ${params.p(id)}::uuid AND ${visibleSql(user, params)}`,
      params.values,
    ),
  );
  if (!row) throw notFound('BulkExport', id);
  return row;
}

export function bulkExports(ctx: Context, Conn: new () => BulkExportConnection, page: BidirectionalPageArgs) {
  const user = requireUser(ctx);
  const params = new SqlParams();
  return newestFirst(ctx, BulkExport, Conn, 'bulk_exports', visibleSql(user, params), params, page);
}

/** Download links: a signed JWT naming the export, valid for a few minutes (the link is the credential). */
const AUDIENCE = 'kehu-bulk-export';

export function bulkExportLink(ctx: Pick<Context, 'config' | 'clock'>, e: BulkExport): { url: string; expiresAt: Date } | null {
  if (e.status !== 'DONE' || !e.storageKey) return null;
  const now = Math.floor(ctx.clock.now().getTime() / 1000);
  const exp = now + EXPORT_LINK_TTL_SECONDS;
  const token = jwt.sign({ exp, iat: now }, ctx.config.authSecret, {
    algorithm: 'HS256',
    subject: e.id,
    audience: AUDIENCE,
    issuer: 'kehu',
  });
  return { url: `/files/bulk-exports/${token}`, expiresAt: new Date(exp * 1000) };
}

/** The finished export behind a link, or why not ('gone': bad or expired link; 'forbidden': its user may no longer export). */
export async function openBulkExport(services: AppServices, token: string): Promise<BulkExport | 'gone' | 'forbidden'> {
  let id: string;
  try {
    const claims = jwt.verify(token, services.config.authSecret, {
      algorithms: ['HS256'],
      audience: AUDIENCE,
      issuer: 'kehu',
      clockTimestamp: Math.floor(services.clock.now().getTime() / 1000),
    }) as jwt.JwtPayload;
    if (typeof claims.sub !== 'string' || !isUuid(claims.sub)) return 'gone';
    id = claims.sub;
  } catch {
    return 'gone';
  }
  const [row] = hydrate(
    BulkExport,
    await services.dataSource.query(
      `SELECT ${selectColumns(services.dataSource, BulkExport, 't')} FROM bulk_exports t WHERE t.id = $1 AND t.status = 'DONE'`,
      [id],
    ),
  );
  if (!row?.storageKey) return 'gone';
  const [user] = hydrate(
    User,
    await services.dataSource.query(`SELECT ${selectColumns(services.dataSource, User, 'u')} FROM users u WHERE u.id = $1`, [row.userId]),
  );
  if (!user?.active || !can(user, 'customer.export')) return 'forbidden';
  return row;
}
