import type { Request, Response } from 'express';
import { logger } from '../common/logger';
import { createContext, type AppServices } from '../graphql/context';
import { exportFileInfo, openExport, writeExport } from '../modules/exports/export.service';

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name (Chinese file names survive every browser). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const refuse = (res: Response, status: number, message: string) =>
  res.status(status).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(message);

/**
 * GET /files/exports/:token — streams a prepared export (createExport) to the browser. The token is a short-lived
 * signed link to one export_audit row; the file is produced now, as that row's user, straight into the response.
 */
export function exportDownloadRoute(services: AppServices) {
  return async (req: Request, res: Response) => {
    const opened = await openExport(services, String(req.params.token ?? ''));
    if (opened === 'gone') return refuse(res, 410, '下载链接无效或已过期，请重新导出 (the download link is invalid or has expired)');
    if (opened === 'forbidden') return refuse(res, 403, '你没有导出权限 (export permission required)');
    const ctx = createContext(services, opened.user, { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null });
    let info: ReturnType<typeof exportFileInfo>;
    try {
      info = exportFileInfo(ctx, opened);
    } catch {
      return refuse(res, 400, '导出条件无效，请重新导出 (the export request is no longer valid)');
    }
    res.status(200);
    res.setHeader('Content-Type', info.contentType);
    res.setHeader('Content-Disposition', contentDisposition(info.fileName));
    res.setHeader('Cache-Control', 'no-store');
    try {
      await writeExport(ctx, opened, res);
    } catch (err) {
      logger.error(`export ${opened.id} failed: ${(err as Error)?.stack ?? String(err)}`);
      // Headers (and maybe part of the file) are out: cutting the connection is the only honest signal left.
      if (!res.headersSent) refuse(res, 500, '导出失败，请稍后重试 (export failed)');
      else res.destroy(err as Error);
    }
  };
}
