import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { Visit } from './visit.entity';
import { STATS_SQL, toStats } from './visit.service';
import type { SatisfactionStats } from './visit.types';

/** Every visit of each requested customer, latest planned first, in one statement. */
export const visitsByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, Visit[]>(async (customerIds) => {
      const rows = hydrate(
        Visit,
        await preparedQuery(
          ctx,
          `SELECT ${selectColumns(ctx.dataSource, Visit, 'v')} FROM visits v WHERE v.customer_id = ANY($1::uuid[]) ORDER BY v.planned_at DESC, v.id DESC`,
          [customerIds],
        ),
      );
      return groupByKey(customerIds, rows, (v) => v.customerId);
    }),
);

export const satisfactionByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, SatisfactionStats>(async (customerIds) => {
      const rows: { customer_id: string; total: number; very: number; sat: number; neutral: number; dis: number }[] = await preparedQuery(
        ctx,
        `SELECT v.customer_id, ${STATS_SQL} FROM visits v WHERE v.customer_id = ANY($1::uuid[]) AND v.actual_at IS NOT NULL GROUP BY v.customer_id`,
        [customerIds],
      );
      const map = new Map(rows.map((r) => [r.customer_id, r]));
      return customerIds.map((id) => toStats(map.get(id) ?? { total: 0, very: 0, sat: 0, neutral: 0, dis: 0 }));
    }),
);
