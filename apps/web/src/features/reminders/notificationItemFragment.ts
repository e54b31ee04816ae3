import { graphql } from '@/gql';

/**
 * The fields of a notification, as the inbox row (NotificationItem) and the bell's toast show them. Its own
 * module: the header's bell needs the fragment, not the inbox row's code.
 */
export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    title
    body
    link
    read
    readAt
    dueAt
    createdAt
  }
`);
