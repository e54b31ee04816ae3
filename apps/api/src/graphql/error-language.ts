import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import {
  DEFAULT_LOCALE,
  isMessageKey,
  localeFromAcceptLanguage,
  normalizeLocale,
  renderMessage,
  type Locale,
  type MessageParams,
} from '@kehu/domain';
import type { Context } from './context';

/**
 * Errors in the caller's language (issue 15): each error carries `extensions.messageKey` + `extensions.params`;
 * its `message` is rendered here, once per response, in the caller's language — the user's saved choice, else
 * Accept-Language, else zh-CN. One language per message.
 */
export function callerLocale(user: { locale?: string | null } | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return normalizeLocale(user?.locale) ?? localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

export function localizeError<E extends GraphQLFormattedError>(error: E, locale: Locale, timeZone?: string): E {
  const key = error.extensions?.messageKey;
  if (typeof key !== 'string' || !isMessageKey(key)) return error;
  const message = renderMessage({ key, params: error.extensions?.params as MessageParams | undefined }, locale, { timeZone });
  return { ...error, message };
}

export function errorLanguagePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const acceptLanguage = request.http?.headers.get('accept-language');
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
          const locale = callerLocale(contextValue?.user as { locale?: string | null } | null, acceptLanguage);
          const tz = contextValue?.config?.businessTimeZone;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localizeError(e, locale, tz));
        },
      };
    },
  };
}
