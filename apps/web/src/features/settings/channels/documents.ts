import { graphql } from '@/gql';

export const NotificationChannelsFragment = graphql(`
  fragment NotificationChannelsForm on NotificationChannels {
    email {
      enabled
      host
      port
      secure
      username
      from
      passwordSet
    }
    dingTalk {
      enabled
      webhookUrl
      secretSet
    }
    weCom {
      enabled
      webhookUrl
    }
  }
`);

export const NotificationChannelsSettingsQuery = graphql(`
  query NotificationChannelsSettings {
    notificationChannels {
      ...NotificationChannelsForm
    }
  }
`);

export const UpdateNotificationChannelsMutation = graphql(`
  mutation UpdateNotificationChannels($input: NotificationChannelsInput!) {
    updateNotificationChannels(input: $input) {
      ...NotificationChannelsForm
    }
  }
`);

export const FailedNotificationDeliveriesQuery = graphql(`
  query FailedNotificationDeliveries($after: String) {
    notificationDeliveries(first: 20, status: FAILED, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          channel
          status
          attempts
          createdAt
          nextAttemptAt
          lastError
          notification {
            id
            kind
            title
          }
        }
      }
    }
  }
`);

export const RetryNotificationDeliveryMutation = graphql(`
  mutation RetryNotificationDelivery($id: ID!) {
    retryNotificationDelivery(id: $id) {
      id
      status
      attempts
      nextAttemptAt
      lastError
    }
  }
`);

export const TestNotificationChannelMutation = graphql(`
  mutation TestNotificationChannel($channel: DeliveryChannel!) {
    testNotificationChannel(channel: $channel) {
      channel
      ok
      status
      error
      recipient
      testedAt
    }
  }
`);
