import { renderMessage, type Message } from '@kehu/domain';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { callerLocale, localizeError } from '../graphql/error-language';

/**
 * An error answer of a REST route (uploads, downloads) in the GraphQL error shape, its message in the caller's
 * language like GraphQL errors (the user's saved choice when known, else Accept-Language, else zh-CN).
 */
export function sendRestError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: Message,
  extra: Record<string, unknown> = {},
  user?: { locale?: string | null } | null,
) {
  const text = renderMessage(message, callerLocale(user, req.headers['accept-language']));
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({
      errors: [
        { message: text, extensions: { code, messageKey: message.key, ...(message.params ? { params: message.params } : {}), ...extra } },
      ],
    });
}

/** A plain-text refusal (a download link opened in the browser) in the caller's language. */
export function sendRestText(req: Request, res: Response, status: number, message: Message) {
  res
    .status(status)
    .type('text/plain; charset=utf-8')
    .set('Cache-Control', 'no-store')
    .send(renderMessage(message, callerLocale(null, req.headers['accept-language'])));
}

/** An error a service threw (a GraphQLError with its code), answered over REST with `status` in the caller's language. */
export function sendRestGraphQLError(req: Request, res: Response, status: number, err: GraphQLError, timeZone: string) {
  const error = localizeError(
    { message: err.message, extensions: { ...err.extensions, http: undefined } },
    callerLocale(null, req.headers['accept-language']),
    timeZone,
  );
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ errors: [error] });
}
