import { createConnection } from 'node:net';
import Redis from 'ioredis';

/** The Redis the tests share (REDIS_URL, else the local default). */
export const TEST_REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Whether something answers at the URL's host and port (within a second). */
export function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = createConnection({ host: u.hostname, port: Number(u.port || 6379) });
    s.setTimeout(1000);
    s.once('connect', () => (s.end(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

/**
 * For a test that needs Redis: true when it is there. Without it the test fails in CI (process.env.CI) and is
 * skipped loudly elsewhere — the caller returns at once when this answers false.
 */
export async function redisOrSkip(what: string, url = TEST_REDIS_URL): Promise<boolean> {
  if (await redisReachable(url)) return true;
  if (process.env.CI) throw new Error(`Redis is required in CI and not reachable at ${url}`);
  console.warn(`SKIPPED: Redis not reachable at ${url}; ${what} did not run`);
  return false;
}

/** Resolves once `count` clients of the Redis at `url` subscribe to `channel` (PUBSUB NUMSUB): wait for it, never sleep. */
export async function redisSubscribers(channel: string, count = 1, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    for (;;) {
      const [, n] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(n) >= count) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    redis.disconnect();
  }
}
