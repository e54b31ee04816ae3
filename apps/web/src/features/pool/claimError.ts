import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * A lost claim race: CONFLICT with reason ALREADY_CLAIMED. `claimedBy` is the winner's name when the API
 * tells it (it names the owner, like duplicate checks do), otherwise null.
 */
export function claimConflict(error: unknown): { claimedBy: string | null } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions as { code?: unknown; claimedBy?: unknown } | undefined;
  if (ext?.code !== 'CONFLICT') return null;
  return { claimedBy: typeof ext.claimedBy === 'string' && ext.claimedBy ? ext.claimedBy : null };
}
