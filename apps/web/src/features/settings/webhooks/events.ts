import type { WebhookEventType } from '@/gql/graphql';

/** Every event an endpoint may subscribe to, customers first (the order admins pick them in). */
export const WEBHOOK_EVENTS: WebhookEventType[] = [
  'CUSTOMER_CREATED',
  'CUSTOMER_UPDATED',
  'CUSTOMER_MERGED',
  'CUSTOMER_CLAIMED',
  'CUSTOMER_RELEASED',
  'CUSTOMER_REASSIGNED',
  'CUSTOMER_DELETED',
  'CUSTOMER_RESTORED',
  'CUSTOMER_PURGED',
  'CONTACT_CREATED',
  'CONTACT_UPDATED',
  'FOLLOW_UP_CREATED',
  'OPPORTUNITY_CREATED',
  'OPPORTUNITY_STAGE_CHANGED',
  'CONTRACT_APPROVED',
  'CONTRACT_SIGNED',
  'RECEIPT_RECORDED',
  'INVOICE_ISSUED',
  'VISIT_RECORDED',
  'TASK_COMPLETED',
  'IMPORT_REVERTED',
];

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The API's rule for an endpoint address, checked as the admin types: https anywhere, plain http only to this
 * machine. The API decides the rest (e.g. private addresses) and names the field when it refuses.
 */
export function webhookUrlProblem(raw: string): 'invalid' | 'https' | 'credentials' | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return 'https';
  if (url.username || url.password) return 'credentials';
  return null;
}
