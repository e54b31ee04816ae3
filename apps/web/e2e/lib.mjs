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
  const data = await gql(
    apiUrl,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id name } } }',
    { e: email, p: password },
  );
  return data.login;
}

/** Fills the login form and submits it (the page must be on /login). */
export async function signInWithForm(page, email, password = DEMO_PASSWORD) {
  await page.getByLabel('邮箱', { exact: true }).fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}
