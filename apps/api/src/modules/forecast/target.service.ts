import { isPeriodStart, moneyProblem } from '@kehu/domain';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, forbidden, msg, notFound } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { isInTeam, visibleUserSql } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import type { SalesTargetFilter, SetSalesTargetInput } from './forecast.inputs';
import { SalesTarget } from './sales-target.entity';

/**
 * `setSalesTarget`: admins set any target (the company's too); a manager sets the targets of their team and of the
 * people in it (any depth, themselves included) — never outside it. A person target is for a salesperson or
 * manager, a team target for a manager (the team's leader). Setting again replaces the amount; null removes it.
 */
export async function setSalesTarget(ctx: Context, input: SetSalesTargetInput): Promise<SalesTarget | null> {
  const user = requireUser(ctx);
  assertCan(user, 'target.set');
  if (!isPeriodStart(input.periodStart, input.period)) throw badInput('input.periodStart', msg('forecast.periodStart'));
  const amount = input.amount ?? null;
  if (amount !== null && moneyProblem(amount, { allowZero: true })) throw badInput('input.amount', msg('forecast.targetAmount'));

  let userId: string | null = null;
  if (input.subject === 'COMPANY') {
    if (input.userId) throw badInput('input.userId', msg('forecast.companyNoUser'));
    if (user.role !== 'ADMIN') throw forbidden(msg('forecast.companyAdminOnly'));
  } else {
    if (!input.userId) throw badInput('input.userId', msg('forecast.userRequired'));
    if (!isUuid(input.userId)) throw notFound('User', input.userId);
    userId = input.userId;
    const [target]: { role: string }[] = await ctx.dataSource.query(`SELECT role FROM users WHERE id = $1 AND active`, [userId]);
    if (!target) throw notFound('User', userId);
    if (user.role !== 'ADMIN' && !(await isInTeam(ctx.dataSource.manager, user.id, userId))) throw forbidden(msg('forecast.outsideTeam'));
    if (input.subject === 'TEAM' && target.role !== 'MANAGER') throw badInput('input.userId', msg('forecast.notTeamLeader'));
    if (input.subject === 'PERSON' && target.role !== 'SALES' && target.role !== 'MANAGER') {
      throw badInput('input.userId', msg('forecast.notSalesperson'));
    }
  }

  const key = [input.subject, userId, input.period, input.periodStart];
  if (amount === null) {
    await ctx.dataSource.query(
      `DELETE FROM sales_targets WHERE subject = $1 AND user_id IS NOT DISTINCT FROM $2::uuid AND period = $3 AND period_start = $4::date`,
      key,
    );
    return null;
  }
  const rows = await ctx.dataSource.query(
    `INSERT INTO sales_targets AS t (subject, user_id, period, period_start, amount, set_by_id, updated_at)
     VALUES ($1, $2::uuid, $3, $4::date, $5::numeric, $6::uuid, $7)
     ON CONFLICT (subject, COALESCE(user_id, '00000000-0000-0000-0000-000000000000'::uuid), period, period_start)
     DO UPDATE SET amount = EXCLUDED.amount, set_by_id = EXCLUDED.set_by_id, updated_at = EXCLUDED.updated_at, version = t.version + 1
     RETURNING ${selectColumns(ctx.dataSource, SalesTarget, 't')}`,
    [...key, amount, user.id, ctx.clock.now()],
  );
  return hydrate(SalesTarget, rows)[0];
}

/** `salesTargets(filter)`: the company's and those of the people and teams the caller may see, oldest period first. */
export async function salesTargets(ctx: Context, filter: SalesTargetFilter | null | undefined): Promise<SalesTarget[]> {
  const user = requireUser(ctx);
  assertCan(user, 'forecast.view');
  const f = filter ?? {};
  const params = new SqlParams();
  const where = [`(t.user_id IS NULL OR t.user_id IN (SELECT su.id FROM users su WHERE ${visibleUserSql(user, 'su', params)}))`];
  if (f.period) where.push(`t.period = ${params.p(f.period)}`);
  if (f.from) where.push(`t.period_start >= ${params.p(f.from)}::date`);
  if (f.to) where.push(`t.period_start <= ${params.p(f.to)}::date`);
  const rows = await ctx.dataSource.query(
    `SELECT ${selectColumns(ctx.dataSource, SalesTarget, 't')} FROM sales_targets t LEFT JOIN users u ON u.id = t.user_id
      WHERE ${where.join(' AND ')}
      ORDER BY t.period_start, t.period, CASE t.subject WHEN 'COMPANY' THEN 0 WHEN 'TEAM' THEN 1 ELSE 2 END, u.name, t.id
      LIMIT 2000`,
    params.values,
  );
  return hydrate(SalesTarget, rows);
}
