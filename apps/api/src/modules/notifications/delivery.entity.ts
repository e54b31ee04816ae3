import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { DeliveryChannel, DeliveryStatus } from './notification.enums';

@ObjectType({ implements: Node, description: 'One delivery of a notification through an outside channel (email, DingTalk, WeCom)' })
@Entity('notification_deliveries')
export class NotificationDelivery {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  notificationId: string;

  @Field(() => DeliveryChannel, { description: 'The channel' })
  @Column({ type: 'varchar', length: 16 })
  channel: DeliveryChannel;

  @Field(() => DeliveryStatus, { description: 'State of the delivery' })
  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Error of the last failed attempt' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null when sent or given up' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered' })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field({ description: 'When the delivery was queued' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
