import type { EntityManager } from 'typeorm';
import { DeliveryChannel } from '../notifications/notification.enums';

/** SMTP server notifications are mailed through. */
export interface EmailConfig {
  host?: string;
  port?: number;
  /** true = TLS from the start (port 465); false = plain, upgraded with STARTTLS when offered. */
  secure?: boolean;
  username?: string;
  password?: string;
  from?: string;
}

/** A DingTalk group robot with 加签 (signing) security. */
export interface DingTalkConfig {
  webhookUrl?: string;
  secret?: string;
}

/** A WeCom (企业微信) group robot. */
export interface WeComConfig {
  webhookUrl?: string;
}

export interface ChannelConfigs {
  EMAIL: { enabled: boolean; config: EmailConfig };
  DINGTALK: { enabled: boolean; config: DingTalkConfig };
  WECOM: { enabled: boolean; config: WeComConfig };
}

type Queryable = Pick<EntityManager, 'query'>;

export async function loadChannelConfigs(db: Queryable): Promise<ChannelConfigs & { updatedAt: Date | null }> {
  const rows: { channel: DeliveryChannel; enabled: boolean; config: Record<string, unknown>; updated_at: Date }[] = await db.query(
    `SELECT channel, enabled, config, updated_at FROM channel_settings`,
  );
  const out = {
    EMAIL: { enabled: false, config: {} },
    DINGTALK: { enabled: false, config: {} },
    WECOM: { enabled: false, config: {} },
    updatedAt: null as Date | null,
  } as ChannelConfigs & { updatedAt: Date | null };
  for (const r of rows) {
    (out as unknown as Record<string, unknown>)[r.channel] = { enabled: r.enabled, config: r.config };
    if (!out.updatedAt || r.updated_at > out.updatedAt) out.updatedAt = r.updated_at;
  }
  return out;
}

/** The channels an admin has switched on (and filled in). */
export async function enabledChannels(db: Queryable): Promise<Set<DeliveryChannel>> {
  const rows: { channel: DeliveryChannel }[] = await db.query(`SELECT channel FROM channel_settings WHERE enabled`);
  return new Set(rows.map((r) => r.channel));
}
