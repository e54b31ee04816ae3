import { GraphQLError } from 'graphql';

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

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const unauthenticated = (message = '请先登录 (sign-in required)') => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = '没有权限执行此操作 (not allowed)') => new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what}不存在或无权查看 (${what} not found)`, id ? { id } : {});

/** An input error names the field (dotted path for nested inputs) so forms can show it beside the input. */
export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, ...extra });

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, extra);

/** A stale `version` on update: the record changed since the caller read it. */
export const staleVersion = (what: string, currentVersion?: number) =>
  conflict(`${what}已被他人修改，请刷新后重试 (stale version)`, currentVersion === undefined ? {} : { currentVersion });
