import type { PubSub } from './pubsub';

/**
 * "These credentials may have stopped working": published after a password change, a deactivation or an API key
 * revocation has been committed. Every API replica (through Redis when configured) re-checks its open sockets of
 * that user or key and closes those that no longer authenticate (websocket.ts). HTTP needs nothing: it looks the
 * caller up on every request.
 */
export interface Revocation {
  /** Sockets signed in as this user, or through a key this user owns. */
  userId?: string;
  apiKeyId?: string;
}

export function publishRevocation(pubSub: PubSub, revocation: Revocation): void {
  pubSub.publish('PRINCIPAL_REVOKED', revocation);
}
