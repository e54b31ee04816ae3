// Which paths need a session, and where to send people. Pure: used by the proxy and by pages.

export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/change-password';
export const HOME_PATH = '/';

/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeCallbackPath(value: string | string[] | null | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return HOME_PATH;
  if (raw === LOGIN_PATH || raw.startsWith(`${LOGIN_PATH}?`)) return HOME_PATH;
  return raw;
}

export interface RouteDecisionInput {
  pathname: string;
  /** path + query of the request, kept as callbackUrl */
  pathWithSearch: string;
  signedIn: boolean;
  mustChangePassword: boolean;
}

/** Where a request should be redirected to, or null to let it through. */
export function decideRedirect({ pathname, pathWithSearch, signedIn, mustChangePassword }: RouteDecisionInput): string | null {
  if (pathname === LOGIN_PATH) {
    if (!signedIn) return null;
    return mustChangePassword ? CHANGE_PASSWORD_PATH : HOME_PATH;
  }
  if (!signedIn) {
    return pathname === HOME_PATH ? LOGIN_PATH : `${LOGIN_PATH}?${new URLSearchParams({ callbackUrl: pathWithSearch })}`;
  }
  if (mustChangePassword && pathname !== CHANGE_PASSWORD_PATH) return CHANGE_PASSWORD_PATH;
  return null;
}
