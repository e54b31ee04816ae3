import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { ReminderKind } from '../notifications/notification.enums';
import { ReminderSetting, ReminderSettingInput } from './reminder-settings';
import { reminderSettings, runScan, updateReminderSetting } from './reminder.service';
import { SCANS } from './scans';

@ObjectType({ description: 'What one reminder scan produced' })
class ReminderScanResult {
  @Field(() => ReminderKind, { description: 'The kind scanned' })
  kind: ReminderKind;

  @Field(() => Int, { description: 'Notifications newly created (already existing ones are not counted)' })
  created: number;
}

@Resolver()
export class ReminderResolver {
  @Query(() => [ReminderSetting], { description: '提醒设置 (admin): every reminder kind with its switch, lead time and channels' })
  reminderSettings(@Ctx() ctx: Context) {
    return reminderSettings(ctx);
  }

  @Mutation(() => ReminderSetting, { description: "Change one reminder kind's setting (admin)" })
  updateReminderSetting(
    @Arg('kind', () => ReminderKind, { description: 'The kind' }) kind: ReminderKind,
    @Arg('input', () => ReminderSettingInput, { description: 'Changes' }) input: ReminderSettingInput,
    @Ctx() ctx: Context,
  ) {
    return updateReminderSetting(ctx, kind, input);
  }

  @Mutation(() => [ReminderScanResult], {
    description: 'Run the reminder scans now instead of waiting for the schedule (admin); safe to repeat, nothing is sent twice',
  })
  async runReminderScans(
    @Arg('kinds', () => [ReminderKind], { nullable: true, description: 'Only these kinds (default: all scanned kinds)' })
    kinds: ReminderKind[] | null,
    @Ctx() ctx: Context,
  ): Promise<ReminderScanResult[]> {
    assertCan(requireUser(ctx), 'settings.manage');
    const out: ReminderScanResult[] = [];
    for (const kind of kinds ?? (Object.keys(SCANS) as ReminderKind[])) {
      if (!SCANS[kind]) continue;
      out.push({ kind, created: (await runScan(ctx, kind)).length });
    }
    return out;
  }
}
