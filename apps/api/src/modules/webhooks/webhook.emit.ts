import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { WebhookEventType } from './webhook.events';

/**
 * Records an event for every active webhook endpoint subscribed to it — one INSERT in the CALLER'S
 * transaction (an outbox): if the change rolls back, no webhook goes out; if it commits, the dispatcher
 * delivers it even after a crash. Sending happens later, in the background (webhook.dispatcher.ts), so a slow
 * endpoint never slows the mutation.
 *
 *   await emitEvent(em, 'contract.signed', { id: contract.id, customerId, amount }, { at: ctx.clock.now() });
 *
 * Keep payloads small and stable (ids, the fields that changed); receivers fetch details over GraphQL.
 * Money goes as a decimal string, times as ISO strings.
 */
export async function emitEvent(
  em: EntityManager,
  type: WebhookEventType,
  payload: Record<string, unknown>,
  opts: { at?: Date } = {},
): Promise<void> {
  await em.query(
    `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, created_at)
     SELECT e.id, $1::uuid, $2::varchar, $3::jsonb, COALESCE($4::timestamptz, now()) FROM webhook_endpoints e
      WHERE e.active AND $2::text = ANY(e.events)`,
    [randomUUID(), type, JSON.stringify(payload), opts.at ?? null],
  );
}

/** Many events of one type in one INSERT (bulk moves: a departing user's customers), each with its own event id. */
export async function emitEvents(
  em: EntityManager,
  type: WebhookEventType,
  payloads: Record<string, unknown>[],
  opts: { at?: Date } = {},
): Promise<void> {
  if (!payloads.length) return;
  await em.query(
    `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload, created_at)
     SELECT e.id, p.event_id, $2::varchar, p.payload, COALESCE($4::timestamptz, now())
       FROM unnest($1::uuid[], $3::jsonb[]) AS p(event_id, payload)
       JOIN webhook_endpoints e ON e.active AND $2::text = ANY(e.events)`,
    [payloads.map(() => randomUUID()), type, payloads.map((p) => JSON.stringify(p)), opts.at ?? null],
  );
}
