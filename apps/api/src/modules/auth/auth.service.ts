import type { DataSource } from 'typeorm';
import { PASSWORD_MAX_LENGTH, validatePassword } from '@kehu/domain';
import type { Config } from '../../config';
import type { AppServices } from '../../graphql/context';
import { formatBusinessTime } from '../reminders/business-format';
import { notifyAccountLocked } from './lockout-notice';
import { signInThrottle } from './sign-in-throttle';
import { AppError, ErrorCode, badInput, msg } from '../../graphql/errors';
import { User } from '../users/user.entity';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { hashPassword, needsRehash, timingSafeMiss, verifyPassword } from './password';
import { issueToken, verifyToken } from './token';
import { recordSignIn } from '../users/sign-ins';

/**
 * Unknown email, wrong password, deactivated and locked account all read the same (code and message) and cost
 * the same hashing work: the answer never tells whether an account exists or is locked.
 */
const invalidCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, msg('auth.wrongEmailPassword'));

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function sessionFor(config: Config, user: User) {
  return {
    token: issueToken(config.authSecret, config.tokenTtlSeconds, user.id, user.tokenVersion),
    expiresAt: new Date(Date.now() + config.tokenTtlSeconds * 1000),
    user,
  };
}

/** Sign-in safety from the source documents: 5 wrong passwords within 15 minutes lock the account for 15 minutes. */
export const LOCKOUT = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

/** Too many attempts from one address or for one email: says when to try again, as people write the time. */
function signInThrottled(retryAt: Date, now: Date, tz: string) {
  const minute = new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000);
  const when = formatBusinessTime(minute, tz);
  return new AppError(ErrorCode.RATE_LIMITED, msg('auth.tooManySignAttempts', { when }), {
    reason: 'SIGN_IN_THROTTLED',
    retryAfterSeconds: Math.max(1, Math.ceil((minute.getTime() - now.getTime()) / 1000)),
  });
}

/** Where the sign-in comes from (for the per-address limit and the sign-in record). */
export interface SignInMeta {
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Signs in. No database connection is held while hashing: the user is read (connection released), the password
 * is hashed off the event loop (password.ts), then the result is written in single statements.
 */
export async function login(services: AppServices, email: string, password: string, meta: SignInMeta = {}) {
  const { dataSource, config, clock } = services;
  const now = clock.now();
  const normalizedEmail = normalizeEmail(email);
  const reservation = await signInThrottle(config).reserve(meta.ip, normalizedEmail, now);
  if (reservation.refused) throw signInThrottled(reservation.retryAt, now, config.businessTimeZone);

  // No password is longer than the policy's 128 characters allows; a megabyte of "password" is not hashed.
  if (password.length > 4 * PASSWORD_MAX_LENGTH) throw invalidCredentials();
  const user = await dataSource.getRepository(User).findOneBy({ email: normalizedEmail });
  // The same work whatever the case: an unknown email hashes against a dummy, a locked account is still checked.
  const ok = user ? await verifyPassword(password, user.passwordHash) : await timingSafeMiss(password);
  const locked = !!user?.lockedUntil && user.lockedUntil > now;
  if (!user || !user.active || locked || !ok) {
    // Guesses at a locked account do not extend the lock.
    if (user?.active && !locked && !ok) {
      const lock = await countFailure(dataSource, user.id, now);
      if (lock.justLocked) await notifyAccountLocked(services, user.id, now, lock.lockedUntil!, LOCKOUT.maxFailures);
    }
    throw invalidCredentials();
  }

  // A hash from before (bcrypt) or at an older cost is replaced now that the password is known to be right.
  const upgraded = needsRehash(user.passwordHash) ? await hashPassword(password) : null;
  await dataSource.query(
    `UPDATE users SET failed_login_count = 0, first_failed_login_at = NULL, locked_until = NULL,
            password_hash = CASE WHEN $2::text IS NOT NULL AND password_hash = $3 THEN $2 ELSE password_hash END
      WHERE id = $1`,
    [user.id, upgraded, user.passwordHash],
  );
  await recordSignIn(dataSource.manager, { userId: user.id, at: now, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null });
  await reservation.refund();
  Object.assign(user, { failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil: null, passwordHash: upgraded ?? user.passwordHash });
  return sessionFor(config, user);
}

/**
 * Counts a wrong password in one UPDATE (concurrent guesses cannot slip past the count): a failure more than
 * the window after the first one starts a new window; the fifth inside it sets locked_until. `justLocked` is true
 * for the failure that locked the account (exactly one, however many guesses race), whose owner is then told.
 */
async function countFailure(dataSource: DataSource, userId: string, now: Date): Promise<{ lockedUntil: Date | null; justLocked: boolean }> {
  const windowStart = new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000);
  const lockEnd = new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000);
  const [rows] = await dataSource.query(
    `WITH next AS (
       SELECT id, CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at <= $2 THEN 1 ELSE failed_login_count + 1 END AS n,
              CASE WHEN first_failed_login_at IS NULL OR first_failed_login_at <= $2 THEN $3::timestamptz ELSE first_failed_login_at END AS first_at
         FROM users WHERE id = $1 FOR UPDATE)
     UPDATE users u SET failed_login_count = next.n, first_failed_login_at = next.first_at,
            locked_until = CASE WHEN next.n >= $4 THEN $5::timestamptz ELSE u.locked_until END
       FROM next WHERE u.id = next.id
     RETURNING u.locked_until, next.n`,
    [userId, windowStart, now, LOCKOUT.maxFailures, lockEnd],
  );
  const lockedUntil: Date | null = rows[0]?.locked_until ?? null;
  return { lockedUntil, justLocked: rows[0]?.n === LOCKOUT.maxFailures };
}

/** The user a bearer token stands for, or null when the token is invalid, revoked, or the user is inactive. */
export async function userFromToken(dataSource: DataSource, config: Config, token: string): Promise<User | null> {
  const claims = verifyToken(config.authSecret, token);
  if (!claims) return null;
  const [user] = hydrate(
    User,
    await preparedQuery(dataSource, `SELECT ${selectColumns(dataSource, User, 'u')} FROM users u WHERE u.id = $1`, [claims.sub]),
  );
  if (!user || !user.active || user.tokenVersion !== claims.tv) return null;
  return user;
}

/** Throws a field-named BAD_USER_INPUT when the password breaks the policy from the source documents. */
export function assertPasswordPolicy(field: string, password: string) {
  const problems = validatePassword(password);
  if (problems.length) throw badInput(field, problems.map((p) => p.message).join('；'), { rules: problems.map((p) => p.code) });
}

/** Changes the password and revokes every other session (token version bump); returns a fresh session. */
export async function changePassword(dataSource: DataSource, config: Config, user: User, currentPassword: string, newPassword: string) {
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw badInput('currentPassword', msg('auth.currentPasswordWrong'));
  }
  assertPasswordPolicy('newPassword', newPassword);
  if (currentPassword === newPassword) throw badInput('newPassword', msg('auth.newPasswordDiffer'));
  const passwordHash = await hashPassword(newPassword);
  const repo = dataSource.getRepository(User);
  await repo
    .createQueryBuilder()
    .update()
    .set({ passwordHash, mustChangePassword: false, tokenVersion: () => 'token_version + 1', version: () => 'version + 1' })
    .where('id = :id', { id: user.id })
    .execute();
  const updated = await repo.findOneByOrFail({ id: user.id });
  return sessionFor(config, updated);
}
