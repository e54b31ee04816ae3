import { msg } from '@kehu/domain';
import type { Request, Response } from 'express';
import { logger } from '../../common/logger';
import type { AppServices } from '../../graphql/context';
import { contentDisposition } from '../../http/exports';
import { sendRestText } from '../../http/rest-error';
import { storageFor } from '../files/file.storage';
import { CONTENT_TYPES } from './bulk-export.run';
import { openBulkExport } from './bulk-export.service';

/** GET /files/bulk-exports/:token — streams a finished bulk export from files storage (local disk or S3). */
export function bulkExportDownloadRoute(services: AppServices) {
  return async (req: Request, res: Response) => {
    const opened = await openBulkExport(services, String(req.params.token ?? ''));
    if (opened === 'gone') return sendRestText(req, res, 410, msg('bulkExports.linkGone'));
    if (opened === 'forbidden') return sendRestText(req, res, 403, msg('bulkExports.noPermission'));
    const body = await storageFor(services.config).open(opened.storageKey!);
    if (!body) return sendRestText(req, res, 410, msg('bulkExports.fileGone'));
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
