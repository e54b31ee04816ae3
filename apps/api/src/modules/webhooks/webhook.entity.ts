import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { JSONObjectScalar } from '../../graphql/scalars';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook.events';

@ObjectType({ implements: Node, description: 'Webhook 端点: an URL Kehu POSTs signed events to' })
@Entity('webhook_endpoints')
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Where events are POSTed (https; http only on loopback, for tests)' })
  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @Field(() => [WebhookEventType], { description: 'The events sent to this endpoint' })
  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  /** The HMAC secret; shown once when created. */
  @Column({ type: 'varchar', length: 100 })
  secret: string;

  /** The secret before the last rotation; it still signs until previousSecretExpiresAt. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  previousSecret: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the secret before the last rotation still signs too (a second v1= in Kehu-Signature); null when no overlap',
  })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the signing secret was last rotated' })
  @Column({ type: 'timestamptz', nullable: true })
  secretRotatedAt: Date | null;

  @Field({ description: 'False while paused: no new deliveries are created' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When the endpoint was added' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the endpoint was last changed' })
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version; send it back when updating' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

@ObjectType({ implements: Node, description: 'One attempt-tracked delivery of one event to one endpoint' })
@Entity('webhook_deliveries')
export class WebhookDelivery {
  @Field(() => ID, { description: 'Unique id (also sent as the Kehu-Delivery header)' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @Field(() => ID, { description: "The event's id: the same for every endpoint and every re-send, for de-duplication" })
  @Column({ type: 'uuid' })
  eventId: string;

  @Field(() => WebhookEventType, { description: 'What happened' })
  @Column({ type: 'varchar', length: 60 })
  eventType: WebhookEventType;

  @Field(() => JSONObjectScalar, { description: "The event data, as sent in the body's `data`" })
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands' })
  @Column({ type: 'varchar', length: 16 })
  status: WebhookDeliveryStatus;

  /** Position of its event in the event log: deliveries of one record go out in this order. */
  @Column({ type: 'bigint' })
  eventSeq: string;

  @Column({ type: 'text', nullable: true })
  aggregateKey: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  leaseToken: string | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one re-sends (redeliverWebhook), if any' })
  @Column({ type: 'uuid', nullable: true })
  redeliveryOfId: string | null;

  @Field(() => Int, { description: 'How many times it was sent' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (pending deliveries)' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last sent' })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer (null: no answer, e.g. a timeout)' })
  @Column({ type: 'int', nullable: true })
  responseCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field({ description: 'When the event happened' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it' })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}

@ObjectType({ description: "One attempt to send a delivery: when, the answer's status code, how long it took, and why it failed" })
@Entity('webhook_attempts')
export class WebhookAttempt {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @Field(() => Int, { description: '1 for the first attempt, then 2, 3 …' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'When it was sent' })
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Milliseconds until the answer (or the failure); null when unknown (the sender stopped)',
  })
  @Column({ type: 'int', nullable: true })
  durationMs: number | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the answer (null: no answer, e.g. a timeout or refused connection)' })
  @Column({ type: 'int', nullable: true })
  responseCode: number | null;

  @Field(() => String, { nullable: true, description: "Why it failed, in our words (never the endpoint's answer)" })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field({ description: 'True when the endpoint answered 2xx' })
  @Column({ type: 'boolean' })
  succeeded: boolean;
}

@ObjectType({
  implements: Node,
  description: 'An event from the event log (kept 30 days): what was sent, or would have been, to subscribed endpoints',
})
@Entity('webhook_events')
export class WebhookEvent {
  @Field(() => ID, { description: "The event id (the body's `id` and the Kehu-Event-Id header)" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Field(() => WebhookEventType, { description: 'What happened' })
  @Column({ type: 'varchar', length: 60 })
  type: WebhookEventType;

  @Field(() => JSONObjectScalar, { description: "The event data, as sent in the body's `data`" })
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  aggregateKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  importId: string | null;

  @Field({ description: 'When it happened' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;
}
