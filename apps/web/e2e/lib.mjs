// Helpers shared by the flows (not a flow itself: only files in ./flows are run).
import assert from 'node:assert/strict';

export const DEMO_PASSWORD = 'Kehu@2026!';
export const ADMIN_EMAIL = 'admin@kehu.demo';

/** POST a GraphQL operation straight to the API (setting up data a flow needs). */
export async function gql(apiUrl, query, variables = {}, token) {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.ok(!body.errors?.length, `GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function apiLogin(apiUrl, email, password = DEMO_PASSWORD) {
  const data = await gql(apiUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id name } } }', {
    e: email,
    p: password,
  });
  return data.login;
}

/** Fills the login form and submits it (the page must be on /login). */
export async function signInWithForm(page, email, password = DEMO_PASSWORD) {
  await page.getByLabel('邮箱', { exact: true }).fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Clicks `trigger` until `opened` shows: a click that lands before the page's lazily loaded view has hydrated
 * does nothing, as it would for a person clicking early, who clicks again.
 */
export async function openWith(trigger, opened, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    await trigger.dispatchEvent('click');
    try {
      await opened.waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
    }
  }
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/**
 * The words a person reads (issue 15): fails when the page's visible text shows an ISO instant, a UUID, a raw enum
 * code or an API message in two languages ("中文 (English)"). Call it on every page a flow visits.
 */
const ENUM_CODES = new Set([
  'PROSPECT',
  'ASSIGNED',
  'WON',
  'LOST',
  'IMPORTANT',
  'NORMAL',
  'POTENTIAL',
  'ACTIVE',
  'DEACTIVATED',
  'PHONE',
  'WECHAT',
  'VISIT',
  'EMAIL',
  'OTHER',
  'ADMIN',
  'MANAGER',
  'SALES',
  'SERVICE',
  'INITIAL',
  'NEEDS',
  'PROPOSAL',
  'NEGOTIATION',
  'DRAFT',
  'PENDING',
  'APPROVED',
  'REJECTED',
  'SIGNED',
  'COMPLETED',
  'TERMINATED',
  'STANDARD',
  'SUPPLEMENTARY',
  'VERY_SATISFIED',
  'SATISFIED',
  'NEUTRAL',
  'DISSATISFIED',
  'REGULAR',
  'NEW_CUSTOMER',
  'ISSUE',
]);
export async function expectPeopleText(page, where = pathOf(page)) {
  const text = await page.evaluate(() => document.body.innerText);
  const problems = [];
  const iso = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(text);
  if (iso) problems.push(`ISO instant ${iso[0]}`);
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(text);
  if (uuid) problems.push(`UUID ${uuid[0]}`);
  for (const word of text.split(/[^A-Z_]+/)) if (ENUM_CODES.has(word)) problems.push(`enum code ${word}`);
  const two = /[\u4e00-\u9fff][^\n()]*\s\(([a-z][a-z ,;:'-]{6,})\)/.exec(text);
  if (two) problems.push(`two languages: ${two[0]}`);
  if (problems.length) throw new Error(`${where}: text a person should not read: ${[...new Set(problems)].slice(0, 5).join('; ')}`);
}
