import type { Request, Response } from 'express';
import { logger } from '../../common/logger';
import type { AppServices } from '../../graphql/context';
import { contentDisposition } from '../../http/exports';
import { storageFor } from '../files/file.storage';
import { CONTENT_TYPES } from './bulk-export.run';
import { openBulkExport } from './bulk-export.service';

const refuse = (res: Response, status: number, message: string) =>
  res.status(status).type('text/plain; charset=utf-8').set('Cache-Control', 'no-store').send(message);

/** GET /files/bulk-exports/:token — streams a finished bulk export from files storage (local disk or S3). */
export function bulkExportDownloadRoute(services: AppServices) {
  return async (req: Request, res: Response) => {
    const opened = await openBulkExport(services, String(req.params.token ?? ''));
    if (opened === 'gone') return refuse(res, 410, '下载链接无效或已过期，请重新获取 (the download link is invalid or has expired)');
    if (opened === 'forbidden') return refuse(res, 403, '你没有导出权限 (export permission required)');
    const body = await storageFor(services.config).open(opened.storageKey!);
    if (!body) return refuse(res, 410, '文件已不存在，请重新导出 (the file is gone)');
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[opened.format]);
    res.setHeader('Content-Length', String(opened.bytes));
    res.setHeader('Content-Disposition', contentDisposition(opened.fileName));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    body.on('error', (err) => {
      logger.error(`bulk export ${opened.id}: reading the file: ${err.stack ?? err}`);
      res.destroy(err);
    });
    body.pipe(res);
  };
}
