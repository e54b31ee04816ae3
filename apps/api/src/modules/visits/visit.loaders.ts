import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { Visit } from './visit.entity';
import { dimensionAverages, DimensionRow, toDimension, VisitScore } from './satisfaction';
import { EMPTY_STATS, STATS_SQL, toStats, type StatsRow } from './visit.service';
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
      const rows: (StatsRow & { customer_id: string })[] = await preparedQuery(
        ctx,
        `SELECT v.customer_id, ${STATS_SQL} FROM visits v WHERE v.customer_id = ANY($1::uuid[]) AND v.actual_at IS NOT NULL GROUP BY v.customer_id`,
        [customerIds],
      );
      const dims = await dimensionAverages(
        ctx.dataSource.manager,
        `SELECT v.customer_id::text AS grp, v.id FROM visits v WHERE v.customer_id = ANY($1::uuid[]) AND v.actual_at IS NOT NULL`,
        [customerIds],
      );
      const map = new Map(rows.map((r) => [r.customer_id, r]));
      return customerIds.map((id) => toStats(map.get(id) ?? EMPTY_STATS, dims.get(id) ?? []));
    }),
);

/** The dimension scores of each requested visit, in the dimensions' order, in one statement. */
export const scoresByVisit = defineLoader(
  (ctx) =>
    new DataLoader<string, VisitScore[]>(async (visitIds) => {
      const rows: (DimensionRow & { visit_id: string; score: number })[] = await preparedQuery(
        ctx,
        `SELECT s.visit_id, s.score, d.key, d.name_zh, d.name_en, d.position, d.active
           FROM visit_scores s JOIN satisfaction_dimensions d ON d.key = s.dimension_key
          WHERE s.visit_id = ANY($1::uuid[]) ORDER BY d.position, d.key`,
        [visitIds],
      );
      const scored = rows.map((r) => ({
        visitId: r.visit_id,
        v: Object.assign(new VisitScore(), { dimension: toDimension(r), score: r.score }),
      }));
      return groupByKey(visitIds, scored, (x) => x.visitId).map((list) => list.map((x) => x.v));
    }),
);
