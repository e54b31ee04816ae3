import type { DataSource } from 'typeorm';
import type { AppServices } from '../../graphql/context';
import { logger } from '../../common/logger';
import { onNewSignIn } from '../users/sign-ins';
import { notifyNewSignIn } from './reminder.service';

/**
 * Connects events of other modules to reminders. Call `wireReminders(services)` once per running app
 * (main.ts; the test app). The sign-in listener is registered once per process; it finds the app by the
 * DataSource of the sign-in's transaction, so several apps in one process (tests) never cross databases.
 */
const appsByDataSource = new Map<DataSource, AppServices>();
let registered = false;

export function wireReminders(services: AppServices): void {
  appsByDataSource.set(services.dataSource, services);
  if (registered) return;
  registered = true;
  onNewSignIn(async (em, e) => {
    const app = appsByDataSource.get(em.connection);
    if (!app) return;
    // The notification is written on its own connection: a failure there must never block signing in.
    // The place is said in the reader's language when read: "a new IP address …" or "a new device …".
    await notifyNewSignIn(app, { userId: e.userId, at: e.at, newIp: !!e.newIp, ip: e.ip, userAgent: e.userAgent }).catch((err) =>
      logger.error(`new sign-in notification: ${err}`),
    );
  });
}

/** Forgets an app that stopped (tests start and close many). */
export function unwireReminders(services: Pick<AppServices, 'dataSource'>): void {
  appsByDataSource.delete(services.dataSource);
}
