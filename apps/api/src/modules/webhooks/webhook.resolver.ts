import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity';
import { WebhookEventType } from './webhook.events';
import * as webhooks from './webhook.service';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryConnection,
  WebhookDeliveryFilter,
  WebhookEndpointConnection,
  WebhookEventConnection,
  RotatedWebhookSecret,
} from './webhook.types';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointConnection, { description: 'Webhook 端点 (admins): where events are sent, newest first' })
  webhookEndpoints(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return webhooks.listWebhookEndpoints(ctx, WebhookEndpointConnection, page);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'Webhook deliveries (admins), newest first, with status and response code' })
  webhookDeliveries(
    @Arg('filter', () => WebhookDeliveryFilter, { nullable: true, description: 'Which deliveries' }) filter: WebhookDeliveryFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return webhooks.listWebhookDeliveries(ctx, WebhookDeliveryConnection, filter, page);
  }

  @Query(() => WebhookEventConnection, {
    description:
      'The event log (admins; kept 30 days), newest first: every event since `since`, for a receiver to reconcile after an outage. API keys need customers:read (and deals:read to see deal events).',
  })
  webhookEvents(
    @Arg('since', () => Date, { description: 'Events at or after this time (at most 30 days back)' }) since: Date,
    @Arg('types', () => [WebhookEventType], { nullable: true, description: 'Only these event types' }) types: WebhookEventType[] | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return webhooks.listWebhookEvents(ctx, WebhookEventConnection, since, types, page);
  }

  @Mutation(() => RotatedWebhookSecret, {
    description:
      'A new signing secret for an endpoint (admins), shown only in the answer. During the overlap both secrets sign (two v1= in Kehu-Signature).',
  })
  rotateWebhookSecret(
    @Arg('id', () => ID, { description: 'Endpoint id' }) id: string,
    @Arg('overlapHours', () => Int, {
      defaultValue: 24,
      description: 'How long the old secret keeps signing too (0–168 hours; 0 ends it now)',
    })
    overlapHours: number,
    @Ctx() ctx: Context,
  ) {
    return webhooks.rotateWebhookSecret(ctx, id, overlapHours);
  }

  @Mutation(() => CreatedWebhookEndpoint, {
    description: 'Subscribe an endpoint to events (admins); the signing secret is in the answer only',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint' }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return webhooks.createWebhookEndpoint(ctx, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'Change, pause or resume an endpoint (admins). `version` must be the one you read.' })
  updateWebhookEndpoint(
    @Arg('id', () => ID, { description: 'Endpoint id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'What to change' }) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return webhooks.updateWebhookEndpoint(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Remove an endpoint and its delivery history (admins)' })
  deleteWebhookEndpoint(@Arg('id', () => ID, { description: 'Endpoint id' }) id: string, @Ctx() ctx: Context) {
    return webhooks.deleteWebhookEndpoint(ctx, id);
  }

  @Mutation(() => WebhookDelivery, { description: 'Send a delivery again now, as a new delivery with the same event id (admins)' })
  redeliverWebhook(@Arg('deliveryId', () => ID, { description: 'The delivery to repeat' }) deliveryId: string, @Ctx() ctx: Context) {
    return webhooks.redeliverWebhook(ctx, deliveryId);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID, { description: 'The endpoint it was sent to' })
  endpointId(@Root() d: WebhookDelivery) {
    return d.endpointId;
  }

  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt to send it, oldest first: time, status code, duration, error' })
  attemptLog(@Root() d: WebhookDelivery, @Ctx() ctx: Context) {
    return ctx.loaders.get(webhooks.attemptsOfDelivery).load(d.id);
  }
}
