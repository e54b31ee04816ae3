import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The stable error codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'DUPLICATE' | 'RATE_LIMITED';

export interface ApiErrorInfo {
  code?: string;
  /** For BAD_USER_INPUT: the input field the message is about. */
  field?: string;
  message: string;
  /** The catalogue key of the message (packages/domain/src/messages) and its parameters: render from these. */
  messageKey?: string;
  params?: Record<string, unknown>;
}

/** The first GraphQL error of an Apollo error, with its code and field, or null for network errors. */
export function apiErrorInfo(error: unknown): ApiErrorInfo | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (!first) return null;
  const ext = first.extensions as { code?: unknown; field?: unknown; messageKey?: unknown; params?: unknown } | undefined;
  return {
    code: typeof ext?.code === 'string' ? ext.code : undefined,
    field: typeof ext?.field === 'string' ? ext.field : undefined,
    message: first.message,
    messageKey: typeof ext?.messageKey === 'string' ? ext.messageKey : undefined,
    params: ext?.params && typeof ext.params === 'object' ? (ext.params as Record<string, unknown>) : undefined,
  };
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** A 401 from the HTTP layer also means the token is no longer accepted. */
export function isUnauthenticated(error: unknown): boolean {
  if (hasErrorCode(error, 'UNAUTHENTICATED')) return true;
  return ServerError.is(error) && error.statusCode === 401;
}

/** The API refuses everything but `me`/`changePassword` until a must-change password is replaced. */
export function isPasswordChangeRequired(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.reason === 'PASSWORD_CHANGE_REQUIRED')
  );
}
