import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { defineLoader } from '../../graphql/loaders';

export interface ContactDates {
  lastFollowUpAt: Date | null;
  lastVisitAt: Date | null;
  lastOrderDate: string | null;
  lastReceiptDate: string | null;
}

/** The latest follow-up, recorded visit, signed contract and receipt of each requested customer: one statement. */
export const contactDatesByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, ContactDates>(async (ids) => {
      const rows: { id: string; f: Date | null; v: Date | null; o: string | null; r: string | null }[] = await preparedQuery(
        ctx,
        `SELECT c.id,
                (SELECT max(f.at) FROM follow_ups f WHERE f.customer_id = c.id) AS f,
                (SELECT max(v.actual_at) FROM visits v WHERE v.customer_id = c.id AND v.actual_at IS NOT NULL) AS v,
                (SELECT max(k.signed_at)::text FROM contracts k WHERE k.customer_id = c.id AND k.signed_at IS NOT NULL) AS o,
                (SELECT max(r.received_date)::text FROM receipts r WHERE r.customer_id = c.id) AS r
           FROM unnest($1::uuid[]) AS c(id)`,
        [ids],
      );
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const r = map.get(id);
        return { lastFollowUpAt: r?.f ?? null, lastVisitAt: r?.v ?? null, lastOrderDate: r?.o ?? null, lastReceiptDate: r?.r ?? null };
      });
    }),
);
