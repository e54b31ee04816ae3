import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { Tag } from './tag.entity';
import { hydrate } from '../../db/rows';

export const tagsByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, Tag[]>(async (customerIds) => {
      const rows: (Tag & { customerId: string })[] = hydrate(
        Tag,
        await preparedQuery(
          ctx,
          `SELECT ct.customer_id AS "customerId", t.id, t.name, t.color, t.created_at AS "createdAt"
             FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ANY($1::uuid[]) ORDER BY t.name`,
          [customerIds],
        ),
      ) as (Tag & { customerId: string })[];
      return groupByKey(customerIds, rows, (t) => t.customerId);
    }),
);
