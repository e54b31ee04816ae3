// Server-only helpers (they read request cookies); never import this from a client component.
import { cookies } from 'next/headers';
import { createT, LOCALE_COOKIE, resolveLocale, type Locale, type Translate } from './index';

/** The visitor's locale from the `kehu-locale` cookie (request time). */
export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return resolveLocale(store.get(LOCALE_COOKIE)?.value);
}

export async function getT(): Promise<Translate> {
  return createT(await getLocale());
}
