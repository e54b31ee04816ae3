import DataLoader from 'dataloader';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import { byKey, defineLoader } from '../../graphql/loaders';
import { User } from './user.entity';

export const userById = defineLoader(
  (ctx) =>
    new DataLoader<string, User | null>(async (ids) =>
      byKey(
        ids,
        hydrate(
          User,
          await preparedQuery(ctx, `SELECT ${selectColumns(ctx.dataSource, User, 'u')} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]),
        ),
        (u) => u.id,
      ),
    ),
);
