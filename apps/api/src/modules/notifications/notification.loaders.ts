import DataLoader from 'dataloader';
import { hydrate, selectColumns } from '../../db/rows';
import { byKey, defineLoader } from '../../graphql/loaders';
import { Notification } from './notification.entity';

export const notificationById = defineLoader(
  (ctx) =>
    new DataLoader<string, Notification | null>(async (ids) =>
      byKey(
        ids,
        hydrate(
          Notification,
          await ctx.dataSource.query(
            `SELECT ${selectColumns(ctx.dataSource, Notification, 'n')} FROM notifications n WHERE n.id = ANY($1::uuid[])`,
            [ids],
          ),
        ),
        (n) => n.id,
      ),
    ),
);
