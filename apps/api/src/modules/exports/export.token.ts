import jwt from 'jsonwebtoken';

/**
 * Download links are signed JWTs naming an export_audit row, valid for a few minutes: the browser navigates to
 * them (no Authorization header on a plain download), so the link itself is the credential and must be short-lived.
 * A distinct audience keeps a download token from ever passing as a session token and the other way round.
 */
const AUDIENCE = 'kehu-export';
export const EXPORT_LINK_TTL_SECONDS = 300;

export function signExportToken(secret: string, auditId: string, now: Date): { token: string; expiresAt: Date } {
  const exp = Math.floor(now.getTime() / 1000) + EXPORT_LINK_TTL_SECONDS;
  const token = jwt.sign({ exp, iat: Math.floor(now.getTime() / 1000) }, secret, {
    algorithm: 'HS256',
    subject: auditId,
    audience: AUDIENCE,
    issuer: 'kehu',
  });
  return { token, expiresAt: new Date(exp * 1000) };
}

/** The audit id of a valid, unexpired link (judged by the app clock), or null. */
export function verifyExportToken(secret: string, token: string, now: Date): string | null {
  try {
    const claims = jwt.verify(token, secret, {
      algorithms: ['HS256'],
      audience: AUDIENCE,
      issuer: 'kehu',
      clockTimestamp: Math.floor(now.getTime() / 1000),
    }) as jwt.JwtPayload;
    return typeof claims.sub === 'string' && /^\d+$/.test(claims.sub) ? claims.sub : null;
  } catch {
    return null;
  }
}
