import type { User } from '../modules/users/user.entity';
import { authenticateApiKey, looksLikeApiKey } from '../modules/api-keys/api-key.service';
import { bearerToken } from '../modules/auth/token';
import { userFromToken } from '../modules/auth/auth.service';
import type { ApiKeyPrincipal, AppServices } from './context';
import { unauthenticated } from './errors';

export interface Principal {
  user: User | null;
  apiKey: ApiKeyPrincipal | null;
}

/**
 * The caller behind an Authorization header, looked up afresh (HTTP: every request; WebSocket: every operation,
 * so a revoked token or key stops at once): a session token's user, or an API key's owner with the key's scopes.
 * A bad session token reads as anonymous (login still works); a bad API key is refused outright with the reason
 * (revoked, expired…), since an integration should stop loudly rather than act anonymously.
 */
export async function principalForHeader(services: AppServices, header: string | undefined | null): Promise<Principal> {
  const token = bearerToken(header);
  if (!token) return { user: null, apiKey: null };
  if (looksLikeApiKey(token)) {
    const auth = await authenticateApiKey(services.dataSource, services.clock, token);
    if ('refused' in auth) {
      const err = unauthenticated(auth.refused);
      err.extensions.reason = 'API_KEY_INVALID';
      err.extensions.http = { status: 401 };
      throw err;
    }
    return auth;
  }
  return { user: await userFromToken(services.dataSource, services.config, token), apiKey: null };
}
