/**
 * The message catalogue (issue 15): every keyed text the API sends or stores, zh-CN and en, with typed parameters.
 * `msg('users.unknownManager')` builds a message; `renderMessage(m, locale)` renders it.
 */
import type { Locale } from '../labels.js';
import { API_ERROR_MESSAGES } from './api-errors.js';
import { CHANGE_LOG_MESSAGES } from './change-log.js';
import { COMMON_MESSAGES } from './common.js';
import { NOTIFICATION_MESSAGES } from './notifications.js';
import { fillTemplate, splitLegacyMessage, type FormatContext, type MessageParam, type MessageParams, type Placeholders } from './core.js';

export * from './core.js';
export { API_ERROR_MESSAGES, CHANGE_LOG_MESSAGES, COMMON_MESSAGES, NOTIFICATION_MESSAGES };

export const MESSAGES = { ...COMMON_MESSAGES, ...API_ERROR_MESSAGES, ...NOTIFICATION_MESSAGES, ...CHANGE_LOG_MESSAGES } as const;
export type MessageKey = keyof typeof MESSAGES;
type Tpl<K extends MessageKey> = (typeof MESSAGES)[K];
export type ParamNames<K extends MessageKey> = Placeholders<Tpl<K>['zh']> | Placeholders<Tpl<K>['en']>;
export type ParamsOf<K extends MessageKey> = { [N in ParamNames<K>]: MessageParam };

/** A keyed message: what the API sends in extensions and what notifications store. */
export interface Message<K extends string = string> {
  key: K;
  params?: MessageParams;
}

/** Build a keyed message; the parameters are checked against the template's placeholders. */
export function msg<K extends MessageKey>(key: K, ...params: [ParamNames<K>] extends [never] ? [] : [ParamsOf<K>]): Message<K> {
  return params.length ? { key, params: params[0] as MessageParams } : { key };
}

/** The deprecated path: a "中文 (English)" text becomes { key: 'legacy', params: { zh, en } }. */
export function legacyMessage(text: string): Message<'legacy'> {
  const { zh, en } = splitLegacyMessage(text);
  return { key: 'legacy', params: { zh, en } };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function isMessage(value: unknown): value is Message {
  return !!value && typeof value === 'object' && typeof (value as Message).key === 'string';
}

/** The text of a message in one language. An unknown key renders as the key itself (never throws). */
export function renderMessage(m: Message, locale: Locale, ctx: FormatContext = {}): string {
  if (!isMessageKey(m.key)) return m.key;
  const tpl = MESSAGES[m.key] as { zh: string; en: string };
  return fillTemplate(locale === 'en' ? tpl.en : tpl.zh, m.params, locale, ctx);
}

export * from './notice.js';
