/**
 * Shapes shared by the per-area expectation files (see ../access-expectations.ts). Each entry says how to call
 * an operation against the fixture (a customer owned by `owner`, a salesperson two levels below `director`) and what each role gets.
 *
 * Roles signed in: admin; director (MANAGER two levels above the owner: a deep subordinate's data);
 * sales (a SALES colleague of the owner: must never get the data); service (SERVICE).
 * Outcomes: 'ok' (no error; with `reveals` the response must contain the customer's data),
 * 'denied' (NOT_FOUND or FORBIDDEN, or null / an empty list — and never the customer's data),
 * or an exact error code.
 */
export type RoleKey = 'admin' | 'director' | 'sales' | 'service';
export type Outcome = 'ok' | 'denied' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'CONFLICT';

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
  users: { admin: string; director: string; manager: string; owner: string; sales: string; service: string };
}

export interface AccessExpectation {
  call: (f: Fixture) => { query: string; variables?: Record<string, unknown> };
  expect: Record<RoleKey, Outcome>;
  /** For 'ok': the response must contain the customer's secret (proves the data really came back). */
  reveals?: boolean;
  /** Prepares the fixture (SQL) before the call, e.g. deactivate the customer to reactivate it. */
  setup?: 'deactivateCustomer';
}

export const allOk: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'ok', service: 'ok' };
export const adminOnly: Record<RoleKey, Outcome> = { admin: 'ok', director: 'FORBIDDEN', sales: 'FORBIDDEN', service: 'FORBIDDEN' };
/** Read of the colleague's customer: admin, the deep manager and service read it; the colleague never. */
export const scopedRead: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'ok' };
/** Change of the colleague's customer: admin and the deep manager; neither the colleague nor service. */
export const scopedWrite: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'denied' };


/** A selection that returns the customer's secret when the caller may see it. */
export const C = `id name contacts { name } followUps(first: 5) { edges { node { content } } }`;
/** A short random suffix for unique names. */
export const ctr = () => Math.random().toString(36).slice(2, 8);
