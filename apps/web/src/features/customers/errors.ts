import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorInfo } from '@/lib/apollo/errors';
import type { DictKey, DictVars } from './i18n';
import type { CustomerCoreMessages } from './coreMessages';

/** A translator that knows the core words (useCustomerCoreT's, or useCustomerT's, which include them). */
type CoreT = (key: DictKey<CustomerCoreMessages>, vars?: DictVars) => string;

const KNOWN = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'DUPLICATE', 'RATE_LIMITED'] as const;
type KnownCode = (typeof KNOWN)[number];

/** The API's messages are "中文 (english)": keep the Chinese part for a Chinese reader. */
export function chinesePart(message: string): string {
  const m = /^(.*?)\s*\([^()]*\)\s*$/.exec(message);
  return (m?.[1] || message).trim();
}

/**
 * A plain sentence for an Apollo error, from `extensions.code` (FORBIDDEN, CONFLICT, …). For codes whose
 * server message says something specific (a field problem, a pool rule, who owns the duplicate) it is added.
 */
export function errorText(error: unknown, t: CoreT): string {
  const info = apiErrorInfo(error);
  if (!info) {
    if (CombinedGraphQLErrors.is(error)) return t('errors.generic');
    return t('errors.network');
  }
  const code = (KNOWN as readonly string[]).includes(info.code ?? '') ? (info.code as KnownCode) : undefined;
  if (!code) return t('errors.generic');
  const base = t(`errors.${code}`);
  if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'DUPLICATE') {
    const detail = chinesePart(info.message);
    return detail ? `${base}：${detail}` : base;
  }
  return base;
}

/** `input.contact.mobile` → `['contact', 'mobile']` (an antd Form name path), or undefined. */
export function fieldPath(field: string | undefined, prefix = 'input.'): string[] | undefined {
  if (!field) return undefined;
  const path = field.startsWith(prefix) ? field.slice(prefix.length) : field;
  return path ? path.split('.') : undefined;
}
