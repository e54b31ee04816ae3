import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { WebhookEventType } from './webhook.events';

/**
 * Records an event in the event log (webhook_events, kept 30 days for `webhookEvents`) and a delivery for every
 * active webhook endpoint subscribed to it — one statement in the CALLER'S transaction (an outbox): if the change
 * rolls back, no webhook goes out; if it commits, the dispatcher delivers it even after a crash. Sending happens
 * later, in the background (webhook.dispatcher.ts), so a slow endpoint never slows the mutation.
 *
 *   await emitEvent(em, 'contract.signed', { id: contract.id, customerId, amount }, { at: ctx.clock.now() });
 *
 * Keep payloads small and stable (ids, the fields that changed); receivers fetch details over GraphQL.
 * Money goes as a decimal string, times as ISO strings. A payload's `importId` ties the event to an import, whose
 * revert cancels it while undelivered (cancelImportEvents).
 *
 * Order: deliveries of one record (its "aggregate": the customer for everything under a customer) reach an
 * endpoint in the order the events were written; see aggregateKey.
 */
export async function emitEvent(
  em: EntityManager,
  type: WebhookEventType,
  payload: Record<string, unknown>,
  opts: { at?: Date } = {},
): Promise<void> {
  await emitEvents(em, type, [payload], opts);
}

/**
 * The record whose events an endpoint receives in order: the customer (customer.* events are about the customer
 * in `id`; everything else names its `customerId`), or the event's own subject.
 */
export function aggregateKey(type: WebhookEventType, payload: Record<string, unknown>): string | null {
  if (type.startsWith('customer.')) return String(payload.id ?? '') || null;
  if (type.startsWith('import.')) return `import:${payload.id}`;
  const key = payload.customerId ?? payload.id;
  return key == null ? null : String(key);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Many events of one type in one statement (imports, bulk moves), each with its own event id, in the order given. */
export async function emitEvents(
  em: EntityManager,
  type: WebhookEventType,
  payloads: Record<string, unknown>[],
  opts: { at?: Date } = {},
): Promise<void> {
  if (!payloads.length) return;
  await em.query(
    `WITH ev AS (
       INSERT INTO webhook_events (id, type, payload, aggregate_key, import_id, created_at)
       SELECT p.id, $2::varchar, p.payload, p.aggregate_key, p.import_id, COALESCE($6::timestamptz, now())
         FROM unnest($1::uuid[], $3::jsonb[], $4::text[], $5::uuid[]) WITH ORDINALITY AS p(id, payload, aggregate_key, import_id, n)
        ORDER BY p.n
       RETURNING id, seq, type, payload, aggregate_key, created_at)
     INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, created_at, event_seq, aggregate_key)
     SELECT e.id, ev.id, ev.type, ev.payload, ev.created_at, ev.seq, ev.aggregate_key
       FROM ev JOIN webhook_endpoints e ON e.active AND ev.type::text = ANY(e.events)
      ORDER BY ev.seq`,
    [
      payloads.map(() => randomUUID()),
      type,
      payloads.map((p) => JSON.stringify(p)),
      payloads.map((p) => aggregateKey(type, p)),
      payloads.map((p) => (typeof p.importId === 'string' && UUID.test(p.importId) ? p.importId : null)),
      opts.at ?? null,
    ],
  );
}

/**
 * Cancels the undelivered deliveries of an import's events (its revert): they stay listed as CANCELLED and are
 * never sent. A delivery in flight (leased) is left to finish; the revert then announces its customer as purged. Returns how many were cancelled.
 */
export async function cancelImportEvents(em: EntityManager, importId: string): Promise<number> {
  const [, cancelled] = await em.query(
    `UPDATE webhook_deliveries d SET status = 'CANCELLED', next_attempt_at = NULL, last_error = '导入已撤销，未发送 (import reverted: not sent)'
      WHERE d.status = 'PENDING' AND d.lease_until IS NULL AND d.event_id IN (SELECT id FROM webhook_events WHERE import_id = $1)`,
    [importId],
  );
  return Number(cancelled) || 0;
}
