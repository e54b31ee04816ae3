/**
 * Shapes shared by the per-area expectation files (see ../access-expectations.ts). Each entry says how to call
 * an operation against the fixture (a customer owned by `owner`, a salesperson two levels below `director`) and what each role gets.
 * The fixture is made by ../authorization-fixture.ts; its `owner` is a new salesperson each time (their name carries the secret too).
 *
 * Roles signed in: admin; director (MANAGER two levels above the owner: a deep subordinate's data);
 * sales (a SALES colleague of the owner: must never get the data); service (SERVICE).
 * Outcomes: 'ok' (no error; with `reveals` the response must contain the customer's data),
 * 'scoped' (no error, and never the customer's data: the caller gets only what is in their own scope, e.g. a
 * report over their own customers or their own inbox),
 * 'denied' (NOT_FOUND or FORBIDDEN, or null / an empty list — and never the customer's data),
 * or an exact error code. Whatever the outcome, `sales` never gets the customer's data.
 */
export type RoleKey = 'admin' | 'director' | 'sales' | 'service';
export type Outcome = 'ok' | 'scoped' | 'denied' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'CONFLICT';

/** Fresh per (operation, role): nothing one call changes leaks into another. */
export interface Fixture {
  /** A customer of `owner`, with two contacts (contactId: the second) and a follow-up by the owner; its texts carry `secret`. */
  customerId: string;
  contactId: string;
  followUpId: string;
  version: number;
  secret: string;
  /** A customer of `owner` in the recycle bin. */
  deletedCustomerId: string;
  /** A customer in the public pool. */
  poolCustomerId: string;
  /** A custom field definition. */
  customFieldId: string;
  /** A user with no customers (for user-management calls). */
  spareUserId: string;
  spareUserVersion: number;
  /** Today in the business time zone (for dates that may not lie in the future). */
  today: string;
  /** Another customer of `owner`, without deals (to merge into the target, or to delete). */
  otherCustomerId: string;
  /** Deals on the target customer, owned by `owner` (all at version 1): an open opportunity (a lost one too, for reports). */
  opportunityId: string;
  /** Contracts of 10,000.00 with one line, in these states; the signed one carries the plan, receipt and invoice. */
  draftContractId: string;
  pendingContractId: string;
  approvedContractId: string;
  signedContractId: string;
  /** A plan of 5,000.00 due in 30 days; a receipt of 1,000.00 (against no plan) and an invoice of 1,000.00, both today. */
  paymentPlanId: string;
  receiptId: string;
  invoiceId: string;
  /** The owner's open task about the customer (assignee and creator: the owner); the owner also gave `sales` a task about it. */
  taskId: string;
  /** A planned return visit to the customer, planned by the owner for `service` to make. */
  visitId: string;
  /** A notification of the owner's about the task, with a FAILED email delivery. */
  notificationId: string;
  notificationDeliveryId: string;
  /** A product, the deal settings' current version, an API key (acting as the owner), a paused webhook endpoint with a FAILED delivery. */
  productId: string;
  dealSettingsVersion: number;
  apiKeyId: string;
  webhookEndpointId: string;
  webhookDeliveryId: string;
  users: { admin: string; director: string; manager: string; owner: string; sales: string; service: string };
  /** Set by the 'tagCustomer' setup: a tag carried by the target customer only. */
  tagId?: string;
}

export interface AccessExpectation {
  call: (f: Fixture) => { query: string; variables?: Record<string, unknown> };
  expect: Record<RoleKey, Outcome>;
  /** For 'ok': the response must contain the customer's secret (proves the data really came back). */
  reveals?: boolean;
  /** Prepares the fixture (SQL) before the call, e.g. deactivate the customer to reactivate it. */
  setup?: 'deactivateCustomer' | 'tagCustomer';
  /** Called with a session of its own (the call ends the caller's sessions). */
  freshSession?: boolean;
}

export const allOk: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'ok', service: 'ok' };
export const adminOnly: Record<RoleKey, Outcome> = { admin: 'ok', director: 'FORBIDDEN', sales: 'FORBIDDEN', service: 'FORBIDDEN' };
/** Read of the colleague's customer: admin, the deep manager and service read it; the colleague never. */
export const scopedRead: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'ok' };
/** Change of the colleague's customer: admin and the deep manager; neither the colleague nor service. */
export const scopedWrite: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'denied' };
/** Change of a deal (opportunity, contract, money) of the colleague's customer: service staff may not edit deals at all. */
export const dealWrite: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'FORBIDDEN' };
/** Everyone's own slice, e.g. a report: the colleague's data counts for admin, the deep manager and service, never for `sales`. */
export const reportScope: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'scoped', service: 'ok' };
/** Personal data (an inbox): every role gets its own, nobody the owner's. */
export const ownOnly: Record<RoleKey, Outcome> = { admin: 'scoped', director: 'scoped', sales: 'scoped', service: 'scoped' };

/** A selection that returns the customer's secret when the caller may see it. */
export const C = `id name contacts { name } followUps(first: 5) { edges { node { content } } }`;
/** A short random suffix for unique names. */
export const ctr = () => Math.random().toString(36).slice(2, 8);
