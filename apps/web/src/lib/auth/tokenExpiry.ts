/**
 * The `exp` claim of a JWT bearer token, in ms since epoch, or undefined when the token is not a JWT
 * or carries no expiry. Only read, never verified: the API verifies; this lets the web app notice an
 * expired API token and send the user to the login page instead of showing errors.
 */
export function jwtExpiresAt(token: string): number | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const json = Buffer.from(parts[1].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** True when an expiry is known and has passed (with a little slack for clock skew). */
export function isExpired(expiresAt: number | undefined, now = Date.now(), skewMs = 5_000): boolean {
  return expiresAt !== undefined && expiresAt - skewMs <= now;
}
