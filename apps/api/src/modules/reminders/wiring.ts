import type { DataSource } from 'typeorm';
import type { AppServices } from '../../graphql/context';
import { logger } from '../../common/logger';
import { onNewSignIn, type SignInEvent } from '../users/sign-ins';
import { notifyNewSignIn } from './reminder.service';

/**
 * Connects events of other modules to reminders. Call `wireReminders(services)` once per running app
 * (main.ts; the test app). The sign-in listener is registered once per process; it finds the app by the
 * DataSource of the sign-in's transaction, so several apps in one process (tests) never cross databases.
 */
const appsByDataSource = new Map<DataSource, AppServices>();
let registered = false;

/** Where the sign-in came from, for the notification's title. */
export function signInLocation(e: Pick<SignInEvent, 'ip' | 'userAgent' | 'newIp' | 'newDevice'>): string {
  if (e.newIp) return `新的 IP 地址 ${e.ip ?? '未知'}`;
  return `新的设备 ${(e.userAgent ?? '未知设备').slice(0, 60)}`;
}

export function wireReminders(services: AppServices): void {
  appsByDataSource.set(services.dataSource, services);
  if (registered) return;
  registered = true;
  onNewSignIn(async (em, e) => {
    const app = appsByDataSource.get(em.connection);
    if (!app) return;
    // The notification is written on its own connection: a failure there must never block signing in.
    await notifyNewSignIn(app, { userId: e.userId, at: e.at, location: signInLocation(e), ip: e.ip, userAgent: e.userAgent }).catch((err) =>
      logger.error(`new sign-in notification: ${err}`),
    );
  });
}

/** Forgets an app that stopped (tests start and close many). */
export function unwireReminders(services: Pick<AppServices, 'dataSource'>): void {
  appsByDataSource.delete(services.dataSource);
}
