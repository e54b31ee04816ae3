import type { ApolloServerPlugin } from '@apollo/server';
import type { FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import type { Context } from './context';
import { AppError, ErrorCode, unauthenticated } from './errors';
import { fragmentsOf, selectedFieldNames } from './selections';

/** Root fields anyone may call. Everything else needs a signed-in user. */
export const PUBLIC_ROOT_FIELDS = new Set(['login', '__schema', '__type', '__typename']);
/** What a user who must first replace an admin-given password may still do. */
const PASSWORD_CHANGE_FIELDS = new Set([...PUBLIC_ROOT_FIELDS, 'me', 'changePassword']);

/** The root field names an operation selects, through fragments and inline fragments. */
export function rootFieldNames(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
): string[] {
  return selectedFieldNames(operation.selectionSet, fragments);
}

/** Refuses, before anything executes, operations the caller is not signed in for. */
export function checkRootAccess(ctx: Pick<Context, 'user'>, fields: string[]) {
  if (!ctx.user) {
    if (fields.some((f) => !PUBLIC_ROOT_FIELDS.has(f))) throw unauthenticated();
    return;
  }
  if (ctx.user.mustChangePassword && fields.some((f) => !PASSWORD_CHANGE_FIELDS.has(f))) {
    throw new AppError(ErrorCode.FORBIDDEN, '请先修改初始密码 (change your initial password first)', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  }
}

export const authPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (!operation) return;
        const fragments = fragmentsOf(document);
        const err = (() => {
          try {
            checkRootAccess(contextValue, rootFieldNames(operation, fragments));
            return null;
          } catch (e) {
            return e as AppError;
          }
        })();
        if (err) {
          // A GraphQL error in the body with HTTP 200, like every other error of this API.
          err.extensions.http = { status: 200 };
          throw err;
        }
      },
    };
  },
};
