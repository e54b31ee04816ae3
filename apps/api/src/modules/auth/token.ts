import jwt from 'jsonwebtoken';

/** Session tokens: signed JWTs naming the user and the user's token version (bumped to revoke). */
interface TokenClaims {
  sub: string;
  tv: number;
}

export function issueToken(secret: string, ttlSeconds: number, userId: string, tokenVersion: number): string {
  return jwt.sign({ tv: tokenVersion } satisfies Omit<TokenClaims, 'sub'>, secret, {
    algorithm: 'HS256',
    subject: userId,
    expiresIn: ttlSeconds,
    issuer: 'kehu',
  });
}

/** The claims of a valid token, or null for anything forged, expired or malformed. */
export function verifyToken(secret: string, token: string): TokenClaims | null {
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: 'kehu' }) as jwt.JwtPayload;
    if (typeof claims.sub !== 'string' || typeof claims.tv !== 'number') return null;
    return { sub: claims.sub, tv: claims.tv };
  } catch {
    return null;
  }
}

/** "Bearer abc" -> "abc"; anything else -> null. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}
