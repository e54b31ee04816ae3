import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import { MemoryBucketStore, RedisBucketStore, type BucketStore, type RateLimitSettings } from '../../graphql/rate-limit';

/**
 * Sign-in attempts per client address and per email (known or not, so the limit tells nothing about which
 * accounts exist), as leaky buckets that refill over the window. An attempt takes a point from both BEFORE
 * the password is hashed, so a burst of guesses cannot queue up hashing work; a successful sign-in gives its
 * points back, so an office of colleagues behind one address is limited only by their typing mistakes.
 * In memory for one process; with REDIS_URL the buckets are shared by every API replica.
 */
export interface SignInLimits {
  perAddress: number;
  perAccount: number;
  windowMinutes: number;
}

export type Reservation = { refused: false; refund(): Promise<void> } | { refused: true; retryAt: Date };

export class SignInThrottle {
  private readonly address: RateLimitSettings;
  private readonly account: RateLimitSettings;

  constructor(
    private readonly store: BucketStore,
    limits: SignInLimits,
  ) {
    const seconds = limits.windowMinutes * 60;
    this.address = { maximumAvailable: limits.perAddress, restoreRate: limits.perAddress / seconds };
    this.account = { maximumAvailable: limits.perAccount, restoreRate: limits.perAccount / seconds };
  }

  async reserve(ip: string | null | undefined, email: string, now: Date): Promise<Reservation> {
    const at = now.getTime();
    const addressKey = `signin:ip:${ip || 'unknown'}`;
    const accountKey = `signin:account:${createHash('sha256').update(email).digest('hex').slice(0, 32)}`;
    const byAddress = await this.store.take(addressKey, 1, at, this.address);
    if (!byAddress.allowed) return { refused: true, retryAt: this.retryAt(byAddress.available, this.address, at) };
    const byAccount = await this.store.take(accountKey, 1, at, this.account);
    if (!byAccount.allowed) {
      await this.store.take(addressKey, -1, at, this.address);
      return { refused: true, retryAt: this.retryAt(byAccount.available, this.account, at) };
    }
    return {
      refused: false,
      refund: async () => {
        await this.store.take(addressKey, -1, at, this.address);
        await this.store.take(accountKey, -1, at, this.account);
      },
    };
  }

  /** When one point will be back in the bucket. */
  private retryAt(available: number, s: RateLimitSettings, at: number): Date {
    return new Date(at + Math.ceil(((1 - available) / s.restoreRate) * 1000));
  }

  close() {
    return this.store.close();
  }
}

/** One throttle per running app (its config), created on first use. */
const throttles = new WeakMap<Config, SignInThrottle>();
export function signInThrottle(config: Config): SignInThrottle {
  let t = throttles.get(config);
  if (!t) {
    t = new SignInThrottle(
      config.redisUrl ? new RedisBucketStore(config.redisUrl, 'kehu:signin:') : new MemoryBucketStore(),
      config.signInLimits,
    );
    throttles.set(config, t);
  }
  return t;
}

/** Stops the app's throttle (its Redis connection), e.g. when a test app closes. */
export async function closeSignInThrottle(config: Config): Promise<void> {
  const t = throttles.get(config);
  throttles.delete(config);
  await t?.close();
}
