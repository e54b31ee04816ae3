import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../common/clock';
import type { User } from '../modules/users/user.entity';
import { newStatementBatch, type StatementBatch } from '../db/prepared';
import { userById } from '../modules/users/user.loaders';
import { LoaderRegistry } from './loaders';
import type { PubSub } from './pubsub';
import type { RateLimiter } from './rate-limit';

/** What lives for the whole process: created once in main.ts (or by a test) and shared by every request. */
export interface AppServices {
  config: Config;
  dataSource: DataSource;
  clock: Clock;
  pubSub: PubSub;
}

/** What a resolver sees: the services, the signed-in user (null before login) and per-request loaders. */
export interface Context extends AppServices {
  user: User | null;
  requestId: string;
  loaders: LoaderRegistry;
  /** Client address, for sign-in records. */
  ip: string | null;
  userAgent: string | null;
  /** Set when the request authenticated with an API key: the user is the key's owner, limited to these scopes. */
  apiKey?: ApiKeyPrincipal | null;
  /** The process's rate limiter (null when limits are off), for the `rateLimit` query. */
  rateLimiter?: RateLimiter | null;
  /** The request's fixed-shape reads of one turn, sent to PostgreSQL as one statement (db/prepared.ts). */
  statementBatch: StatementBatch;
}

/** The API key a request came with (modules/api-keys). */
export interface ApiKeyPrincipal {
  id: string;
  name: string;
  scopes: string[];
}

export function createContext(
  services: AppServices,
  user: User | null,
  meta: {
    requestId?: string;
    ip?: string | null;
    userAgent?: string | null;
    apiKey?: ApiKeyPrincipal | null;
    rateLimiter?: RateLimiter | null;
  } = {},
): Context {
  const ctx: Context = {
    ...services,
    user,
    requestId: meta.requestId ?? randomUUID(),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent ?? null,
    apiKey: meta.apiKey ?? null,
    rateLimiter: meta.rateLimiter ?? null,
    loaders: new LoaderRegistry(() => ctx),
    statementBatch: newStatementBatch(),
  };
  // The signed-in user's row is in hand: an owner, author or actor who is the caller costs no statement.
  if (user) ctx.loaders.get(userById).prime(user.id, user);
  return ctx;
}
