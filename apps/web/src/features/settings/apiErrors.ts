'use client';

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import type { Locale } from '@/i18n';
import { apiErrorInfo } from '@/lib/apollo/errors';

// Plain-language text of API errors for the reminders, tasks and settings pages, from `extensions.code`.

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

type Code = keyof (typeof TEXT)['zh-CN'];

/** The API writes "中文 (english)": keep the part of the reader's language. */
export function localizeServerMessage(message: string, locale: Locale): string {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(message);
  if (!m) return message;
  return locale === 'en' ? m[2] : m[1];
}

/**
 * One sentence for an Apollo error. For codes whose server message says something specific (which
 * field is wrong, why it is forbidden, what conflicts: a taken email, a customer still owned) that message is shown.
 */
export function apiErrorText(error: unknown, locale: Locale): string {
  const text = TEXT[locale] ?? TEXT['zh-CN'];
  if (!CombinedGraphQLErrors.is(error)) return text.network;
  const info = apiErrorInfo(error);
  const code = info?.code as Code | undefined;
  const server = info?.message ? localizeServerMessage(info.message, locale) : '';
  if (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'DUPLICATE' || code === 'CONFLICT') return server || text[code];
  if (code && code in text) return text[code];
  return text.unknown;
}

/**
 * BAD_USER_INPUT or CONFLICT naming one of the form's fields (`input.email` → `email`: a taken email,
 * `receiverId`: the leaving user still owns customers): put the message on that field.
 * True when shown there; otherwise the caller shows it as a message.
 */
export function showFieldError(form: FormInstance, error: unknown, locale: Locale, fields: readonly string[]): boolean {
  const info = apiErrorInfo(error);
  if ((info?.code !== 'BAD_USER_INPUT' && info?.code !== 'CONFLICT') || !info.field) return false;
  const name = info.field.replace(/^input\./, '');
  if (!fields.includes(name)) return false;
  form.setFields([{ name: name.split('.'), errors: [localizeServerMessage(info.message, locale)] }]);
  return true;
}
