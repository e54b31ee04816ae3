import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { bucketKey } from '../../graphql/gate';
import { secondsUntilFull } from '../../graphql/rate-limit';
import { QUERY_LIMITS } from '../../graphql/complexity';

@ObjectType({ description: 'Your request budget (a leaky bucket of cost points): the same numbers as the X-RateLimit-* headers' })
export class RateLimitStatus {
  @Field(() => Int, { description: 'Points the bucket holds when full (X-RateLimit-Limit)' })
  limit!: number;

  @Field(() => Int, { description: 'Points left now (X-RateLimit-Remaining); an operation costing more is refused with RATE_LIMITED' })
  remaining!: number;

  @Field(() => Int, { description: 'Points restored per second' })
  restoreRate!: number;

  @Field(() => Date, { description: 'When the bucket is full again if you send nothing (X-RateLimit-Reset, as a time)' })
  resetAt!: Date;

  @Field(() => Int, { description: 'The highest cost one operation may have (over it: QUERY_TOO_COMPLEX, reason COST)' })
  maxQueryCost!: number;
}

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimitStatus, {
    nullable: true,
    description:
      'Your request budget (per API key, else per user), read without spending it: this field costs 0. Null when this server sets no rate limit.',
  })
  async rateLimit(@Ctx() ctx: Context): Promise<RateLimitStatus | null> {
    if (!ctx.rateLimiter) return null;
    const { status } = await ctx.rateLimiter.charge(bucketKey(ctx), 0);
    return {
      limit: status.maximumAvailable,
      remaining: status.currentlyAvailable,
      restoreRate: status.restoreRate,
      resetAt: new Date(ctx.clock.now().getTime() + secondsUntilFull(status) * 1000),
      maxQueryCost: QUERY_LIMITS.maxCost,
    };
  }
}
