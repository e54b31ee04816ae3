import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { Task } from './task.entity';

/** Every task of each requested customer (open first, then by due time), in one statement. */
export const tasksByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, Task[]>(async (customerIds) => {
      const rows = hydrate(
        Task,
        await preparedQuery(
          ctx,
          `SELECT ${selectColumns(ctx.dataSource, Task, 't')} FROM tasks t WHERE t.customer_id = ANY($1::uuid[]) ORDER BY (t.status = 'OPEN') DESC, t.due_at, t.id`,
          [customerIds],
        ),
      );
      return groupByKey(customerIds, rows, (t) => t.customerId!);
    }),
);
