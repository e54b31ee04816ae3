import type { Writable } from 'node:stream';
import { businessDate } from '@kehu/domain';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import type { AppServices, Context } from '../../graphql/context';
import { badInput, forbidden, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { hasScope } from '../api-keys/api-key.scopes';
import { requireUser } from '../access/current-user';
import { assertCan, can } from '../access/permissions';
import type { CustomerFilter } from '../customers/customer.inputs';
import type { ReportFilter, TopCustomersBy } from '../reports/report.inputs';
import { resolveRange } from '../reports/report.range';
import { User } from '../users/user.entity';
import { countCustomers, CUSTOMER_COLUMNS, customerRows } from './export.customers';
import { countDealRows, DEAL_LIST_SHEETS, dealRows, type DealListFilters, type DealListKind } from './export.deals';
import type { CreateExportInput, ExportAuditFilter, ExportFormat, ReportKind } from './export.inputs';
import { writePdf } from './export.pdf';
import { REPORT_TITLES, reportTables } from './export.reports';
import { signExportToken, verifyExportToken } from './export.token';
import { ExportAuditConnection, ExportAuditEntry, type ExportLink } from './export.types';
import { xlsxStream, type Table } from './export.xlsx';

/** What an export_audit row keeps of the request: enough to produce exactly that file at download time. */
interface StoredRequest extends DealListFilters {
  /** A deal list; absent for the customer list and reports. */
  list?: DealListKind;
  customerFilter?: CustomerFilter | null;
  report?: ReportKind;
  reportFilter?: ReportFilter | null;
  topCustomersBy?: TopCustomersBy;
}

/** The one rule for exporting anything (lists and reports): the export permission (role or admin grant). */
function assertMayExport(ctx: Context, area: 'customers' | 'deals' | 'reports') {
  const user = requireUser(ctx);
  if (!can(user, 'customer.export')) throw forbidden(msg('exports.exportPermissionRequired'));
  if (ctx.apiKey && !hasScope(ctx.apiKey.scopes, area, 'export')) throw forbidden(msg('exports.apiKeyLacksExport', { area }));
  return user;
}

function fileName(ctx: Context, subject: string, format: ExportFormat, req: StoredRequest): string {
  const ext = format === 'PDF' ? 'pdf' : 'xlsx';
  const today = businessDate(ctx.clock.now(), ctx.config.businessTimeZone);
  if (req.list) return `${DEAL_LIST_SHEETS[req.list].title}-${today}.${ext}`;
  if (!req.report) return `客户列表-${today}.${ext}`;
  const r = resolveRange(ctx, req.reportFilter);
  return `${REPORT_TITLES[req.report]}-${r.from}至${r.to}.${ext}`;
}

/**
 * `createExport`: checks the permission and the filter, records the export in export_audit (who, what, filter,
 * rows it will hold, when) and returns a short-lived signed link that streams the file (GET /files/exports/<token>).
 */
export async function createExport(ctx: Context, input: CreateExportInput): Promise<ExportLink> {
  const user = assertMayExport(ctx, input.kind === 'REPORT' ? 'reports' : input.kind === 'CUSTOMERS' ? 'customers' : 'deals');
  const format = input.format ?? 'XLSX';
  let req: StoredRequest;
  let subject: string;
  let rows = 0;
  if (input.kind === 'CUSTOMERS') {
    if (format !== 'XLSX') throw badInput('input.format', msg('exports.listsExportXlsxOnly'));
    req = { customerFilter: input.customerFilter ?? null };
    subject = 'CUSTOMERS';
    rows = await countCustomers(ctx, req.customerFilter); // also validates the filter before anything is recorded
  } else if (input.kind !== 'REPORT') {
    if (format !== 'XLSX') throw badInput('input.format', msg('exports.listsExportXlsxOnly2'));
    const filters: DealListFilters =
      input.kind === 'CONTRACTS'
        ? { contractFilter: input.contractFilter ?? null }
        : input.kind === 'OPPORTUNITIES'
          ? { opportunityFilter: input.opportunityFilter ?? null }
          : { receiptFilter: input.receiptFilter ?? null };
    req = { list: input.kind, ...filters };
    subject = input.kind;
    rows = await countDealRows(ctx, input.kind, req);
  } else {
    if (!input.report) throw badInput('input.report', msg('exports.reportRequired'));
    req = { report: input.report, reportFilter: input.reportFilter ?? null, topCustomersBy: input.topCustomersBy ?? 'SIGNED' };
    subject = `REPORT:${input.report}`;
    resolveRange(ctx, req.reportFilter); // validates the range and ids
  }
  const now = ctx.clock.now();
  const [row] = await ctx.dataSource.query(
    `INSERT INTO export_audit (user_id, subject, format, filter, row_count, completed, at) VALUES ($1, $2, $3, $4, $5, false, $6) RETURNING id::text`,
    [user.id, subject, format, JSON.stringify(req), rows, now],
  );
  const { token, expiresAt } = signExportToken(ctx.config.authSecret, row.id, now);
  return { id: row.id, url: `/files/exports/${token}`, expiresAt, fileName: fileName(ctx, subject, format, req) };
}

/** `exportAudit`: the audit log, newest first (admins only: it shows everyone's exports). */
export async function listExportAudit(
  ctx: Context,
  filter: ExportAuditFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const user = requireUser(ctx);
  assertCan(user, 'users.manage'); // whoever manages users and grants export reads what they exported
  const limit = pageSize(first);
  const params = new SqlParams();
  const where: string[] = ['TRUE'];
  if (filter?.userId) {
    if (!isUuid(filter.userId)) throw badInput('filter.userId', msg('exports.invalidUserId'));
    where.push(`a.user_id = ${params.p(filter.userId)}::uuid`);
  }
  const countValues = [...params.values];
  const conds = [...where];
  if (after) {
    const [at, id] = decodeCursor(after, 2);
    if (typeof at !== 'string' || typeof id !== 'string' || !/^\d+$/.test(id)) throw badInput('after', msg('exports.invalidCursor'));
    conds.push(`(a.at, a.id) < (${params.p(at)}::timestamptz, ${params.p(id)}::bigint)`);
  }
  const rows: ExportAuditEntry[] = (
    await ctx.dataSource.query(
      `SELECT a.id::text AS id, a.user_id AS "userId", a.subject AS kind, a.format, a.filter, a.row_count AS "rowCount", a.completed, a.at
         FROM export_audit a WHERE ${conds.join(' AND ')} ORDER BY a.at DESC, a.id DESC LIMIT ${limit + 1}`,
      params.values,
    )
  ).map((r: ExportAuditEntry) => Object.assign(new ExportAuditEntry(), r));
  return toConnection(
    ExportAuditConnection,
    rows,
    limit,
    (r) => [cursorTime(r.at), r.id],
    async () =>
      (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM export_audit a WHERE ${where.join(' AND ')}`, countValues))[0].n,
    !!after,
  );
}

/** A download link resolved: the audit row and its (still active, still permitted) user. */
export interface OpenedExport {
  id: string;
  user: User;
  format: ExportFormat;
  request: StoredRequest;
}

/**
 * The export behind a download token, or why not: 'gone' for a bad or expired link, 'forbidden' when the user
 * was deactivated or lost the export permission since the link was made.
 */
export async function openExport(services: AppServices, token: string): Promise<OpenedExport | 'gone' | 'forbidden'> {
  const id = verifyExportToken(services.config.authSecret, token, services.clock.now());
  if (!id) return 'gone';
  const [row] = await services.dataSource.query(`SELECT user_id, format, filter FROM export_audit WHERE id = $1::bigint`, [id]);
  if (!row) return 'gone';
  const [user] = hydrate(
    User,
    await services.dataSource.query(`SELECT ${selectColumns(services.dataSource, User, 'u')} FROM users u WHERE u.id = $1`, [row.user_id]),
  );
  if (!user?.active || !can(user, 'customer.export')) return 'forbidden';
  return { id, user, format: row.format, request: row.filter };
}

/** The file's name and content type, for the response headers. */
export function exportFileInfo(ctx: Context, ex: OpenedExport) {
  const subject = ex.request.report ? `REPORT:${ex.request.report}` : (ex.request.list ?? 'CUSTOMERS');
  return {
    fileName: fileName(ctx, subject, ex.format, ex.request),
    contentType: ex.format === 'PDF' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}

/**
 * Writes the file to `out` as it is produced and returns the rows written, then marks the audit row complete
 * with that count. `ctx` is the exporting user's: the data scope is applied exactly as in the app.
 */
export async function writeExport(ctx: Context, ex: OpenedExport, out: Writable): Promise<number> {
  let rows = 0;
  const req = ex.request;
  if (req.list) {
    const xlsx = xlsxStream(out);
    const sheet = xlsx.sheet(DEAL_LIST_SHEETS[req.list].title, DEAL_LIST_SHEETS[req.list].columns);
    for await (const batch of dealRows(ctx, req.list, req)) {
      for (const r of batch) await sheet.add(r);
      rows += batch.length;
    }
    sheet.commit();
    await xlsx.commit();
  } else if (!req.report) {
    const xlsx = xlsxStream(out);
    const sheet = xlsx.sheet('客户列表', CUSTOMER_COLUMNS);
    for await (const batch of customerRows(ctx, req.customerFilter)) {
      for (const r of batch) await sheet.add(r);
      rows += batch.length;
    }
    sheet.commit();
    await xlsx.commit();
  } else {
    const report = await reportTables(ctx, req.report, req.reportFilter, req.topCustomersBy ?? 'SIGNED');
    const user = requireUser(ctx);
    const at = ctx.clock.now();
    const meta = [
      `统计区间：${report.range.from} 至 ${report.range.to}（环比：${report.range.previousFrom} 至 ${report.range.previousTo}）`,
      `导出人：${user.name}　导出时间：${businessDate(at, ctx.config.businessTimeZone)} ${at.toLocaleTimeString('zh-CN', { timeZone: ctx.config.businessTimeZone, hour12: false })}`,
    ];
    if (report.stream) {
      // Long detail: materialised only for the PDF (which lays pages out); XLSX streams page by page.
      if (ex.format === 'PDF') {
        const all: Table['rows'] = [];
        for await (const page of report.stream.pages()) all.push(...page);
        report.tables.push({ ...report.stream.table, rows: all });
        report.stream = undefined;
      }
    }
    rows = report.tables.reduce((n, t) => n + t.rows.length, 0);
    if (ex.format === 'PDF') {
      await writePdf(out, { title: report.title, meta, tables: report.tables });
    } else {
      const xlsx = xlsxStream(out);
      const info = xlsx.sheet('报表信息', [{ header: report.title, width: 80 }]);
      for (const line of meta) await info.add([line]);
      info.commit();
      for (const t of report.tables) await xlsx.table(t);
      if (report.stream) {
        const sheet = xlsx.sheet(report.stream.table.title, report.stream.table.columns);
        for await (const page of report.stream.pages()) {
          for (const r of page) await sheet.add(r);
          rows += page.length;
        }
        sheet.commit();
      }
      await xlsx.commit();
    }
  }
  await ctx.dataSource.query(`UPDATE export_audit SET completed = true, row_count = $2 WHERE id = $1::bigint`, [ex.id, rows]);
  return rows;
}
