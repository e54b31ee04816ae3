import type { AppServices, Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { createNotifications } from '../notifications/notification.service';
import type { Notification } from '../notifications/notification.entity';
import { DeliveryChannel, ReminderKind, SubjectType } from '../notifications/notification.enums';
import { notice } from '@kehu/domain';
import { LEAD_UNIT, loadReminderSettings, type ReminderSetting, type ReminderSettingInput } from './reminder-settings';
import { SCANS } from './scans';

/** Runs one scan now (if its kind is enabled) and returns the notifications it newly created. */
export async function runScan(services: AppServices, kind: ReminderKind): Promise<Notification[]> {
  const scan = SCANS[kind];
  if (!scan) throw new Error(`no scan for ${kind}`);
  const setting = (await loadReminderSettings(services.dataSource)).get(kind);
  if (!setting?.enabled) return [];
  const candidates = await scan({ services, setting, now: services.clock.now(), tz: services.config.businessTimeZone });
  return createNotifications(services, candidates);
}

/** Every scan, one after the other: what the scheduled `reminders-scan` job runs. */
export async function runAllScans(services: AppServices): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const kind of Object.keys(SCANS) as ReminderKind[]) counts[kind] = (await runScan(services, kind)).length;
  return counts;
}

/**
 * 异地登录提醒: for the team/auth engineer to call when a user signs in from a location not seen before.
 * One notification per (user, sign-in moment); returns null when the kind is switched off or it already exists.
 */
export async function notifyNewSignIn(
  services: AppServices,
  signIn: {
    userId: string;
    at: Date;
    /** True for a new address, false for a new device (the sign-in's own words are built from ip/userAgent). */
    newIp?: boolean;
    /** A place named by the caller (e.g. a geolocated city), used as given. */
    location?: string;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<Notification | null> {
  const setting = (await loadReminderSettings(services.dataSource)).get(ReminderKind.NEW_SIGN_IN_LOCATION);
  if (setting && !setting.enabled) return null;
  const [n] = await createNotifications(services, [
    {
      kind: ReminderKind.NEW_SIGN_IN_LOCATION,
      recipientId: signIn.userId,
      content: notice.newSignIn({
        at: signIn.at,
        newIp: signIn.newIp ?? !!signIn.ip,
        ip: signIn.ip,
        userAgent: signIn.userAgent,
        place: signIn.location,
      }),
      subjectType: SubjectType.USER,
      subjectId: signIn.userId,
      customerId: null,
      dueAt: signIn.at,
    },
  ]);
  return n ?? null;
}

export async function reminderSettings(ctx: Context): Promise<ReminderSetting[]> {
  assertCan(requireUser(ctx), 'settings.manage');
  const map = await loadReminderSettings(ctx.dataSource);
  return Object.values(ReminderKind)
    .map((k) => map.get(k))
    .filter((s): s is ReminderSetting => !!s);
}

export async function updateReminderSetting(ctx: Context, kind: ReminderKind, input: ReminderSettingInput): Promise<ReminderSetting> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  const unit = LEAD_UNIT[kind];
  if (input.leadMinutes !== undefined && input.leadMinutes !== null) {
    if (unit !== 'minutes') throw badInput('input.leadMinutes', msg('common.noLeadMinutes'));
    if (!Number.isInteger(input.leadMinutes) || input.leadMinutes < 0 || input.leadMinutes > 43200)
      throw badInput('input.leadMinutes', msg('reminders.leadminutes'));
  }
  if (input.leadDays !== undefined && input.leadDays !== null) {
    if (unit !== 'days') throw badInput('input.leadDays', msg('common.noLeadDays'));
    if (!Number.isInteger(input.leadDays) || input.leadDays < 0 || input.leadDays > 365)
      throw badInput('input.leadDays', msg('reminders.leaddays'));
  }
  const channels = input.channels ? [...new Set(input.channels)].filter((c) => Object.values(DeliveryChannel).includes(c)) : null;
  const current = (await loadReminderSettings(ctx.dataSource)).get(kind)!;
  await ctx.dataSource.query(
    `INSERT INTO reminder_settings AS s (kind, enabled, lead_minutes, lead_days, channels, updated_at, updated_by_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kind) DO UPDATE SET enabled = EXCLUDED.enabled, lead_minutes = EXCLUDED.lead_minutes, lead_days = EXCLUDED.lead_days,
       channels = EXCLUDED.channels, updated_at = EXCLUDED.updated_at, updated_by_id = EXCLUDED.updated_by_id`,
    [
      kind,
      input.enabled ?? current.enabled,
      input.leadMinutes ?? current.leadMinutes,
      input.leadDays ?? current.leadDays,
      channels ?? current.channels,
      ctx.clock.now(),
      user.id,
    ],
  );
  return (await loadReminderSettings(ctx.dataSource)).get(kind)!;
}
