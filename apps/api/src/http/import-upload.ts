import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express';
import { msg } from '@kehu/domain';
import { sendRestError, sendRestGraphQLError } from './rest-error';
import { GraphQLError } from 'graphql';
import type { AppServices } from '../graphql/context';
import { createContext } from '../graphql/context';
import { ErrorCode } from '../graphql/errors';
import { authenticateApiKey, looksLikeApiKey } from '../modules/api-keys/api-key.service';
import { hasScope } from '../modules/api-keys/api-key.scopes';
import { bearerToken } from '../modules/auth/token';
import { userFromToken } from '../modules/auth/auth.service';
import { ImportKind } from '../modules/imports/import.enums';
import { uploadImport } from '../modules/imports/import.service';
import { logger } from '../common/logger';

/** Largest import file: 10 MB holds far more than MAX_IMPORT_ROWS rows of customers in .xlsx or .csv. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * `POST /imports?kind=CUSTOMERS&fileName=客户.xlsx` with the file as the raw request body (any content type),
 * `Authorization: Bearer <token or API key>`. The body is the file itself rather than multipart: nothing to
 * parse, no extra package, and the browser sends a File with fetch as is. GraphQL JSON bodies are capped at
 * 2 MB (and base64 would add a third), which a 10,000-row sheet can exceed. Answers the import's id and
 * counts; the preview is then read with the `importJob(id)` query. Errors have the GraphQL error shape.
 */
export function importUploadRoute(services: AppServices): Router {
  const router = express.Router();
  const handler: RequestHandler = async (req, res) => {
    try {
      const token = bearerToken(req.headers.authorization);
      let user = null;
      if (token && looksLikeApiKey(token)) {
        const auth = await authenticateApiKey(services.dataSource, services.clock, token);
        if ('refused' in auth)
          return void sendRestError(req, res, 401, ErrorCode.UNAUTHENTICATED, auth.refused, { reason: 'API_KEY_INVALID' });
        if (!hasScope(auth.apiKey.scopes, 'customers', 'write')) {
          return void sendRestError(req, res, 403, ErrorCode.FORBIDDEN, msg('files.apiKeyLacksWrite', { area: 'customers' }), {
            reason: 'API_KEY_SCOPE',
          });
        }
        user = auth.user;
      } else if (token) user = await userFromToken(services.dataSource, services.config, token);
      if (!user) return void sendRestError(req, res, 401, ErrorCode.UNAUTHENTICATED, msg('common.signInRequired'));
      if (user.mustChangePassword)
        return void sendRestError(
          req,
          res,
          403,
          ErrorCode.FORBIDDEN,
          msg('http.changeInitialPasswordFirst'),
          { reason: 'PASSWORD_CHANGE_REQUIRED' },
          user,
        );

      const kind = String(req.query.kind ?? 'CUSTOMERS');
      if (!(kind in ImportKind))
        return void sendRestError(req, res, 400, ErrorCode.BAD_USER_INPUT, msg('http.unknownImportKind'), { field: 'kind' }, user);
      const body = req.body as unknown;
      if (!Buffer.isBuffer(body) || !body.length)
        return void sendRestError(req, res, 400, ErrorCode.BAD_USER_INPUT, msg('http.emptyUpload'), { field: 'file' }, user);
      const fileName = String(req.query.fileName ?? req.headers['x-file-name'] ?? 'import.xlsx');
      const job = await uploadImport(createContext(services, user), kind as ImportKind, fileName, body);
      res
        .status(201)
        .json({ id: job.id, status: job.status, totalRows: job.totalRows, errorRows: job.errorRows, duplicateRows: job.duplicateRows });
    } catch (err) {
      if (err instanceof GraphQLError && typeof err.extensions.code === 'string' && STATUS[err.extensions.code]) {
        return void sendRestGraphQLError(req, res, STATUS[err.extensions.code], err, services.config.businessTimeZone);
      }
      logger.error(`import upload: ${(err as Error).stack ?? err}`);
      sendRestError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, msg('common.internal'));
    }
  };
  const tooLarge: ErrorRequestHandler = (err, req, res, next) => {
    if ((err as { type?: string }).type === 'entity.too.large') {
      return void sendRestError(
        req,
        res,
        413,
        ErrorCode.BAD_USER_INPUT,
        msg('http.uploadTooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
        {
          field: 'file',
        },
      );
    }
    next(err);
  };
  router.post('/', express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }), handler, tooLarge);
  return router;
}
