import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { BidirectionalPageArgs, Connection } from '../../graphql/connection';
import { NotificationDelivery } from './delivery.entity';
import { Notification } from './notification.entity';

@ObjectType({ description: 'A page of notifications, newest first' })
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@ObjectType({ description: 'A page of notification deliveries, newest first' })
export class NotificationDeliveryConnection extends Connection(NotificationDelivery, 'NotificationDelivery') {}

@ArgsType()
export class NotificationsArgs extends BidirectionalPageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only notifications not yet read' })
  unreadOnly: boolean;
}

@ObjectType({ description: 'Result of marking notifications read' })
export class MarkNotificationsReadResult {
  @Field(() => Int, { description: 'How many notifications changed from unread to read' })
  updated: number;

  @Field(() => Int, { description: 'Unread notifications left' })
  unreadCount: number;

  @Field(() => [ID], { description: 'Ids of the notifications that changed' })
  ids: string[];
}
