import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { WebhookDelivery, WebhookEndpoint, WebhookEvent } from './webhook.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook.events';

@ObjectType({ description: 'A page of webhook endpoints, newest first' })
export class WebhookEndpointConnection extends Connection(WebhookEndpoint, 'WebhookEndpoint') {}

@ObjectType({ description: 'A page of webhook deliveries, newest first' })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType({ description: 'A page of events from the event log, newest first' })
export class WebhookEventConnection extends Connection(WebhookEvent, 'WebhookEvent') {}

@ObjectType({ description: 'A new webhook endpoint with its signing secret, shown only here' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint, { description: 'The endpoint' })
  endpoint: WebhookEndpoint;

  @Field({ description: 'The secret that signs deliveries (Kehu-Signature); store it now' })
  secret: string;
}

@InputType({ description: 'A new webhook endpoint' })
export class CreateWebhookEndpointInput {
  @Field({
    description:
      'https URL of a public address (plain http and private addresses only for hosts the installation allows in KEHU_OUTBOUND_ALLOW_HOSTS)',
  })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The events to send (at least one)' })
  events: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'What the endpoint is for' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'New URL' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'New event list' })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'New description' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False pauses the endpoint, true resumes it' })
  active?: boolean | null;
}

@InputType({ description: 'Which deliveries to list' })
export class WebhookDeliveryFilter {
  @Field(() => String, { nullable: true, description: "Only this endpoint's deliveries (endpoint id)" })
  endpointId?: string | null;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state' })
  status?: WebhookDeliveryStatus | null;
}

@ObjectType({ description: 'An endpoint with its new signing secret, shown only here' })
export class RotatedWebhookSecret {
  @Field(() => WebhookEndpoint, { description: 'The endpoint; previousSecretExpiresAt says until when the old secret still signs' })
  endpoint: WebhookEndpoint;

  @Field({ description: 'The new secret that signs deliveries from now on; store it now' })
  secret: string;
}
