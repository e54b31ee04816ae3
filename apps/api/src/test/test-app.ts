import 'reflect-metadata';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig, type Config } from '../config';
import { ManualClock } from '../common/clock';
import { createAppPubSub } from '../graphql/pubsub';
import { buildAppSchema } from '../graphql/schema';
import type { AppServices } from '../graphql/context';
import { startServer, type RunningServer } from '../http/server';
import { queryStats } from '../db/query-stats';
import { createTestDatabase, type TestDatabase } from './test-db';
import { unwireReminders, wireReminders } from '../modules/reminders/wiring';
import { closeSignInThrottle } from '../modules/auth/sign-in-throttle';

export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  /** SQL statements the API sent while serving this request. */
  statements: number;
  status: number;
}

export interface TestApp {
  db: TestDatabase;
  services: AppServices;
  clock: ManualClock;
  server: RunningServer;
  /** POST a GraphQL operation over real HTTP, optionally with a bearer token. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T>;
  /** Signs in and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /**
   * Resolves once this instance's pub/sub has had `count` subscriptions to `topic` (e.g. `NOTIFICATION_ADDED:<user id>`):
   * wait for it after opening a subscription, before triggering the event, instead of sleeping.
   */
  subscribed(topic: string, count?: number): Promise<void>;
  /** A graphql-ws client; lazy (the default) connects per operation, `lazy: false` keeps one socket open. */
  wsClient(token?: string | null, options?: { lazy?: boolean }): WsClient;
  close(): Promise<void>;
}

/** The whole API on a random port over its own database: what integration tests talk to. */
/** The secret the tests' web-server stand-in shares with the API (KEHU_WEB_FORWARD_SECRET). */
export const TEST_WEB_FORWARD_SECRET = 'test-web-forward-secret-0123456789';

export async function startTestApp(opts: { config?: Partial<Config>; now?: string | Date; db?: TestDatabase } = {}): Promise<TestApp> {
  // A second API instance on another app's database (opts.db): two replicas sharing PostgreSQL; it leaves the database to its owner.
  const ownsDb = !opts.db;
  const db = opts.db ?? (await createTestDatabase());
  // Tests deliver webhooks, robot messages and mail to receivers on this machine: allowed by name, as an
  // on-premises install would allow its own hosts (the outbound rules themselves stay as in production).
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', KEHU_OUTBOUND_ALLOW_HOSTS: '127.0.0.1', KEHU_WEB_FORWARD_SECRET: TEST_WEB_FORWARD_SECRET }),
    databaseUrl: db.url,
    ...opts.config,
  };
  const clock = new ManualClock(opts.now ?? new Date());
  const pubSub = createAppPubSub(config.redisUrl);
  // Counts subscriptions per topic so a test can wait until its subscribers are listening (app.subscribed).
  const subscriptions = new Map<string, number>();
  const subscribe = pubSub.subscribe.bind(pubSub) as (...args: unknown[]) => ReturnType<typeof pubSub.subscribe>;
  pubSub.subscribe = ((...args: unknown[]) => {
    const topic = args.length > 1 && args[1] !== undefined ? `${String(args[0])}:${String(args[1])}` : String(args[0]);
    subscriptions.set(topic, (subscriptions.get(topic) ?? 0) + 1);
    return subscribe(...args);
  }) as typeof pubSub.subscribe;
  const services: AppServices = { config, dataSource: db.dataSource, clock, pubSub };
  wireReminders(services);
  const schema = await buildAppSchema(pubSub);
  const server = await startServer(services, schema, 0, '127.0.0.1');
  const sockets: WsClient[] = [];

  const gql: TestApp['gql'] = async (query, variables = {}, token = null) => {
    const before = queryStats.total;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResponse, 'statements' | 'status'>;
    return { ...body, statements: queryStats.total - before, status: res.status } as GqlResponse<any>;
  };

  const app: TestApp = {
    db,
    services,
    clock,
    server,
    gql,
    async ok(query, variables, token) {
      const res = await gql(query, variables, token);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data as any;
    },
    async login(email, password = 'Kehu@2026!') {
      const data = await app.ok<{ login: { token: string } }>(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: email, p: password },
      );
      return data.login.token;
    },
    async subscribed(topic, count = 1) {
      while ((subscriptions.get(topic) ?? 0) < count) await new Promise((r) => setTimeout(r, 10));
    },
    wsClient(token = null, options = {}) {
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: options.lazy ?? true,
        // A kept-open socket's close is the test's business (client.on('closed')), not a console error.
        onNonLazyError: () => {},
      });
      sockets.push(client);
      return client;
    },
    async close() {
      await Promise.all(sockets.map((s) => s.dispose()));
      await server.close();
      unwireReminders(services);
      await pubSub.close();
      await closeSignInThrottle(config);
      if (ownsDb) await db.drop();
    },
  };
  return app;
}

/** Collects the first `count` events of a subscription (or fails after timeoutMs). */
export function collect<T>(client: WsClient, query: string, variables: Record<string, unknown>, count: number, timeoutMs = 10000) {
  return new Promise<{ data?: T; errors?: unknown[] }[]>((resolve, reject) => {
    const events: { data?: T; errors?: unknown[] }[] = [];
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`timed out after ${events.length}/${count} events`));
    }, timeoutMs);
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          events.push(value as { data?: T; errors?: unknown[] });
          if (events.length >= count) {
            clearTimeout(timer);
            dispose();
            resolve(events);
          }
        },
        error: (err) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(JSON.stringify(err)));
        },
        complete: () => {
          clearTimeout(timer);
          resolve(events);
        },
      },
    );
  });
}
