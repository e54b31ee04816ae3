/** Notification texts by kind (title and body), rendered in the reader's language when read. */
export const NOTIFICATION_MESSAGES = {} as const;
