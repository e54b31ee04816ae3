import type { Context } from '../../graphql/context';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { badInput, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { canonicalHost, checkConfiguredHost, checkUrl, OutboundRefused } from '../../common/outbound/targets';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { NotificationDelivery } from '../notifications/delivery.entity';
import type { DeliveryStatus } from '../notifications/notification.enums';
import { NotificationDeliveryConnection } from '../notifications/notification.types';
import { loadChannelConfigs, type DingTalkConfig, type EmailConfig, type WeComConfig } from './channel-settings';
import { NotificationChannels, type NotificationChannelsInput } from './channel.types';
import { deliverNow } from './delivery.service';

function toView(c: Awaited<ReturnType<typeof loadChannelConfigs>>): NotificationChannels {
  const e = c.EMAIL.config;
  return Object.assign(new NotificationChannels(), {
    email: {
      enabled: c.EMAIL.enabled,
      host: e.host ?? null,
      port: e.port ?? null,
      secure: e.secure ?? false,
      username: e.username ?? null,
      passwordSet: !!e.password,
      from: e.from ?? null,
    },
    dingTalk: { enabled: c.DINGTALK.enabled, webhookUrl: c.DINGTALK.config.webhookUrl ?? null, secretSet: !!c.DINGTALK.config.secret },
    weCom: { enabled: c.WECOM.enabled, webhookUrl: c.WECOM.config.webhookUrl ?? null },
  });
}

export async function notificationChannels(ctx: Context) {
  assertCan(requireUser(ctx), 'settings.manage');
  return toView(await loadChannelConfigs(ctx.dataSource));
}

/** A robot URL or mail host must pass the outbound gate now (and is checked again at every delivery). */
async function checkDestination(ctx: Context, field: string, check: () => Promise<unknown>) {
  try {
    await check();
  } catch (err) {
    if (err instanceof OutboundRefused) throw badInput(field, err.words, { reason: err.reason });
    throw err;
  }
}

const webhookUrl = (ctx: Context, field: string, value: string) =>
  checkDestination(ctx, field, async () => checkConfiguredHost(ctx.config.outbound, checkUrl(ctx.config.outbound, value).hostname));

const mailHost = (ctx: Context, field: string, value: string) =>
  checkDestination(ctx, field, async () => checkConfiguredHost(ctx.config.outbound, canonicalHost(value)));

/** Keeps omitted fields, clears a field given as "" (secrets included), validates what a switched-on channel needs. */
function merge<T extends object>(current: T, changes: Record<string, unknown>): T {
  const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === null || k === 'enabled') continue;
    if (v === '') delete next[k];
    else next[k] = typeof v === 'string' ? v.trim() : v;
  }
  return next as T;
}

export async function updateNotificationChannels(ctx: Context, input: NotificationChannelsInput) {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  // Destinations are checked before the transaction: resolving a name must not hold a connection.
  if (input.email?.host) await mailHost(ctx, 'input.email.host', input.email.host);
  if (input.dingTalk?.webhookUrl) await webhookUrl(ctx, 'input.dingTalk.webhookUrl', input.dingTalk.webhookUrl);
  if (input.weCom?.webhookUrl) await webhookUrl(ctx, 'input.weCom.webhookUrl', input.weCom.webhookUrl);
  await ctx.dataSource.transaction(async (em) => {
    const current = await loadChannelConfigs(em);
    const save = async (channel: string, enabled: boolean, config: object) =>
      em.query(
        `INSERT INTO channel_settings (channel, enabled, config, updated_at, updated_by_id) VALUES ($1, $2, $3::jsonb, $4, $5)
         ON CONFLICT (channel) DO UPDATE SET enabled = EXCLUDED.enabled, config = EXCLUDED.config, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
        [channel, enabled, JSON.stringify(config), ctx.clock.now(), user.id],
      );
    if (input.email) {
      const cfg = merge<EmailConfig>(current.EMAIL.config, { ...input.email });
      const enabled = input.email.enabled ?? current.EMAIL.enabled;
      if (cfg.port !== undefined && (!Number.isInteger(cfg.port) || cfg.port < 1 || cfg.port > 65535))
        throw badInput('input.email.port', msg('channels.port'));
      if (enabled && !cfg.host) throw badInput('input.email.host', msg('channels.hostRequired'));
      if (enabled && !cfg.port) throw badInput('input.email.port', msg('channels.portRequired'));
      if (enabled && !cfg.from) throw badInput('input.email.from', msg('channels.fromRequired'));
      await save('EMAIL', enabled, cfg);
    }
    if (input.dingTalk) {
      const cfg = merge<DingTalkConfig>(current.DINGTALK.config, { ...input.dingTalk });
      const enabled = input.dingTalk.enabled ?? current.DINGTALK.enabled;
      if (enabled && !cfg.webhookUrl) throw badInput('input.dingTalk.webhookUrl', msg('channels.webhookurlRequired'));
      await save('DINGTALK', enabled, cfg);
    }
    if (input.weCom) {
      const cfg = merge<WeComConfig>(current.WECOM.config, { ...input.weCom });
      const enabled = input.weCom.enabled ?? current.WECOM.enabled;
      if (enabled && !cfg.webhookUrl) throw badInput('input.weCom.webhookUrl', msg('channels.webhookurlRequired2'));
      await save('WECOM', enabled, cfg);
    }
  });
  return toView(await loadChannelConfigs(ctx.dataSource));
}

/** Deliveries for admins, newest first; `status: FAILED` lists what did not get through. */
export async function notificationDeliveries(
  ctx: Context,
  status: DeliveryStatus | null,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  assertCan(requireUser(ctx), 'settings.manage');
  const limit = pageSize(first);
  const params: unknown[] = [limit + 1, status];
  let where = `($2::varchar IS NULL OR d.status = $2)`;
  if (after) {
    const [at, id] = decodeCursor(after, 2);
    if (typeof at !== 'string' || !isUuid(id)) throw badInput('after', msg('channels.invalidCursor'));
    params.push(at, id);
    where += ` AND (d.created_at, d.id) < ($3::timestamptz, $4::uuid)`;
  }
  const rows = hydrate(
    NotificationDelivery,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, NotificationDelivery, 'd')} FROM notification_deliveries d WHERE ${where} ORDER BY d.created_at DESC, d.id DESC LIMIT $1`,
      params,
    ),
  );
  return toConnection(
    NotificationDeliveryConnection,
    rows,
    limit,
    (d) => [cursorTime(d.createdAt), d.id],
    async () =>
      (
        await ctx.dataSource.query(
          `SELECT count(*)::int AS n FROM notification_deliveries d WHERE ($1::varchar IS NULL OR d.status = $1)`,
          [status],
        )
      )[0].n,
    !!after,
  );
}

/** An admin retries a failed delivery now (after fixing the channel settings, say). */
export async function retryNotificationDelivery(ctx: Context, id: string) {
  assertCan(requireUser(ctx), 'settings.manage');
  if (!isUuid(id)) throw notFound('投递记录', id);
  const [rows] = await ctx.dataSource.query(
    `UPDATE notification_deliveries SET status = 'PENDING', next_attempt_at = $2, updated_at = $2 WHERE id = $1 AND status = 'FAILED' RETURNING notification_id`,
    [id, ctx.clock.now()],
  );
  if (!rows.length) {
    const exists = await ctx.dataSource.query(`SELECT 1 FROM notification_deliveries WHERE id = $1`, [id]);
    if (!exists.length) throw notFound('投递记录', id);
  } else await deliverNow(ctx, [rows[0].notification_id]);
  return hydrate(
    NotificationDelivery,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, NotificationDelivery, 'd')} FROM notification_deliveries d WHERE d.id = $1`,
      [id],
    ),
  )[0];
}
