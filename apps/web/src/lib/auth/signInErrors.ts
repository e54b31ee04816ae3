// How the credentials provider reports a failed sign-in to the browser. next-auth passes the message
// of an error thrown in `authorize` as `?error=<message>` and a `null` return as `CredentialsSignin`.
// Shared by the server (which encodes) and the login form (which decodes); no server imports here.

/** Wrong email or password (authorize returned null). */
export const WRONG_CREDENTIALS = 'CredentialsSignin';
/** The API could not be reached. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
/** Prefix of a message the API gave (locked account, rate limit, …), shown as it is. */
export const API_MESSAGE_PREFIX = 'API:';

export type SignInFailure = { kind: 'wrong-credentials' } | { kind: 'unavailable' } | { kind: 'api-message'; message: string };

export function decodeSignInError(error: string | null | undefined): SignInFailure | null {
  if (!error) return null;
  if (error === WRONG_CREDENTIALS) return { kind: 'wrong-credentials' };
  if (error.startsWith(API_MESSAGE_PREFIX)) {
    const message = error.slice(API_MESSAGE_PREFIX.length).trim();
    return message ? { kind: 'api-message', message } : { kind: 'unavailable' };
  }
  return { kind: 'unavailable' };
}
