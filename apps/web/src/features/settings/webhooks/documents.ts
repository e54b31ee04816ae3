import { graphql } from '@/gql';

export const WebhookEndpointRowFragment = graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    description
    events
    active
    createdAt
    version
    secretRotatedAt
    previousSecretExpiresAt
  }
`);

export const WebhookEndpointsSettingsQuery = graphql(`
  query WebhookEndpointsSettings {
    webhookEndpoints(first: 100) {
      totalCount
      edges {
        node {
          id
          ...WebhookEndpointRow
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        ...WebhookEndpointRow
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $version: Int!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, version: $version, input: $input) {
      id
      ...WebhookEndpointRow
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const WebhookDeliveryRowFragment = graphql(`
  fragment WebhookDeliveryRow on WebhookDelivery {
    id
    eventId
    eventType
    status
    responseCode
    attempts
    createdAt
    lastAttemptAt
    deliveredAt
    nextAttemptAt
    lastError
    redeliveryOfId
    attemptLog {
      number
      startedAt
      durationMs
      responseCode
      error
      succeeded
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($filter: WebhookDeliveryFilter, $after: String) {
    webhookDeliveries(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...WebhookDeliveryRow
        }
      }
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      ...WebhookDeliveryRow
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!, $overlapHours: Int!) {
    rotateWebhookSecret(id: $id, overlapHours: $overlapHours) {
      secret
      endpoint {
        id
        ...WebhookEndpointRow
      }
    }
  }
`);

export const WebhookEventsQuery = graphql(`
  query WebhookEvents($since: DateTimeISO!, $types: [WebhookEventType!], $after: String) {
    webhookEvents(since: $since, types: $types, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          payload
          createdAt
        }
      }
    }
  }
`);
