import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import type { Context } from './context';
import { AppError, ErrorCode, unauthenticated } from './errors';

/** Root fields anyone may call. Everything else needs a signed-in user. */
export const PUBLIC_ROOT_FIELDS = new Set(['login', '__schema', '__type', '__typename']);
/** What a user who must first replace an admin-given password may still do. */
const PASSWORD_CHANGE_FIELDS = new Set([...PUBLIC_ROOT_FIELDS, 'me', 'changePassword']);

/** The root field names an operation selects, through fragments and inline fragments. */
export function rootFieldNames(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
): string[] {
  const names: string[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.push(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments[sel.name.value];
        if (frag) walk(frag.selectionSet, seen);
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return names;
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
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
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
