import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { logger } from '../common/logger';
import { AppError, ErrorCode, msg } from './errors';

/** The only version of the APQ protocol (Apollo's). */
export const PERSISTED_QUERY_VERSION = 1;

/**
 * A persisted-query request the server cannot serve, checked before Apollo sees it (Apollo would answer HTTP 400
 * with no code): an unsupported `version`, a hash that is not a sha256, or a `query` whose sha256 is not the hash.
 * Null when the body (one operation) is fine or is not a persisted query.
 */
export function persistedQueryRefusal(body: unknown): AppError | null {
  if (!body || typeof body !== 'object') return null;
  const { query, extensions } = body as { query?: unknown; extensions?: unknown };
  let pq = (extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if (typeof extensions === 'string') {
    try {
      pq = (JSON.parse(extensions) as { persistedQuery?: unknown }).persistedQuery; // GET ?extensions=…
    } catch {
      return null; // Apollo reports unparsable parameters itself
    }
  }
  if (pq === undefined || pq === null) return null;
  const { version, sha256Hash } = pq as { version?: unknown; sha256Hash?: unknown };
  if (version !== PERSISTED_QUERY_VERSION) {
    return new AppError(ErrorCode.BAD_REQUEST, msg('graphql.unsupportedPersistedQueryVersion', { value: JSON.stringify(version) }), {
      reason: 'PERSISTED_QUERY_VERSION',
      supportedVersions: [PERSISTED_QUERY_VERSION],
    });
  }
  if (typeof sha256Hash !== 'string' || !/^[0-9a-f]{64}$/i.test(sha256Hash)) {
    return new AppError(ErrorCode.BAD_REQUEST, msg('graphql.sha256hashHexSha256'), { reason: 'PERSISTED_QUERY_HASH_INVALID' });
  }
  if (typeof query === 'string') {
    const actual = createHash('sha256').update(query).digest('hex');
    if (actual !== sha256Hash.toLowerCase()) {
      return new AppError(ErrorCode.BAD_REQUEST, msg('graphql.sha256hashDoesNotMatch', { actual }), {
        reason: 'PERSISTED_QUERY_HASH_MISMATCH',
        expectedHash: actual,
      });
    }
  }
  return null;
}

/** Apollo's cache interface (KeyValueCache) as the APQ store uses it. */
export interface QueryCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * The APQ store in Redis (with REDIS_URL): every replica knows a query registered on any of them. Entries expire
 * a day after their last registration; Redis down means misses (clients resend the document), never an error.
 */
export class RedisQueryCache implements QueryCache {
  private readonly redis: Redis;
  private lastWarning = 0;
  constructor(
    url: string,
    private readonly prefix = 'kehu:apq:',
    private readonly ttlSeconds = 24 * 3600,
    private readonly maxChars = 1_000_000,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
    this.redis.on('error', () => {}); // reported per failed call below
  }

  private warn(err: unknown) {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    logger.warn(`persisted query store unavailable: ${(err as Error).message}`);
  }

  async get(key: string) {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (err) {
      this.warn(err);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }) {
    if (value.length > this.maxChars) return;
    try {
      await this.redis.set(this.prefix + key, value, 'EX', options?.ttl ?? this.ttlSeconds);
    } catch (err) {
      this.warn(err);
    }
  }

  async delete(key: string) {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch (err) {
      this.warn(err);
      return false;
    }
  }

  close() {
    this.redis.disconnect();
  }
}

/**
 * The in-process store of automatic persisted queries (APQ) when there is no Redis: clients send
 * `extensions.persistedQuery.sha256Hash` instead of the document once the server has seen it. Bounded by entries
 * and by characters, least recently used out first, so a client registering endless distinct documents cannot
 * grow the process. Per replica: a miss answers PERSISTED_QUERY_NOT_FOUND and the client resends the document once.
 */
export class BoundedQueryCache implements QueryCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;
  constructor(
    private readonly maxEntries = 5_000,
    private readonly maxChars = 20_000_000,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    if (value.length > this.maxChars) return;
    await this.delete(key);
    this.entries.set(key, value);
    this.chars += value.length;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const [oldest, v] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.chars -= v.length;
    }
  }

  async delete(key: string): Promise<boolean> {
    const old = this.entries.get(key);
    if (old === undefined) return false;
    this.entries.delete(key);
    this.chars -= old.length;
    return true;
  }

  get size() {
    return this.entries.size;
  }
}
