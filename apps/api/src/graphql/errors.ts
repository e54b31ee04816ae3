import { GraphQLError } from 'graphql';
import {
  DEFAULT_LOCALE,
  isRecordType,
  legacyMessage,
  msg,
  P,
  recordTypeByZh,
  renderMessage,
  type Message,
  type RecordType,
} from '@kehu/domain';

/**
 * The stable error codes of the API (extensions.code). Integrators branch on these, so they never change meaning.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  DUPLICATE: 'DUPLICATE',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The request itself is malformed (not one of its inputs): e.g. a persisted query's wrong hash or version. */
  BAD_REQUEST: 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A message is a key from the catalogue (`msg('users.unknownManager', params)`, packages/domain/src/messages) or — the
 * deprecated path, kept so older call sites still work — a "中文 (English)" string, split once into zh/en under the
 * key 'legacy'. Either way the error carries `extensions.messageKey` + `extensions.params`, and `message` is rendered
 * in the caller's language when the response is sent (graphql/error-language.ts).
 */
export type ErrorMessage = Message | string;

export class AppError extends GraphQLError {
  readonly keyed: Message;
  constructor(code: ErrorCode, message: ErrorMessage, extensions: Record<string, unknown> = {}) {
    const keyed = typeof message === 'string' ? legacyMessage(message) : message;
    super(renderMessage(keyed, DEFAULT_LOCALE), {
      extensions: { code, messageKey: keyed.key, ...(keyed.params ? { params: keyed.params } : {}), ...extensions },
    });
    this.keyed = keyed;
  }
}

export { msg, P };

const recordParam = (what: RecordType | string) => {
  const type = isRecordType(what) ? what : recordTypeByZh(what);
  return type ? P.record(type) : P.text(what, what);
};

export const unauthenticated = (message: ErrorMessage = msg('common.signInRequired')) => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: ErrorMessage = msg('common.forbidden'), extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.FORBIDDEN, message, extra);

/** `what` is a record type ('customer'); a Chinese name ('客户') is still accepted (deprecated). */
export const notFound = (what: RecordType | string, id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, msg('common.notFound', { record: recordParam(what) }), id ? { id } : {});

/** An input error names the field (dotted path for nested inputs) so forms can show it beside the input. */
export const badInput = (field: string, message: ErrorMessage, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, ...extra });

export const conflict = (message: ErrorMessage, extra: Record<string, unknown> = {}) => new AppError(ErrorCode.CONFLICT, message, extra);

/** A stale `version` on update: the record changed since the caller read it. */
export const staleVersion = (what: RecordType | string, currentVersion?: number) =>
  conflict(msg('common.staleVersion', { record: recordParam(what) }), currentVersion === undefined ? {} : { currentVersion });
