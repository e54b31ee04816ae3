import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, parse, validate, type GraphQLFormattedError, type GraphQLSchema, type DocumentNode } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { logger } from '../common/logger';
import { createContext, type AppServices } from './context';
import { newCostExtension, passGate, settleCost, type CostExtension, type GateInput } from './gate';
import { principalForHeader, type Principal } from './principal';
import type { RateLimiter } from './rate-limit';
import type { Revocation } from './revocation';

/** Close code for a socket whose credentials stopped working (graphql-ws's own code for a refused connection). */
export const REVOKED_CLOSE_CODE = 4403;
/** The same bound as the HTTP body limit (express.json in server.ts). */
const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

type SocketExtra = {
  /** The Authorization value the socket connected with; every operation looks the caller up again from it. */
  authorization?: string | null;
  /** Queries and mutations in flight by message id: what they were charged, to refund the unused part on their result. */
  charged?: Map<string, { gate: Pick<GateInput, 'document' | 'operation' | 'caller' | 'limiter'>; cost: CostExtension }>;
};

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-ws on the HTTP server's /graphql path, behind the same gate as HTTP (gate.ts): each subscribe message
 * is authenticated afresh, parsed, validated and passed through passGate before it executes. Sockets whose
 * user or key is revoked (revocation.ts, from any replica) are re-checked and closed with 4403.
 */
export function startGraphqlWs(
  services: AppServices,
  schema: GraphQLSchema,
  httpServer: Server,
  limiter: RateLimiter | null,
  formatError: Formatter,
): { wsServer: WebSocketServer; dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  /** Open sockets by the principal they signed in as. */
  const open = new Map<WebSocket, { authorization: string; userId: string; apiKeyId: string | null }>();

  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      const formatted = formatError(e.toJSON(), e);
      const { http: _http, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    });

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      // A bad token or key closes the socket (4403); no token may connect, and then passes the gate as anonymous.
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        if (header === undefined || header === null || header === '') return true;
        const principal = await principalForHeader(services, String(header)).catch(() => null);
        if (!principal?.user) return false;
        const socket = ctx.extra.socket;
        ctx.extra.authorization = String(header);
        open.set(socket, { authorization: String(header), userId: principal.user.id, apiKeyId: principal.apiKey?.id ?? null });
        socket.once('close', () => open.delete(socket));
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        let principal: Principal;
        try {
          principal = await principalForHeader(services, ctx.extra.authorization);
        } catch (err) {
          return [err as GraphQLError];
        }
        if (ctx.extra.authorization && !principal.user) {
          return [
            new GraphQLError('登录已失效，请重新登录 (session no longer valid: sign in again)', {
              extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
        }
        const invalid = validate(schema, document);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify operation')];
        const variables = (payload.variables ?? {}) as Record<string, unknown>;
        const ip = ctx.extra.request.socket.remoteAddress ?? null;
        const caller = { user: principal.user, apiKey: principal.apiKey, ip };
        const cost = newCostExtension();
        try {
          await passGate({ schema, document, operation, variables, caller, limiter }, cost);
          if (limiter && operation.operation !== 'subscription') {
            (ctx.extra.charged ??= new Map()).set(_id, { gate: { document, operation, caller, limiter }, cost });
          }
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: createContext(services, principal.user, {
            requestId: randomUUID(),
            ip,
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
            apiKey: principal.apiKey,
            rateLimiter: limiter,
          }),
        };
      },
      onNext: async (ctx, id, _payload, _args, result) => {
        // A query or mutation has one result: refund what it did not return, as over HTTP.
        const charged = ctx.extra.charged?.get(id);
        if (charged) {
          ctx.extra.charged!.delete(id);
          await settleCost(charged.gate, charged.cost, result.data as Record<string, unknown> | null | undefined);
        }
        return result.errors ? { ...result, errors: format(result.errors) } : undefined;
      },
      onError: (ctx, id, _payload, errors) => {
        ctx.extra.charged?.delete(id);
        return format(errors);
      },
      onComplete: (ctx, id) => {
        ctx.extra.charged?.delete(id);
      },
    },
    wsServer,
  );

  /** Re-checks the sockets of a revoked user or key; those that no longer authenticate are closed. */
  async function recheck(revoked: Revocation) {
    for (const [socket, p] of open) {
      const concerned = (revoked.userId && p.userId === revoked.userId) || (revoked.apiKeyId && p.apiKeyId === revoked.apiKeyId);
      if (!concerned) continue;
      const still = await principalForHeader(services, p.authorization).catch(() => null);
      if (still?.user) continue;
      open.delete(socket);
      socket.close(REVOKED_CLOSE_CODE, 'Forbidden: credentials revoked');
    }
  }
  const revocations = services.pubSub.subscribe('PRINCIPAL_REVOKED');
  const listening = (async () => {
    for await (const revoked of revocations) {
      await recheck(revoked).catch((err) => logger.error(`socket revocation check failed: ${(err as Error).message}`));
    }
  })();

  return {
    wsServer,
    async dispose() {
      await revocations.return?.();
      await listening;
      await cleanup.dispose();
    },
  };
}
