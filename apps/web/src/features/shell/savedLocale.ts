'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { graphql } from '@/gql';
import { isLocale, LOCALE_COOKIE, type Locale } from '@/i18n';
import { useLocale } from '@/i18n/I18nProvider';

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export const MyLocaleQuery = graphql(`
  query MyLocale {
    me {
      id
      locale
    }
  }
`);

/**
 * The language switch of a signed-in user: the page's language (the cookie) and the saved one (users.locale, which
 * notifications in the inbox, the live toast, email and the robots are written in) change together. The inbox is
 * fetched again, so what is on screen is in the new language.
 */
export function useSavedLocale(): [Locale, (locale: Locale) => void] {
  const [locale, setLocale] = useLocale();
  const [save] = useMutation(SetMyLocaleMutation);
  const client = useApolloClient();
  const change = useCallback(
    (next: Locale) => {
      setLocale(next);
      void save({ variables: { locale: next } })
        .then(() => client.refetchQueries({ include: ['ReminderInbox'] }))
        .catch(() => undefined); // the page's language changed anyway; the next page load saves it again
    },
    [client, save, setLocale],
  );
  return [locale, change];
}

/**
 * Once per signed-in page load: a browser that has chosen a language (the cookie) saves it when the saved one
 * differs; a browser that has not yet takes the saved one.
 */
export function useLocaleSync(): void {
  const [locale, setLocale] = useLocale();
  const { data } = useQuery(MyLocaleQuery, { fetchPolicy: 'network-only' });
  const [save] = useMutation(SetMyLocaleMutation);
  const done = useRef(false);
  useEffect(() => {
    const saved = data?.me.locale;
    if (!isLocale(saved) || done.current) return;
    done.current = true;
    if (saved === locale) return;
    const chosen = document.cookie.split(';').some((c) => c.trim().startsWith(`${LOCALE_COOKIE}=`));
    if (chosen) void save({ variables: { locale } }).catch(() => undefined);
    else setLocale(saved);
  }, [data, locale, save, setLocale]);
}
