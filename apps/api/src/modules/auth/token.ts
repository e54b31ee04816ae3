import { createSecretKey, type KeyObject } from 'node:crypto';
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

/**
 * The secret as a key object, made once: given a string, jsonwebtoken first tries to read it as a public key
 * on every call, and that failed attempt cost about half a millisecond of CPU per request.
 */
const keys = new Map<string, KeyObject>();
function keyFor(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

/** The claims of a valid token, or null for anything forged, expired or malformed. */
export function verifyToken(secret: string, token: string): TokenClaims | null {
  try {
    const claims = jwt.verify(token, keyFor(secret), { algorithms: ['HS256'], issuer: 'kehu' }) as jwt.JwtPayload;
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
