import type { EntityManager } from 'typeorm';

/** A recorded sign-in; `newIp` / `newDevice` are true when that address or browser was never used by the user before. */
export interface SignInEvent {
  userId: string;
  at: Date;
  ip: string | null;
  userAgent: string | null;
  newIp: boolean;
  newDevice: boolean;
}

/**
 * Called (in the sign-in transaction) for a sign-in from a new IP address or device. The notifications feature
 * registers its "登录异常提醒" here; the first sign-in of an account is not reported (everything is new then).
 */
export type NewSignInListener = (em: EntityManager, event: SignInEvent) => Promise<void>;
const listeners: NewSignInListener[] = [];
export const onNewSignIn = (listener: NewSignInListener) => void listeners.push(listener);

/** Records a successful sign-in and tells the listeners when it comes from somewhere new. */
export async function recordSignIn(
  em: EntityManager,
  s: { userId: string; at: Date; ip: string | null; userAgent: string | null },
): Promise<SignInEvent> {
  const ip = s.ip?.slice(0, 64) ?? null;
  const userAgent = s.userAgent?.slice(0, 300) ?? null;
  const [row] = await em.query(
    `WITH seen AS (
       SELECT EXISTS (SELECT 1 FROM user_sign_ins WHERE user_id = $1) AS any,
              EXISTS (SELECT 1 FROM user_sign_ins WHERE user_id = $1 AND ip IS NOT DISTINCT FROM $3) AS ip,
              EXISTS (SELECT 1 FROM user_sign_ins WHERE user_id = $1 AND user_agent IS NOT DISTINCT FROM $4) AS agent)
     INSERT INTO user_sign_ins (user_id, at, ip, user_agent, new_ip, new_device)
     SELECT $1, $2, $3, $4, seen.any AND NOT seen.ip, seen.any AND NOT seen.agent FROM seen
     RETURNING new_ip, new_device`,
    [s.userId, s.at, ip, userAgent],
  );
  const event: SignInEvent = { userId: s.userId, at: s.at, ip, userAgent, newIp: row.new_ip, newDevice: row.new_device };
  if (event.newIp || event.newDevice) for (const listener of listeners) await listener(em, event);
  return event;
}
