'use client';

import { useCallback } from 'react';
import type { FormInstance } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Locale } from '@/i18n';
import { useLocale } from '@/i18n/I18nProvider';
import type * as Catalogue from '@kehu/domain/messages/index';
import type { MessageParams } from '@kehu/domain/messages/index';
import { apiErrorInfo, type ApiErrorInfo } from './errors';

/**
 * What the pages show for an API error: one sentence from `extensions.code`, in the reader's language, or the
 * message on the form field the API names. The one place for this.
 */

/**
 * The API's message in the reader's language, rendered from `extensions.messageKey` + `extensions.params` with the
 * domain's catalogue (the same templates the API uses). A key this build does not know: the API's own message.
 */
export function localizeServerMessage(info: Pick<ApiErrorInfo, 'message' | 'messageKey' | 'params'>, locale: Locale): string {
  if (catalogue && info.messageKey && catalogue.isMessageKey(info.messageKey)) {
    return catalogue.renderMessage({ key: info.messageKey, params: info.params as MessageParams | undefined }, locale);
  }
  return info.message;
}

/**
 * The catalogue (every message in both languages, ~22 kB gzip) is a chunk of its own, fetched after the page's
 * first load so it does not weigh on it (the 250 kB budget). Until it arrives, which is before any request can
 * have failed in practice, the API's own message is shown: the API already wrote it in the caller's language.
 */
let catalogue: typeof Catalogue | null = null;
export const catalogueLoaded: Promise<void> = import('@kehu/domain/messages/index').then((m) => {
  catalogue = m;
});

const TEXT = {
  'zh-CN': {
    UNAUTHENTICATED: '登录已过期，请重新登录',
    FORBIDDEN: '您没有权限执行此操作',
    NOT_FOUND: '记录不存在，或您无权查看',
    BAD_USER_INPUT: '输入有误，请检查后重试',
    CONFLICT: '数据已被他人修改，请刷新后重试',
    DUPLICATE: '已存在相同的记录',
    RATE_LIMITED: '操作太频繁，请稍后再试',
    network: '无法连接服务器，请检查网络后重试',
    unknown: '出错了，请稍后再试',
  },
  en: {
    UNAUTHENTICATED: 'Your session has expired. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'Not found, or you may not see it.',
    BAD_USER_INPUT: 'Please check your input.',
    CONFLICT: 'Someone else changed this. Refresh and try again.',
    DUPLICATE: 'The same record exists already.',
    RATE_LIMITED: 'Too many requests. Please wait a moment.',
    network: 'Cannot reach the server. Check the network and try again.',
    unknown: 'Something went wrong. Please try again.',
  },
} as const;

type KnownCode = keyof (typeof TEXT)['zh-CN'];

/** Codes whose server message says something specific (which field, which pool rule, a taken email, who owns it). */
const SPECIFIC: readonly string[] = ['BAD_USER_INPUT', 'FORBIDDEN', 'DUPLICATE', 'CONFLICT'];

/** The `extensions.code` of an Apollo error (undefined for network errors). */
export function errorCode(error: unknown): string | undefined {
  return apiErrorInfo(error)?.code;
}

/** One plain sentence for an Apollo error. */
export function apiErrorText(error: unknown, locale: Locale): string {
  const text = TEXT[locale] ?? TEXT['zh-CN'];
  if (!CombinedGraphQLErrors.is(error)) return text.network;
  const info = apiErrorInfo(error);
  const code = info?.code as KnownCode | undefined;
  const server = info?.message ? localizeServerMessage(info, locale) : '';
  if (code && SPECIFIC.includes(code)) return server || text[code];
  if (code && code in text) return text[code];
  return text.unknown;
}

/** apiErrorText in the reader's current language: `const errorText = useApiErrorText(); errorText(error)`. */
export function useApiErrorText(): (error: unknown) => string {
  const [locale] = useLocale();
  return useCallback((error: unknown) => apiErrorText(error, locale), [locale]);
}

/**
 * BAD_USER_INPUT or CONFLICT naming a field (`input.amount`, `receiverId`): put the message on that form field.
 * `fields` limits it to the form's own fields (a list), or maps the API's names to the form's (a record).
 * True when it was shown on a field the form renders; otherwise the caller shows apiErrorText.
 */
export function showFieldError(
  form: FormInstance,
  error: unknown,
  locale: Locale,
  fields?: readonly string[] | Record<string, string>,
): boolean {
  const info = apiErrorInfo(error);
  if ((info?.code !== 'BAD_USER_INPUT' && info?.code !== 'CONFLICT') || !info.field) return false;
  const raw = info.field;
  const bare = raw.replace(/^(input|filter)\./, '');
  let name = bare;
  if (Array.isArray(fields)) {
    if (!fields.includes(bare)) return false;
  } else if (fields) {
    const map = fields as Record<string, string>;
    name = map[raw] ?? map[bare] ?? bare;
  }
  const path = name.split('.');
  // Only on a field the form renders: an error set on a name it does not show would fail silently.
  if (!form.getFieldsError().some((f) => f.name.join('.') === name)) return false;
  form.setFields([{ name: path, errors: [localizeServerMessage(info, locale)] }]);
  form.scrollToField(path, { block: 'center' });
  return true;
}
