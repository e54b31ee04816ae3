import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, parse, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { ApiKeyPrincipal, AppServices, Context } from '../graphql/context';
import { createContext } from '../graphql/context';
import { authPlugin, rootFieldNames } from '../graphql/auth-plugin';
import { fragmentsOf } from '../graphql/selections';
import { limitsPlugin } from '../graphql/limits-plugin';
import { QUERY_LIMITS, tooComplex } from '../graphql/complexity';
import { createRateLimiter } from '../graphql/rate-limit';
import { BoundedQueryCache } from '../graphql/persisted-queries';
import { authenticateApiKey, looksLikeApiKey } from '../modules/api-keys/api-key.service';
import { missingScope } from '../modules/api-keys/api-key.scopes';
import { ErrorCode, unauthenticated } from '../graphql/errors';
import { bearerToken } from '../modules/auth/token';
import { userFromToken } from '../modules/auth/auth.service';
import type { User } from '../modules/users/user.entity';
import { logger } from '../common/logger';
import { cors } from './cors';
import { healthRoute } from './health';
import { exportDownloadRoute } from './exports';
import { importUploadRoute } from './import-upload';
import { fileRoutes } from '../modules/files/file.http';

export interface RunningServer {
  port: number;
  url: string;
  wsUrl: string;
  httpServer: Server;
  close(): Promise<void>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Internal errors keep their code but lose their message outside development; the log keeps the details. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = unwrapResolverError(error);
    const internal = !(original instanceof GraphQLError) && !(code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR);
    if (internal && (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR)) {
      logger.error(`internal error: ${(original as Error)?.stack ?? String(original)}`);
      if (production) {
        return { message: '服务器内部错误 (internal server error)', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      }
    }
    return formatted;
  };
}

export interface Principal {
  user: User | null;
  apiKey: ApiKeyPrincipal | null;
}

/**
 * The caller behind an Authorization header: a session token's user, or an API key's owner with the key's
 * scopes. A bad session token reads as anonymous (login still works); a bad API key is refused outright
 * with the reason (revoked, expired…), since an integration should stop loudly rather than act anonymously.
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

async function userForHeader(services: AppServices, header: string | undefined | null): Promise<Principal | null> {
  try {
    const p = await principalForHeader(services, header);
    return p.user ? p : null;
  } catch {
    return null;
  }
}

/** An API key may subscribe only to what its scopes allow (the HTTP path checks this in limitsPlugin). */
function subscriptionScopeError(apiKey: ApiKeyPrincipal | null | undefined, query: unknown): GraphQLError | null {
  if (!apiKey || typeof query !== 'string') return null;
  try {
    const doc = parse(query);
    const fragments = fragmentsOf(doc);
    for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      const missing = missingScope(apiKey.scopes, op.operation, rootFieldNames(op, fragments));
      if (missing) return new GraphQLError(`API 密钥没有 ${missing.needed} 权限 (API key lacks ${missing.needed})`, { extensions: { code: ErrorCode.FORBIDDEN, reason: 'API_KEY_SCOPE' } });
    }
  } catch {
    return null; // graphql-ws validates the document itself and reports syntax errors
  }
  return null;
}

/** Apollo Server (HTTP) and graphql-ws (WebSocket) on one port and one path: /graphql. */
export async function startServer(services: AppServices, schema: GraphQLSchema, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const production = services.config.nodeEnv === 'production';

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { user?: User | null; apiKey?: ApiKeyPrincipal | null }>(
    {
      schema,
      // A bad token closes the socket (4403); no token is allowed to connect but not to subscribe.
      onConnect: async (ctx) => {
        const auth = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        if (auth === undefined) return true;
        const principal = await userForHeader(services, String(auth));
        ctx.extra.user = principal?.user ?? null;
        ctx.extra.apiKey = principal?.apiKey ?? null;
        return ctx.extra.user !== null;
      },
      onSubscribe: async (ctx, _id, payload) => {
        if (!ctx.extra.user) return [unauthenticated()];
        const scopeError = subscriptionScopeError(ctx.extra.apiKey, payload.query);
        if (scopeError) return [scopeError];
      },
      context: (ctx) => createContext(services, ctx.extra.user ?? null, { apiKey: ctx.extra.apiKey ?? null }),
    },
    wsServer,
  );

  const limiter = services.config.rateLimit ? createRateLimiter(services.config.rateLimit, services.clock, services.config.redisUrl) : null;
  const apollo = new ApolloServer<Context>({
    schema,
    // Automatic persisted queries: a hash instead of the document, in a bounded per-process cache.
    persistedQueries: { cache: new BoundedQueryCache() },
    // Several operations in one HTTP request (a JSON array), at most QUERY_LIMITS.maxBatch (checked below).
    allowBatchedHttpRequests: true,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: formatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; the default cache-control plugin would still wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(limiter),
      authPlugin,
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.use(cors);
  app.get('/healthz', healthRoute(services));
  app.get('/files/exports/:token', exportDownloadRoute(services));
  app.use('/imports', importUploadRoute(services));
  app.use('/files', fileRoutes(services));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    (req, res, next) => {
      if (Array.isArray(req.body) && req.body.length > QUERY_LIMITS.maxBatch) {
        const err = tooComplex('BATCH', `一次最多批量执行 ${QUERY_LIMITS.maxBatch} 个操作 (at most ${QUERY_LIMITS.maxBatch} operations per batch)`, {
          batch: req.body.length,
          limit: QUERY_LIMITS.maxBatch,
        });
        res.status(400).json({ errors: [{ message: err.message, extensions: { ...err.extensions, http: undefined } }] });
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (req.headers['x-request-id'] as string) || randomUUID();
        res.setHeader('x-request-id', requestId);
        const { user, apiKey } = await principalForHeader(services, req.headers.authorization);
        return createContext(services, user, { requestId, ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null, apiKey });
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    wsUrl: `ws://127.0.0.1:${actualPort}/graphql`,
    httpServer,
    close() {
      closing ??= (async () => {
        for (const client of wsServer.clients) client.terminate();
        await apollo.stop();
        await new Promise<void>((r) => wsServer.close(() => r()));
      })();
      return closing;
    },
  };
}
