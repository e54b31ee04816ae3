import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { getNamedType, GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fragmentsOf, selectedFieldNames } from './selections';
import { requestScope } from './idempotency-commit';
import type { Context } from './context';
import { ErrorCode } from './errors';
import { bucketKey } from './gate';
import {
  assertValidKey,
  claimIdempotencyKey,
  IDEMPOTENCY,
  releaseIdempotencyKey,
  requestHash,
  storeIdempotentResponse,
  type StoredResponse,
} from './idempotency';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Answers that carry a secret (a session token, an API key or signing secret, a download link): never kept in the
 * idempotency table, where they would outlive their hashed or short-lived originals. These mutations ignore the key.
 */
const SECRET_BEARING_TYPES = new Set(['AuthPayload', 'CreatedApiKey', 'CreatedWebhookEndpoint', 'ExportLink']);

function returnsSecret(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fields = schema.getMutationType()?.getFields() ?? {};
  return selectedFieldNames(operation.selectionSet, fragmentsOf(document)).some((name) => {
    const field = fields[name];
    return !!field && SECRET_BEARING_TYPES.has(getNamedType(field.type).name);
  });
}

/** A GraphQL error answer built here, where Apollo's error formatting does not run (HTTP 200, like other errors). */
const errorResponse = (err: GraphQLError): GraphQLResponse => ({
  http: { status: 200, headers: new HeaderMap() },
  body: { kind: 'single', singleResult: { errors: [{ message: err.message, extensions: err.extensions }] } },
});

/**
 * The `Idempotency-Key` header on the HTTP path (idempotency.ts): a mutation that passed the gate claims its key
 * before it runs, replays the stored response instead of running again, or is refused with CONFLICT.
 */
export function idempotencyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY.header) ?? null;
      if (key === null) return;
      let claimed: { principal: string } | null = null;
      return {
        async responseForOperation({ operation, document, schema, contextValue, source, request: req }) {
          if (operation?.operation !== 'mutation') return null; // a read is safe to repeat: the key is ignored
          if (returnsSecret(schema, document, operation)) return null;
          try {
            assertValidKey(key);
            const principal = bucketKey(contextValue);
            const hash = requestHash(source ?? '', req.operationName, req.variables);
            const claim = await claimIdempotencyKey(contextValue.dataSource, principal, key, hash, contextValue.clock.now());
            if (claim.kind === 'claimed') {
              claimed = { principal };
              const scope = requestScope.getStore();
              if (scope) scope.idempotency = { principal, key };
              return null;
            }
            const headers = new HeaderMap([['idempotent-replayed', 'true']]);
            return { http: { status: 200, headers }, body: { kind: 'single', singleResult: claim.response } };
          } catch (err) {
            if (err instanceof GraphQLError) return errorResponse(err);
            throw err;
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (!claimed || response.body.kind !== 'single') return;
          const scope = requestScope.getStore();
          if (scope) scope.idempotency = undefined;
          const { data, errors } = response.body.singleResult;
          const failed = errors?.some(
            (e) => !KNOWN_CODES.has(String(e.extensions?.code)) || e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR,
          );
          if (!failed || !(await releaseIdempotencyKey(contextValue.dataSource, claimed.principal, key))) {
            const stored: StoredResponse = errors ? { data, errors } : { data };
            await storeIdempotentResponse(contextValue.dataSource, claimed.principal, key, stored, contextValue.clock.now());
          }
        },
      };
    },
  };
}
