import { AsyncLocalStorage } from 'node:async_hooks';
import { EventSubscriber, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';

/**
 * Closing the gap between "the write committed" and "the response was stored": while a mutation with a claimed
 * Idempotency-Key runs, every transaction it commits also sets its key's `wrote` flag, in that same transaction.
 * If the replica dies after the commit but before storing the response, the retry finds `wrote` and does not run
 * the mutation again (a second row); if it died before any commit, `wrote` is false and the retry may run it.
 *
 * The request's key travels in an AsyncLocalStorage store opened around each /graphql request (http/server.ts)
 * and filled by the idempotency plugin once the key is claimed.
 */
export interface RequestScope {
  idempotency?: { principal: string; key: string };
}
export const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * A TypeORM subscriber: before the outermost COMMIT of a transaction run for an idempotent mutation, mark the key.
 * (@EventSubscriber: TypeORM keeps only decorated classes of the `subscribers` option.)
 */
@EventSubscriber()
export class IdempotencyCommitMarker implements EntitySubscriberInterface {
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const claim = requestScope.getStore()?.idempotency;
    if (!claim) return;
    const runner = event.queryRunner as typeof event.queryRunner & { transactionDepth?: number };
    if (runner.transactionDepth !== undefined && runner.transactionDepth > 1) return; // a savepoint: the outer COMMIT marks
    await runner.query(`UPDATE idempotency_keys SET wrote = true WHERE principal = $1 AND key = $2 AND NOT wrote`, [
      claim.principal,
      claim.key,
    ]);
  }
}
