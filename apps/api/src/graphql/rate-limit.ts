import Redis from 'ioredis';
import type { Clock } from '../common/clock';
import { logger } from '../common/logger';
import { AppError, ErrorCode, msg } from './errors';

/**
 * Rate limits as a leaky bucket of cost points (Shopify-style): each caller (API key, user, or anonymous
 * address) has `maximumAvailable` points that refill at `restoreRate` per second; an operation takes its
 * query cost out before it runs. Time comes from the injected clock, so tests move it instead of sleeping.
 * In memory for one process; with REDIS_URL one Lua script updates the bucket atomically, so every API replica
 * draws from the same budget.
 */
export interface RateLimitSettings {
  maximumAvailable: number;
  restoreRate: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { maximumAvailable: 10_000, restoreRate: 500 };

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

/** Seconds until a bucket at `status` is full again (what X-RateLimit-Reset counts down from). */
export const secondsUntilFull = (status: ThrottleStatus) =>
  Math.max(0, Math.ceil((status.maximumAvailable - status.currentlyAvailable) / status.restoreRate));

export interface ChargeResult {
  allowed: boolean;
  status: ThrottleStatus;
  /** Seconds until the bucket holds enough for this cost again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Where buckets live. `take` refills to `nowMs`, then removes `cost` when enough is there; atomic per key.
 * A negative cost is a refund: it always passes, and the bucket never holds more than its maximum.
 */
export interface BucketStore {
  take(key: string, cost: number, nowMs: number, settings: RateLimitSettings): Promise<{ allowed: boolean; available: number }>;
  close(): Promise<void>;
}

function refill(available: number, lastMs: number, nowMs: number, s: RateLimitSettings) {
  const elapsed = Math.max(0, nowMs - lastMs) / 1000;
  return Math.min(s.maximumAvailable, available + elapsed * s.restoreRate);
}

export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, { available: number; at: number }>();
  constructor(private readonly maxKeys = 100_000) {}

  async take(key: string, cost: number, nowMs: number, s: RateLimitSettings) {
    const b = this.buckets.get(key);
    let available = b ? refill(b.available, b.at, nowMs, s) : s.maximumAvailable;
    const allowed = cost <= available;
    if (allowed) available = Math.min(s.maximumAvailable, available - cost);
    // Re-insert so the Map's order is least recently used first; a full bucket carries no information.
    this.buckets.delete(key);
    if (available < s.maximumAvailable) this.buckets.set(key, { available, at: nowMs });
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return { allowed, available };
  }

  async close() {}
}

/** KEYS[1] bucket; ARGV max, rate, now (ms), cost. Returns {allowed, available as string}. */
const TAKE_SCRIPT = `
local max = tonumber(ARGV[1]); local rate = tonumber(ARGV[2]); local now = tonumber(ARGV[3]); local cost = tonumber(ARGV[4])
local b = redis.call('HMGET', KEYS[1], 'a', 't')
local available = tonumber(b[1]); local at = tonumber(b[2])
if available == nil then available = max; at = now end
if now > at then available = math.min(max, available + (now - at) / 1000 * rate) end
local allowed = 0
if cost <= available then available = math.min(max, available - cost); allowed = 1 end
redis.call('HSET', KEYS[1], 'a', tostring(available), 't', tostring(math.max(now, at)))
redis.call('PEXPIRE', KEYS[1], math.ceil((max - available) / rate * 1000) + 60000)
return {allowed, tostring(available)}
`;

export class RedisBucketStore implements BucketStore {
  private readonly redis: Redis;
  private lastWarning = 0;
  constructor(
    url: string,
    private readonly prefix = 'kehu:ratelimit:',
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
    this.redis.on('error', () => {}); // reported per failed call below, not per reconnect attempt
    this.redis.defineCommand('kehuTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  }

  async take(key: string, cost: number, nowMs: number, s: RateLimitSettings) {
    try {
      const [allowed, available] = await (this.redis as unknown as { kehuTake(...a: unknown[]): Promise<[number, string]> }).kehuTake(
        this.prefix + key,
        s.maximumAvailable,
        s.restoreRate,
        nowMs,
        cost,
      );
      return { allowed: allowed === 1, available: Number(available) };
    } catch (err) {
      // Redis down: serve rather than refuse everyone (the limits protect the database, which is still fine).
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        logger.warn(`rate limit store unavailable, allowing requests: ${(err as Error).message}`);
      }
      return { allowed: true, available: s.maximumAvailable };
    }
  }

  async close() {
    this.redis.disconnect();
  }
}

export class RateLimiter {
  constructor(
    private readonly store: BucketStore,
    readonly settings: RateLimitSettings,
    private readonly clock: Clock,
  ) {}

  /** Takes `cost` points from `key`'s bucket; cost 0 only reads the status; a negative cost refunds. */
  async charge(key: string, cost: number): Promise<ChargeResult> {
    const { allowed, available } = await this.store.take(key, cost, this.clock.now().getTime(), this.settings);
    const status = {
      maximumAvailable: this.settings.maximumAvailable,
      currentlyAvailable: Math.floor(available),
      restoreRate: this.settings.restoreRate,
    };
    const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((cost - available) / this.settings.restoreRate));
    return { allowed, status, retryAfterSeconds };
  }

  /** Gives back points charged but not used (a query that returned fewer objects than it could have). */
  refund(key: string, points: number): Promise<ChargeResult> {
    return this.charge(key, -Math.max(0, points));
  }

  close() {
    return this.store.close();
  }
}

export function createRateLimiter(settings: RateLimitSettings, clock: Clock, redisUrl: string | null): RateLimiter {
  return new RateLimiter(redisUrl ? new RedisBucketStore(redisUrl) : new MemoryBucketStore(), settings, clock);
}

export const rateLimited = (cost: number, charge: ChargeResult) =>
  new AppError(
    ErrorCode.RATE_LIMITED,
    msg('graphql.throttledRetryS', {
      cost,
      currentlyAvailable: charge.status.currentlyAvailable,
      retryAfterSeconds: charge.retryAfterSeconds,
    }),
    {
      cost,
      retryAfterSeconds: charge.retryAfterSeconds,
      throttleStatus: charge.status,
      // Over HTTP: 429 with Retry-After, so HTTP tooling backs off too (the GraphQL error body stays the same).
      http: { status: 429, headers: new Map([['retry-after', String(charge.retryAfterSeconds)]]) },
    },
  );
