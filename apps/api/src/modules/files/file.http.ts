import express, { type Request, type Response, type Router } from 'express';
import { msg } from '@kehu/domain';
import { sendRestError, sendRestGraphQLError } from '../../http/rest-error';
import { GraphQLError } from 'graphql';
import type { AppServices } from '../../graphql/context';
import { ErrorCode } from '../../graphql/errors';
import { contentDisposition } from '../../http/exports';
import { principalForHeader, type Principal } from '../../graphql/principal';
import { logger } from '../../common/logger';
import type { User } from '../users/user.entity';
import { allowedKinds, fileTooLarge, findVisibleAttachment, parseUploadRequest, storeUpload, verifyDownloadLink } from './file.service';
import { storageFor } from './file.storage';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };
const REASON_STATUS: Record<string, number> = { FILE_TOO_LARGE: 413, ZIP_BOMB: 413, FILE_TYPE_NOT_ALLOWED: 415 };

/** Errors in the GraphQL error shape, so clients read `extensions.code`, `field` and `reason` the same way. */
function sendError(req: Request, res: Response, err: unknown, timeZone: string) {
  if (err instanceof GraphQLError && typeof err.extensions.code === 'string' && STATUS[err.extensions.code]) {
    const status = REASON_STATUS[String(err.extensions.reason)] ?? STATUS[err.extensions.code];
    return void sendRestGraphQLError(req, res, status, err, timeZone);
  }
  logger.error(`files: ${(err as Error)?.stack ?? err}`);
  sendRestError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, msg('common.internal'));
}

/** The signed-in caller (session token or API key), or an answer already sent. */
async function caller(services: AppServices, req: Request, res: Response): Promise<Principal | null> {
  let principal: Principal;
  try {
    principal = await principalForHeader(services, req.headers.authorization);
  } catch (err) {
    sendError(req, res, err, services.config.businessTimeZone);
    return null;
  }
  if (!principal.user) return (void sendRestError(req, res, 401, ErrorCode.UNAUTHENTICATED, msg('common.signInRequired')), null);
  if (principal.user.mustChangePassword) {
    return (
      void sendRestError(req, res, 403, ErrorCode.FORBIDDEN, msg('http.changeInitialPasswordFirst'), {
        reason: 'PASSWORD_CHANGE_REQUIRED',
      }),
      null
    );
  }
  return principal;
}

/** Types a browser may show in the page; everything else downloads. */
const INLINE = /^(image\/(jpeg|png|gif|webp)|application\/pdf|audio\/|text\/plain)/;

/**
 * `POST /files?recordKind=CUSTOMER&recordId=…&category=BUSINESS_LICENSE&fileName=营业执照.jpg` with the file as
 * the raw request body (like POST /imports); answers the new attachment. `GET /files/:id` streams a file to a
 * signed-in caller who may see it, or to anyone holding an unexpired signed link (`Attachment.downloadUrl`).
 */
export function fileRoutes(services: AppServices): Router {
  const router = express.Router();

  router.post('/', async (req, res) => {
    const principal = await caller(services, req, res);
    if (!principal) return;
    try {
      const request = parseUploadRequest({ ...req.query, fileName: req.query.fileName ?? req.headers['x-file-name'] });
      const declared = Number(req.headers['content-length']);
      if (declared > services.config.uploadMaxBytes) throw fileTooLarge(services.config.uploadMaxBytes);
      const file = await storeUpload(services, principal.user!, principal.apiKey, request, req);
      res.status(201).json(file);
    } catch (err) {
      if (req.socket.destroyed) return; // the client went away: nothing to answer (storeUpload has cleaned up)
      sendError(req, res, err, services.config.businessTimeZone);
      req.resume(); // read and drop the rest of a refused body so the client gets the answer
    }
  });

  router.get('/:id', async (req, res) => {
    const id = String(req.params.id);
    let user: Pick<User, 'id' | 'role'> | null = null;
    let kinds = allowedKinds(null, 'read');
    if (req.query.s !== undefined) {
      const link = verifyDownloadLink(services, id, req.query);
      if ('refused' in link) {
        const expired = link.refused === 'LINK_EXPIRED';
        return void sendRestError(req, res, 403, ErrorCode.FORBIDDEN, expired ? msg('files.linkExpired') : msg('files.linkInvalid'), {
          reason: link.refused,
        });
      }
      const [row] = await services.dataSource.query(`SELECT id, role FROM users WHERE id = $1 AND active`, [link.userId]);
      user = row ?? null;
    } else {
      const principal = await caller(services, req, res);
      if (!principal) return;
      user = principal.user;
      kinds = allowedKinds(principal.apiKey, 'read');
    }
    try {
      const file = user ? await findVisibleAttachment(services.dataSource.manager, user, id, kinds) : null;
      if (!file) return void sendRestError(req, res, 404, ErrorCode.NOT_FOUND, msg('files.notFound'), { id });
      if (!file.storageKey) return void res.redirect(302, file.externalUrl!);
      const body = await storageFor(services.config).open(file.storageKey);
      if (!body) return void sendRestError(req, res, 404, ErrorCode.NOT_FOUND, msg('files.contentMissing'), { id });
      const inline = INLINE.test(file.contentType ?? '') && req.query.download === undefined;
      res.status(200);
      res.setHeader('Content-Type', file.contentType ?? 'application/octet-stream');
      if (file.size != null) res.setHeader('Content-Length', String(file.size));
      res.setHeader('Content-Disposition', contentDisposition(file.fileName).replace(/^attachment/, inline ? 'inline' : 'attachment'));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Opened on its own, a file runs no script (Chrome's PDF viewer does not work in a sandbox, and a PDF runs none here).
      if (file.contentType !== 'application/pdf')
        res.setHeader(
          'Content-Security-Policy',
          "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'",
        );
      res.setHeader('Cache-Control', 'private, max-age=300');
      if (file.sha256) res.setHeader('ETag', `"${file.sha256}"`);
      body.on('error', (err) => {
        logger.error(`files: reading ${file.id}: ${err.stack ?? err}`);
        res.destroy(err);
      });
      body.pipe(res);
    } catch (err) {
      sendError(req, res, err, services.config.businessTimeZone);
    }
  });
  return router;
}
