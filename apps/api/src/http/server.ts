import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { AppServices, Context } from '../graphql/context';
import { createContext } from '../graphql/context';
import { gatePlugin } from '../graphql/gate-plugin';
import { idempotencyPlugin } from '../graphql/idempotency-plugin';
import { errorLanguagePlugin, localizeError, callerLocale } from '../graphql/error-language';
import { QUERY_LIMITS, tooComplex } from '../graphql/complexity';
import { createRateLimiter } from '../graphql/rate-limit';
import { BoundedQueryCache, persistedQueryRefusal, RedisQueryCache } from '../graphql/persisted-queries';
import { ErrorCode, msg } from '../graphql/errors';
import { principalForHeader } from '../graphql/principal';
import { startGraphqlWs } from '../graphql/websocket';
import { logger } from '../common/logger';
import { cors } from './cors';
import { clientOf } from './client-context';
import { healthRoute } from './health';
import { exportDownloadRoute } from './exports';
import { requestScope } from '../graphql/idempotency-commit';
import { bulkExportDownloadRoute } from '../modules/bulk-exports/bulk-export.http';
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
        return {
          message: '服务器内部错误',
          path: formatted.path,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageKey: 'common.internal' },
        };
      }
    }
    return formatted;
  };
}

/** Apollo Server (HTTP) and graphql-ws (WebSocket) on one port and one path: /graphql. */
export async function startServer(services: AppServices, schema: GraphQLSchema, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // The web server (and a load balancer on the private network) pass the client's address in X-Forwarded-For;
  // believed only from such neighbours, so the sign-in limits and records see the real address, not the proxy's.
  // Only a configured load balancer's X-Forwarded-For is believed (KEHU_TRUST_PROXY); the web server's relay of the
  // person's browser and address is believed only with the shared secret (http/client-context.ts).
  app.set('trust proxy', services.config.trustProxy ?? false);
  const httpServer = createServer(app);
  const production = services.config.nodeEnv === 'production';

  const limiter = services.config.rateLimit ? createRateLimiter(services.config.rateLimit, services.clock, services.config.redisUrl) : null;
  const ws = startGraphqlWs(services, schema, httpServer, limiter, formatError(production));
  // Automatic persisted queries: a hash instead of the document; shared by every replica through Redis when set.
  const queryCache = services.config.redisUrl ? new RedisQueryCache(services.config.redisUrl) : new BoundedQueryCache();
  const apollo = new ApolloServer<Context>({
    schema,
    persistedQueries: { cache: queryCache },
    // Several operations in one HTTP request (a JSON array), at most QUERY_LIMITS.maxBatch (checked below).
    allowBatchedHttpRequests: true,
    // Anonymous callers are refused by the gate; signed-in ones and keys pay for it like any selection.
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: formatError(production),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; the default cache-control plugin would still wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      // The one gate (graphql/gate.ts), which graphql-ws's onSubscribe passes too.
      gatePlugin(limiter),
      // Idempotency-Key on mutations: claimed once the gate has passed, replayed on a retry (any replica).
      idempotencyPlugin(),
      // Error messages in the caller's language, from extensions.messageKey + params.
      errorLanguagePlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
            },
            async serverWillStop() {
              await limiter?.close();
              if (queryCache instanceof RedisQueryCache) queryCache.close();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(cors);
  app.get('/healthz', healthRoute(services));
  app.get('/files/exports/:token', exportDownloadRoute(services));
  app.get('/files/bulk-exports/:token', bulkExportDownloadRoute(services));
  app.use('/imports', importUploadRoute(services));
  app.use('/files', fileRoutes(services));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    // A store for this request's async work (graphql/idempotency-commit.ts): the commits of an idempotent mutation mark
    // its key. Opened after the body is read: body-parser resumes in the socket's context, which would lose it.
    (_req, _res, next) => requestScope.run({}, next),
    (req, res, next) => {
      if (Array.isArray(req.body) && req.body.length > QUERY_LIMITS.maxBatch) {
        const err = tooComplex('BATCH', msg('http.mostOperationsPerBatch', { maxBatch: QUERY_LIMITS.maxBatch }), {
          batch: req.body.length,
          limit: QUERY_LIMITS.maxBatch,
        });
        const localized = localizeError(
          { message: err.message, extensions: { ...err.extensions, http: undefined } },
          callerLocale(null, req.headers['accept-language']),
        );
        res.status(400).json({ errors: [localized] });
        return;
      }
      // A wrong persisted-query hash or version: BAD_REQUEST with a reason (Apollo alone would answer no code).
      const bodies: unknown[] = req.method === 'GET' ? [req.query] : Array.isArray(req.body) ? req.body : [req.body];
      const refusal = bodies.map(persistedQueryRefusal).find(Boolean);
      if (refusal) {
        res.status(400).json({ errors: [{ message: refusal.message, extensions: refusal.extensions }] });
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (req.headers['x-request-id'] as string) || randomUUID();
        res.setHeader('x-request-id', requestId);
        const { user, apiKey } = await principalForHeader(services, req.headers.authorization);
        const client = clientOf(req, services.config.webForwardSecret);
        return createContext(services, user, { requestId, ip: client.ip, userAgent: client.userAgent, apiKey, rateLimiter: limiter });
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
        for (const client of ws.wsServer.clients) client.terminate();
        await apollo.stop();
        await new Promise<void>((r) => ws.wsServer.close(() => r()));
      })();
      return closing;
    },
  };
}
