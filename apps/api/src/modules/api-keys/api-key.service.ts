import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { BidirectionalPageArgs } from '../../graphql/connection';
import type { ApiKeyPrincipal, Context } from '../../graphql/context';
import type { Message } from '@kehu/domain';
import { badInput, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { User } from '../users/user.entity';
import { ApiKey } from './api-key.entity';
import { ALL_SCOPES, type ApiKeyScope } from './api-key.scopes';
import type { ApiKeyConnection, CreateApiKeyInput } from './api-key.types';
import { newestFirst } from './newest-first';
import { publishRevocation } from '../../graphql/revocation';

/** Every secret starts with this, so a leaked one is recognisable (and secret scanners can match it). */
export const API_KEY_PREFIX = 'kehu_';

/** Secrets are 256 random bits: a plain sha256 is as good as a slow hash here and costs nothing per request. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const looksLikeApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

/** How stale lastUsedAt may be: writing it on every request would turn every read into a write. */
const LAST_USED_RESOLUTION_SECONDS = 60;

export async function createApiKey(ctx: Context, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
  const admin = requireUser(ctx);
  assertCan(admin, 'integrations.manage');
  const name = input.name?.trim() ?? '';
  if (!name || name.length > 100) throw badInput('input.name', msg('apiKeys.nameCharacters'));
  const scopes = [...new Set(input.scopes ?? [])];
  if (!scopes.length) throw badInput('input.scopes', msg('apiKeys.chooseLeastOneScope'));
  if (scopes.some((s) => !ALL_SCOPES.includes(s as ApiKeyScope))) throw badInput('input.scopes', msg('apiKeys.unknownScope'));
  const now = ctx.clock.now();
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw badInput('input.expiresAt', msg('apiKeys.expiresatFuture'));
  }
  if (!isUuid(input.ownerId)) throw badInput('input.ownerId', msg('apiKeys.unknownOwner'));
  const [owner] = await ctx.dataSource.query(`SELECT id, active FROM users WHERE id = $1`, [input.ownerId]);
  if (!owner || !owner.active) throw badInput('input.ownerId', msg('apiKeys.ownerUnknownDeactivated'));

  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  const [row] = await ctx.dataSource.query(
    `INSERT INTO api_keys (name, prefix, secret_hash, owner_id, scopes, expires_at, created_by_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [name, secret.slice(0, API_KEY_PREFIX.length + 8), hashSecret(secret), owner.id, scopes, input.expiresAt ?? null, admin.id, now],
  );
  return { apiKey: await loadApiKey(ctx, row.id), secret };
}

async function loadApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const [key] = hydrate(
    ApiKey,
    await ctx.dataSource.query(`SELECT ${selectColumns(ctx.dataSource, ApiKey, 'k')} FROM api_keys k WHERE k.id = $1`, [id]),
  );
  if (!key) throw notFound('API 密钥', id);
  return key;
}

/** Revoking is immediate and final: the next request with the key is refused. Revoking twice is harmless. */
export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const admin = requireUser(ctx);
  assertCan(admin, 'integrations.manage');
  if (!isUuid(id)) throw notFound('API 密钥', id);
  await ctx.dataSource.query(`UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2), version = version + 1 WHERE id = $1`, [
    id,
    ctx.clock.now(),
  ]);
  publishRevocation(ctx.pubSub, { apiKeyId: id }); // closes the key's open sockets
  return loadApiKey(ctx, id);
}

export function listApiKeys(ctx: Context, Conn: new () => ApiKeyConnection, page: BidirectionalPageArgs, includeRevoked: boolean) {
  const admin = requireUser(ctx);
  assertCan(admin, 'integrations.manage');
  return newestFirst(ctx, ApiKey, Conn, 'api_keys', includeRevoked ? 'TRUE' : 't.revoked_at IS NULL', new SqlParams(), page);
}

export type ApiKeyAuth = { user: User; apiKey: ApiKeyPrincipal } | { refused: Message };

/**
 * The owner and scopes of a presented secret, in one statement that also records lastUsedAt (at most once a
 * minute). Unknown, revoked, expired keys and keys of deactivated owners are refused with the reason.
 */
export async function authenticateApiKey(ds: DataSource, clock: Clock, secret: string): Promise<ApiKeyAuth> {
  const now = clock.now();
  const rows = await ds.query(
    `WITH touched AS (
       UPDATE api_keys SET last_used_at = $2
        WHERE secret_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)
          AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '${LAST_USED_RESOLUTION_SECONDS} seconds')
       RETURNING id)
     SELECT k.id AS "keyId", k.name AS "keyName", k.scopes AS "keyScopes", k.revoked_at AS "keyRevokedAt", k.expires_at AS "keyExpiresAt",
            ${selectColumns(ds, User, 'u')}
       FROM api_keys k JOIN users u ON u.id = k.owner_id WHERE k.secret_hash = $1`,
    [hashSecret(secret), now],
  );
  const row = rows[0];
  if (!row) return { refused: msg('apiKeys.unknownKey') };
  if (row.keyRevokedAt) return { refused: msg('apiKeys.revoked') };
  if (row.keyExpiresAt && new Date(row.keyExpiresAt).getTime() <= now.getTime()) return { refused: msg('apiKeys.expired') };
  const { keyId, keyName, keyScopes, keyRevokedAt: _r, keyExpiresAt: _e, ...userCols } = row;
  const [user] = hydrate(User, [userCols]);
  if (!user.active) return { refused: msg('apiKeys.ownerDeactivated') };
  return { user, apiKey: { id: keyId, name: keyName, scopes: keyScopes } };
}
