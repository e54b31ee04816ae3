import { randomBytes, randomUUID } from 'node:crypto';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { checkConfiguredHost, checkUrl, OutboundRefused } from '../../common/outbound/targets';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { newestFirst } from '../api-keys/newest-first';
import DataLoader from 'dataloader';
import { defineLoader } from '../../graphql/loaders';
import { hasScope } from '../api-keys/api-key.scopes';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent } from './webhook.entity';
import { ALL_EVENTS, type WebhookEventType } from './webhook.events';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryFilter,
  WebhookEndpointConnection,
  WebhookEventConnection,
} from './webhook.types';

/**
 * https to a public address (plain http and private addresses only for hosts the installation allows in
 * KEHU_OUTBOUND_ALLOW_HOSTS); the name is resolved now and every address checked, and again at each delivery.
 */
export async function cleanWebhookUrl(ctx: Pick<Context, 'config'>, field: string, raw: string): Promise<string> {
  let url: URL;
  try {
    url = checkUrl(ctx.config.outbound, raw);
    await checkConfiguredHost(ctx.config.outbound, url.hostname);
  } catch (err) {
    if (err instanceof OutboundRefused) throw badInput(field, err.words, { reason: err.reason });
    throw err;
  }
  if (url.href.length > 500) throw badInput(field, msg('webhooks.urlTooLong'));
  return url.href;
}

function cleanEvents(field: string, events: WebhookEventType[]): WebhookEventType[] {
  const unique = [...new Set(events)];
  if (!unique.length) throw badInput(field, msg('webhooks.chooseLeastOneEvent'));
  if (unique.some((e) => !ALL_EVENTS.includes(e))) throw badInput(field, msg('webhooks.unknownEvent'));
  return unique;
}

function cleanDescription(field: string, d: string | null | undefined): string | null {
  const v = d?.trim() || null;
  if (v && v.length > 200) throw badInput(field, msg('webhooks.descriptionUpCharacters'));
  return v;
}

async function loadEndpoint(ctx: Context, id: string): Promise<WebhookEndpoint> {
  if (!isUuid(id)) throw notFound('Webhook 端点', id);
  const [e] = hydrate(
    WebhookEndpoint,
    await ctx.dataSource.query(`SELECT ${selectColumns(ctx.dataSource, WebhookEndpoint, 't')} FROM webhook_endpoints t WHERE t.id = $1`, [
      id,
    ]),
  );
  if (!e) throw notFound('Webhook 端点', id);
  return e;
}

const manager = (ctx: Context) => {
  const user = requireUser(ctx);
  assertCan(user, 'integrations.manage');
  return user;
};

export async function createWebhookEndpoint(ctx: Context, input: CreateWebhookEndpointInput) {
  const admin = manager(ctx);
  const url = await cleanWebhookUrl(ctx, 'input.url', input.url);
  const events = cleanEvents('input.events', input.events ?? []);
  const description = cleanDescription('input.description', input.description);
  const secret = 'whsec_' + randomBytes(24).toString('base64url');
  const now = ctx.clock.now();
  const [row] = await ctx.dataSource.query(
    `INSERT INTO webhook_endpoints (url, description, events, secret, created_by_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [url, description, events, secret, admin.id, now],
  );
  return { endpoint: await loadEndpoint(ctx, row.id), secret };
}

export async function updateWebhookEndpoint(ctx: Context, id: string, version: number, input: UpdateWebhookEndpointInput) {
  manager(ctx);
  const before = await loadEndpoint(ctx, id);
  if (before.version !== version) throw staleVersion('Webhook 端点', before.version);
  const url = input.url != null ? await cleanWebhookUrl(ctx, 'input.url', input.url) : before.url;
  const events = input.events != null ? cleanEvents('input.events', input.events) : before.events;
  const description = input.description !== undefined ? cleanDescription('input.description', input.description) : before.description;
  const active = input.active ?? before.active;
  const [, affected] = await ctx.dataSource.query(
    `UPDATE webhook_endpoints SET url = $3, events = $4, description = $5, active = $6, updated_at = $7, version = version + 1
      WHERE id = $1 AND version = $2`,
    [id, version, url, events, description, active, ctx.clock.now()],
  );
  if (!affected) throw staleVersion('Webhook 端点');
  return loadEndpoint(ctx, id);
}

/** Deletes the endpoint with its delivery history. */
export async function deleteWebhookEndpoint(ctx: Context, id: string): Promise<boolean> {
  manager(ctx);
  await loadEndpoint(ctx, id);
  await ctx.dataSource.query(`DELETE FROM webhook_endpoints WHERE id = $1`, [id]);
  return true;
}

export function listWebhookEndpoints(ctx: Context, Conn: new () => WebhookEndpointConnection, page: PageArgs) {
  manager(ctx);
  return newestFirst(ctx, WebhookEndpoint, Conn, 'webhook_endpoints', 'TRUE', new SqlParams(), page);
}

export function listWebhookDeliveries(
  ctx: Context,
  Conn: new () => WebhookDeliveryConnection,
  filter: WebhookDeliveryFilter | null,
  page: PageArgs,
) {
  manager(ctx);
  const params = new SqlParams();
  const where = ['TRUE'];
  if (filter?.endpointId) {
    if (!isUuid(filter.endpointId)) throw badInput('filter.endpointId', msg('webhooks.unknownEndpoint'));
    where.push(`t.endpoint_id = ${params.p(filter.endpointId)}::uuid`);
  }
  if (filter?.status) where.push(`t.status = ${params.p(filter.status)}`);
  return newestFirst(ctx, WebhookDelivery, Conn, 'webhook_deliveries', where.join(' AND '), params, page);
}

/**
 * Sends an event again as a new delivery (same event id, so receivers can de-duplicate; `redeliveryOfId` points
 * back), due now. The old delivery keeps its attempts; the new one lists its own.
 */
export async function redeliverWebhook(ctx: Context, deliveryId: string): Promise<WebhookDelivery> {
  manager(ctx);
  if (!isUuid(deliveryId)) throw notFound('Webhook 投递', deliveryId);
  const rows = await ctx.dataSource.query(
    `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, payload, created_at, event_seq, aggregate_key, redelivery_of_id)
     SELECT $2, endpoint_id, event_id, event_type, payload, $3, event_seq, aggregate_key, id FROM webhook_deliveries WHERE id = $1
     RETURNING ${selectColumns(ctx.dataSource, WebhookDelivery, 'webhook_deliveries').replaceAll('webhook_deliveries.', '')}`,
    [deliveryId, randomUUID(), ctx.clock.now()],
  );
  const [delivery] = hydrate(WebhookDelivery, rows);
  if (!delivery) throw notFound('Webhook 投递', deliveryId);
  return delivery;
}

/** Every attempt of each delivery, oldest first: one query for all the deliveries of a page. */
export const attemptsOfDelivery = defineLoader(
  (ctx) =>
    new DataLoader<string, WebhookAttempt[]>(async (ids) => {
      const rows = hydrate(
        WebhookAttempt,
        await ctx.dataSource.query(
          `SELECT ${selectColumns(ctx.dataSource, WebhookAttempt, 'a')} FROM webhook_attempts a WHERE a.delivery_id = ANY($1::uuid[]) ORDER BY a.started_at, a.number`,
          [ids],
        ),
      );
      const by = new Map<string, WebhookAttempt[]>(ids.map((id) => [id, []]));
      for (const r of rows) by.get(r.deliveryId)?.push(r);
      return ids.map((id) => by.get(id)!);
    }),
);

/** How long the overlap of a rotation may last: up to a week (0 ends the old secret at once). */
export const MAX_OVERLAP_HOURS = 7 * 24;

/**
 * A new signing secret (shown once). Until `overlapHours` have passed, the old secret signs too — the header
 * carries `v1=` for each — so receivers switch when they are ready. Rotating again during an overlap ends the
 * older secret's overlap: only the current secret (now previous) and the new one sign.
 */
export async function rotateWebhookSecret(ctx: Context, id: string, overlapHours: number) {
  manager(ctx);
  if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
    throw badInput('overlapHours', msg('webhooks.overlapHours', { maxOverlapHours: MAX_OVERLAP_HOURS }));
  }
  await loadEndpoint(ctx, id);
  const secret = 'whsec_' + randomBytes(24).toString('base64url');
  const now = ctx.clock.now();
  const until = overlapHours > 0 ? new Date(now.getTime() + overlapHours * 3600_000) : null;
  await ctx.dataSource.query(
    `UPDATE webhook_endpoints SET previous_secret = CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE secret END, previous_secret_expires_at = $3,
            secret = $2, secret_rotated_at = $4, updated_at = $4, version = version + 1
      WHERE id = $1`,
    [id, secret, until, now],
  );
  return { endpoint: await loadEndpoint(ctx, id), secret };
}

/** How far back the event log goes. */
export const EVENT_LOG_DAYS = 30;

const DEAL_EVENTS = /^(opportunity|contract|receipt|invoice)\./;

/**
 * The event log, newest first, for a receiver to reconcile after an outage: every event since `since` (at most
 * 30 days back; an earlier `since` reads from 30 days ago), optionally only some types. Admins (integrations.manage);
 * an API key needs customers:read, and deals:read for opportunity / contract / receipt / invoice events.
 */
export function listWebhookEvents(
  ctx: Context,
  Conn: new () => WebhookEventConnection,
  since: Date,
  types: WebhookEventType[] | null,
  page: PageArgs,
) {
  manager(ctx);
  if (!(since instanceof Date) || Number.isNaN(since.getTime())) throw badInput('since', msg('webhooks.sinceTime'));
  const floor = new Date(ctx.clock.now().getTime() - EVENT_LOG_DAYS * 24 * 3600_000);
  const params = new SqlParams();
  const where = [`t.created_at >= ${params.p(since < floor ? floor : since)}::timestamptz`];
  if (types?.length) where.push(`t.type = ANY(${params.p([...new Set(types)])}::text[])`);
  if (ctx.apiKey && !hasScope(ctx.apiKey.scopes, 'deals', 'read')) where.push(`t.type !~ ${params.p(DEAL_EVENTS.source)}`);
  return newestFirst(ctx, WebhookEvent, Conn, 'webhook_events', where.join(' AND '), params, page);
}
