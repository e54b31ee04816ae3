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
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import { ALL_EVENTS, type WebhookEventType } from './webhook.events';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryFilter,
  WebhookEndpointConnection,
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
    if (err instanceof OutboundRefused) throw badInput(field, msg('webhooks.urlRefused', { reason: err.reason }), { reason: err.reason });
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
  const [e] = hydrate(WebhookEndpoint, await ctx.dataSource.query(`SELECT ${selectColumns(ctx.dataSource, WebhookEndpoint, 't')} FROM webhook_endpoints t WHERE t.id = $1`, [id]));
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

export function listWebhookDeliveries(ctx: Context, Conn: new () => WebhookDeliveryConnection, filter: WebhookDeliveryFilter | null, page: PageArgs) {
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
 * Sends an event again as a new delivery (same event id, so receivers can de-duplicate), due now. The old
 * delivery keeps its history.
 */
export async function redeliverWebhook(ctx: Context, deliveryId: string): Promise<WebhookDelivery> {
  manager(ctx);
  if (!isUuid(deliveryId)) throw notFound('Webhook 投递', deliveryId);
  const rows = await ctx.dataSource.query(
    `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, payload, created_at)
     SELECT $2, endpoint_id, event_id, event_type, payload, $3 FROM webhook_deliveries WHERE id = $1
     RETURNING ${selectColumns(ctx.dataSource, WebhookDelivery, 'webhook_deliveries').replaceAll('webhook_deliveries.', '')}`,
    [deliveryId, randomUUID(), ctx.clock.now()],
  );
  const [delivery] = hydrate(WebhookDelivery, rows);
  if (!delivery) throw notFound('Webhook 投递', deliveryId);
  return delivery;
}
