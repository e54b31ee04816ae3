import { changeLogRefs } from '@kehu/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { JSONObjectScalar } from '../../graphql/scalars';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { ChangeLog, ChangeLogName } from './change-log.entity';
import { changeLogNames } from './change-log.loaders';
import { noteMessage, noteText } from './change-log.note';

@Resolver(() => ChangeLog)
export class ChangeLogResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change (null for the system, e.g. the pool reclaim job)' })
  actor(@Root() l: ChangeLog, @Ctx() ctx: Context) {
    return l.actorId ? ctx.loaders.get(userById).load(l.actorId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why, e.g. the release reason or the merge summary (in Chinese; see noteMessage)',
  })
  note(@Root() l: ChangeLog): string | null {
    return noteText(l.note);
  }

  @FieldResolver(() => JSONObjectScalar, {
    nullable: true,
    description: 'The note as a keyed message {key, params} of the message catalogue, to say it in the reader’s language',
  })
  noteMessage(@Root() l: ChangeLog) {
    return noteMessage(l.note);
  }

  @FieldResolver(() => [ChangeLogName], {
    description:
      'Names of the users and records the entry mentions by id (owner, contacts, merged customers, the record itself) and ' +
      'labels of the custom fields it changes, all looked up in one batch for the page',
  })
  async names(@Root() l: ChangeLog, @Ctx() ctx: Context): Promise<ChangeLogName[]> {
    const refs: { kind: string; id: string }[] = changeLogRefs(l);
    for (const c of l.changes) {
      if (c.field !== 'customFields') continue;
      for (const side of [c.before, c.after]) {
        const v = side?.value;
        if (v && typeof v === 'object' && !Array.isArray(v)) for (const key of Object.keys(v)) refs.push({ kind: 'customField', id: key });
      }
    }
    const unique = [...new Map(refs.map((r) => [`${r.kind}:${r.id}`, r])).values()];
    const names = await ctx.loaders.get(changeLogNames).loadMany(unique.map((r) => `${r.kind}:${r.id}`));
    return unique.flatMap((r, i) => {
      const name = names[i];
      return typeof name === 'string' ? [{ kind: r.kind, ref: r.id, name }] : [];
    });
  }
}
