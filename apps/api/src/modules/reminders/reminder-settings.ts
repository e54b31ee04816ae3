import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { DeliveryChannel, ReminderKind } from '../notifications/notification.enums';

/** Which lead time a kind understands: minutes before an instant, days before a calendar date, or none. */
export const LEAD_UNIT: Record<ReminderKind, 'minutes' | 'days' | null> = {
  FOLLOW_UP_UPCOMING: 'minutes',
  FOLLOW_UP_DUE: null,
  FOLLOW_UP_LAPSED: null,
  VISIT_DUE: 'minutes',
  TASK_DUE: 'minutes',
  TASK_OVERDUE: null,
  CONTACT_BIRTHDAY: 'days',
  CONTRACT_EXPIRING: 'days',
  PAYMENT_DUE: 'days',
  PAYMENT_OVERDUE: null,
  POOL_RECLAIM_WARNING: 'days',
  NEW_SIGN_IN_LOCATION: null,
  CHURN_RISK: null,
};

@ObjectType({ description: '提醒设置: how one kind of reminder behaves (admin)' })
export class ReminderSetting {
  @Field(() => ReminderKind, { description: 'The kind of reminder' })
  kind: ReminderKind;

  @Field({ description: 'Whether the reminder is produced at all' })
  enabled: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes before the due time to remind (kinds due at an instant: follow-up, visit, task); null for other kinds',
  })
  leadMinutes: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days before the due date to remind (calendar kinds: birthday, contract end, payment plan, pool reclaim); null for other kinds',
  })
  leadDays: number | null;

  @Field(() => [DeliveryChannel], { description: 'Outside channels used besides the in-app inbox (always on)' })
  channels: DeliveryChannel[];

  @Field({ description: 'When the setting was last changed' })
  updatedAt: Date;
}

@InputType({ description: 'Changes to a reminder setting; omitted fields stay' })
export class ReminderSettingInput {
  @Field(() => Boolean, { nullable: true, description: 'Turn the reminder on or off' })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minutes before (0–43200), only for kinds with a lead time in minutes' })
  leadMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days before (0–365), only for kinds with a lead time in days' })
  leadDays?: number | null;

  @Field(() => [DeliveryChannel], { nullable: true, description: 'Outside channels (email, DingTalk, WeCom); in-app is always on' })
  channels?: DeliveryChannel[] | null;
}

type Queryable = Pick<EntityManager, 'query'>;

/** Defaults (also inserted by the migration): used when a row is missing, e.g. after the seed's --reset truncation. */
const DEFAULT_LEAD: Partial<Record<ReminderKind, { leadMinutes?: number; leadDays?: number }>> = {
  FOLLOW_UP_UPCOMING: { leadMinutes: 1440 },
  VISIT_DUE: { leadMinutes: 1440 },
  TASK_DUE: { leadMinutes: 60 },
  CONTACT_BIRTHDAY: { leadDays: 3 },
  CONTRACT_EXPIRING: { leadDays: 30 },
  PAYMENT_DUE: { leadDays: 7 },
  POOL_RECLAIM_WARNING: { leadDays: 3 },
};

export async function loadReminderSettings(db: Queryable): Promise<Map<ReminderKind, ReminderSetting>> {
  const rows: {
    kind: ReminderKind;
    enabled: boolean;
    lead_minutes: number | null;
    lead_days: number | null;
    channels: DeliveryChannel[];
    updated_at: Date;
  }[] = await db.query(`SELECT kind, enabled, lead_minutes, lead_days, channels, updated_at FROM reminder_settings`);
  const map = new Map<ReminderKind, ReminderSetting>();
  for (const kind of Object.values(ReminderKind)) {
    const d = DEFAULT_LEAD[kind] ?? {};
    map.set(
      kind,
      Object.assign(new ReminderSetting(), {
        kind,
        enabled: true,
        leadMinutes: d.leadMinutes ?? null,
        leadDays: d.leadDays ?? null,
        channels: [],
        updatedAt: new Date(0),
      }),
    );
  }
  for (const r of rows) {
    map.set(
      r.kind,
      Object.assign(new ReminderSetting(), {
        kind: r.kind,
        enabled: r.enabled,
        leadMinutes: r.lead_minutes,
        leadDays: r.lead_days,
        channels: r.channels,
        updatedAt: r.updated_at,
      }),
    );
  }
  return map;
}
