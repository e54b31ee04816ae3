import { registerEnumType } from 'type-graphql';

/**
 * The events a webhook endpoint can subscribe to. To add one: append it here (GraphQL name → 'area.verb'),
 * then call `emitEvent(em, 'your.event', payload)` inside the transaction that makes the change.
 */
export const WebhookEventType = {
  CUSTOMER_CREATED: 'customer.created',
  CUSTOMER_UPDATED: 'customer.updated',
  CUSTOMER_DELETED: 'customer.deleted',
  CUSTOMER_RESTORED: 'customer.restored',
  CUSTOMER_PURGED: 'customer.purged',
  CUSTOMER_MERGED: 'customer.merged',
  CUSTOMER_CLAIMED: 'customer.claimed',
  CUSTOMER_RELEASED: 'customer.released',
  CUSTOMER_REASSIGNED: 'customer.reassigned',
  CONTACT_CREATED: 'contact.created',
  CONTACT_UPDATED: 'contact.updated',
  FOLLOW_UP_CREATED: 'follow_up.created',
  OPPORTUNITY_CREATED: 'opportunity.created',
  OPPORTUNITY_STAGE_CHANGED: 'opportunity.stage_changed',
  CONTRACT_APPROVED: 'contract.approved',
  CONTRACT_SIGNED: 'contract.signed',
  RECEIPT_RECORDED: 'receipt.recorded',
  INVOICE_ISSUED: 'invoice.issued',
  VISIT_RECORDED: 'visit.recorded',
  TASK_COMPLETED: 'task.completed',
  IMPORT_REVERTED: 'import.reverted',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];

const what: Record<keyof typeof WebhookEventType, string> = {
  CUSTOMER_CREATED: 'A customer was created',
  CUSTOMER_UPDATED: "A customer's fields changed",
  CUSTOMER_DELETED: 'A customer was moved to the recycle bin',
  CUSTOMER_RESTORED: 'A customer came back from the recycle bin',
  CUSTOMER_PURGED: 'A customer was deleted for good (from the recycle bin, or by reverting the import that created it)',
  CUSTOMER_MERGED: 'Duplicate customers were merged into a master',
  CUSTOMER_CLAIMED: 'A customer was claimed from the pool (公海)',
  CUSTOMER_RELEASED: 'A customer was released to the pool (公海)',
  CUSTOMER_REASSIGNED: 'A customer got a new owner',
  CONTACT_CREATED: 'A contact was added to a customer',
  CONTACT_UPDATED: 'A contact changed',
  FOLLOW_UP_CREATED: 'A follow-up (跟进记录) was recorded',
  OPPORTUNITY_CREATED: 'An opportunity (商机) was created',
  OPPORTUNITY_STAGE_CHANGED: 'An opportunity moved to another stage',
  CONTRACT_APPROVED: 'A contract was approved',
  CONTRACT_SIGNED: 'A contract was signed',
  RECEIPT_RECORDED: 'A receipt (回款) was recorded',
  INVOICE_ISSUED: 'An invoice was issued',
  VISIT_RECORDED: 'A return visit (回访) was recorded',
  TASK_COMPLETED: 'A task was completed',
  IMPORT_REVERTED: 'An import was reverted: its customers are gone or back to their old values; its undelivered events were cancelled',
};

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: "An event a webhook endpoint can subscribe to; the payload's `type` is the dotted form (customer.created)",
  valuesConfig: Object.fromEntries(Object.entries(what).map(([k, d]) => [k, { description: d }])) as Record<
    keyof typeof WebhookEventType,
    { description: string }
  >,
});

export const ALL_EVENTS = Object.values(WebhookEventType) as WebhookEventType[];

export const WebhookDeliveryStatus = { PENDING: 'PENDING', SUCCEEDED: 'SUCCEEDED', FAILED: 'FAILED', CANCELLED: 'CANCELLED' } as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent, or to be retried after a failure' },
    SUCCEEDED: { description: 'The endpoint answered 2xx' },
    FAILED: { description: 'Retried for a day without a 2xx answer; can be re-sent by hand' },
    CANCELLED: { description: 'Never sent: the import that caused it was reverted before it went out' },
  },
});
