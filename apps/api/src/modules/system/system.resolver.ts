import { Arg, Int, Query, Resolver, Subscription } from 'type-graphql';
import { setTimeout as sleep } from 'node:timers/promises';

@Resolver()
export class SystemResolver {
  @Query(() => Date, { description: "The server's current time (a cheap check that the API answers for you)" })
  serverTime(): Date {
    return new Date();
  }

  @Subscription(() => Date, {
    description: 'The server time every `intervalSeconds` seconds: a keep-alive that shows the live connection works',
    subscribe: ({ args }) => heartbeat(args.intervalSeconds as number),
  })
  heartbeat(
    @Arg('intervalSeconds', () => Int, { defaultValue: 10, description: 'Seconds between beats (1–300)' }) _intervalSeconds: number,
    // type-graphql passes the emitted payload as the root value
  ): Date {
    return new Date();
  }
}

async function* heartbeat(intervalSeconds: number): AsyncGenerator<Date> {
  const ms = Math.min(Math.max(intervalSeconds, 1), 300) * 1000;
  for (;;) {
    yield new Date();
    await sleep(ms, undefined, { ref: false });
  }
}
