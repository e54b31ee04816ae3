import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { NotificationDelivery } from '../notifications/delivery.entity';
import { Notification } from '../notifications/notification.entity';
import { DeliveryChannel, DeliveryStatus } from '../notifications/notification.enums';
import { NotificationDeliveryConnection } from '../notifications/notification.types';
import { notificationById } from '../notifications/notification.loaders';
import { NotificationChannels, NotificationChannelsInput, NotificationChannelTestResult } from './channel.types';
import { testNotificationChannel } from './channel-test-send';
import * as channels from './channel.service';

@Resolver(() => NotificationDelivery)
export class NotificationChannelResolver {
  @Query(() => NotificationChannels, { description: '通知渠道设置 (admin): SMTP, DingTalk and WeCom robots; secrets are never returned' })
  notificationChannels(@Ctx() ctx: Context) {
    return channels.notificationChannels(ctx);
  }

  @Mutation(() => NotificationChannels, { description: 'Configure the notification channels (admin)' })
  updateNotificationChannels(
    @Arg('input', () => NotificationChannelsInput, { description: 'Changes' }) input: NotificationChannelsInput,
    @Ctx() ctx: Context,
  ) {
    return channels.updateNotificationChannels(ctx, input);
  }

  @Mutation(() => NotificationChannelTestResult, {
    description:
      '测试发送 (admin): sends one test message through the channel as saved (switched on or not) and reports the outcome; a failed send is ok: false, not an error. Email goes to your own address.',
  })
  testNotificationChannel(
    @Arg('channel', () => DeliveryChannel, { description: 'The channel to try' }) channel: DeliveryChannel,
    @Ctx() ctx: Context,
  ) {
    return testNotificationChannel(ctx, channel);
  }

  @Query(() => NotificationDeliveryConnection, {
    description: 'Deliveries through outside channels (admin), newest first; `status: FAILED` shows what did not get through',
  })
  notificationDeliveries(
    @Arg('status', () => DeliveryStatus, { nullable: true, description: 'Only deliveries in this state' }) status: DeliveryStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return channels.notificationDeliveries(ctx, status ?? null, page.first, page.after);
  }

  @Mutation(() => NotificationDelivery, { description: 'Retry a FAILED delivery now (admin)' })
  retryNotificationDelivery(@Arg('id', () => ID, { description: 'Delivery id' }) id: string, @Ctx() ctx: Context) {
    return channels.retryNotificationDelivery(ctx, id);
  }

  @FieldResolver(() => Notification, { description: 'The notification delivered' })
  notification(@Root() d: NotificationDelivery, @Ctx() ctx: Context) {
    return ctx.loaders.get(notificationById).load(d.notificationId);
  }
}
