import type { TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import type { User } from '../users/user.entity';

/** Helpers shared by the customer-graph test files (not a test file itself). */

export interface Team {
  admin: User;
  manager: User;
  sales: User;
  /** A salesperson outside the manager's team. */
  outsider: User;
  service: User;
  token: { admin: string; manager: string; sales: string; outsider: string; service: string };
}

/** An admin, a manager with one salesperson below them, a salesperson outside that team, and a service agent. */
export async function createTeam(app: TestApp): Promise<Team> {
  const ds = app.db.dataSource;
  const admin = await createUser(ds, { role: 'ADMIN', name: '管理员' });
  const manager = await createUser(ds, { role: 'MANAGER', name: '王经理' });
  const sales = await createUser(ds, { role: 'SALES', name: '李销售', managerId: manager.id });
  const outsider = await createUser(ds, { role: 'SALES', name: '赵销售' });
  const service = await createUser(ds, { role: 'SERVICE', name: '陈客服' });
  const [a, m, s, o, sv] = await Promise.all([admin, manager, sales, outsider, service].map((u) => app.login(u.email)));
  return { admin, manager, sales, outsider, service, token: { admin: a, manager: m, sales: s, outsider: o, service: sv } };
}

let phoneSeq = 0;
/** A valid mobile number not used before in this test file. */
export const nextMobile = () => `1390${String(++phoneSeq).padStart(7, '0')}`;

export const CREATE_CUSTOMER = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id version name } }`;

/** Creates a customer over the API (with a first contact and a fresh mobile) and returns its id. */
export async function newCustomer(
  app: TestApp,
  token: string,
  name: string,
  extra: Record<string, unknown> = {},
  contact: Record<string, unknown> = {},
): Promise<string> {
  const data = await app.ok(
    CREATE_CUSTOMER,
    { input: { name, contact: { name: '联系人', mobile: nextMobile(), ...contact }, ...extra } },
    token,
  );
  return data.createCustomer.id;
}

export const ADD_CONTACT = `mutation($c: ID!, $input: ContactInput!, $p: Boolean) { createContact(customerId: $c, input: $input, primary: $p) { id isPrimary version } }`;
export const ADD_FOLLOW_UP = `mutation($c: ID!, $input: FollowUpInput!) { createFollowUp(customerId: $c, input: $input) { id version } }`;

export async function addFollowUp(app: TestApp, token: string, customerId: string, input: Record<string, unknown> = {}): Promise<string> {
  const data = await app.ok(ADD_FOLLOW_UP, { c: customerId, input: { method: 'PHONE', content: '电话沟通需求', ...input } }, token);
  return data.createFollowUp.id;
}

/** The first error's extensions (code, field…), failing loudly when there is none. */
export function errorOf(res: { errors?: { extensions?: Record<string, any>; message: string }[] }) {
  if (!res.errors?.length) throw new Error('expected an error, got data');
  return { ...res.errors[0].extensions, message: res.errors[0].message } as Record<string, any>;
}
