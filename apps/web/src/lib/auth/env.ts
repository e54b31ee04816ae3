// Every environment variable the web server reads for auth and API access, in one place.
// All of them are read at request time (never inlined at build time).

export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

/** Where the Next.js server reaches the GraphQL API (login, server-side rendering). */
export function serverApiUrl(): string {
  return process.env.API_URL || DEFAULT_API_URL;
}

/** The URL browsers should use for the API; undefined = same host as the page, port 4000. */
export function publicApiUrl(): string | undefined {
  return process.env.API_PUBLIC_URL || undefined;
}

/**
 * KEHU_WEB_FORWARD_SECRET, shared with the API: with it the sign-in calls name the person's browser and address
 * (X-Kehu-Client-UA / X-Kehu-Client-IP), which the API believes from this server only.
 */
export function webForwardSecret(): string | undefined {
  return process.env.KEHU_WEB_FORWARD_SECRET || undefined;
}

/** next-auth's signing/encryption secret: AUTH_SECRET, falling back to NEXTAUTH_SECRET. */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || undefined;
}

/**
 * Whether the session cookie is `Secure` (and `__Secure-` prefixed). Decided once here so that
 * next-auth (which sets it) and the proxy (which reads it) always agree on its name.
 */
export function secureCookies(): boolean {
  if (process.env.AUTH_SECURE_COOKIES) return process.env.AUTH_SECURE_COOKIES === 'true';
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
}
