// A salesperson keeps Kehu open; an admin gives her a task due in half an hour and runs the reminder scans
// (the API documents TASK_DUE as notifying the assignee). The toast arrives over the subscription and the
// bell's count goes up without a reload; the reminder is in the 提醒 inbox.
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

const SALES_EMAIL = 'li.na@kehu.demo';

async function bellCount(page) {
  return Number(await page.getByTestId('notification-bell').getAttribute('data-count'));
}

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const admin = await apiLogin(apiUrl, ADMIN_EMAIL);
  const { users } = await gql(
    apiUrl,
    'query($s: String!) { users(first: 5, filter: { search: $s }) { edges { node { id email } } } }',
    { s: SALES_EMAIL },
    admin.token,
  );
  const sales = users.edges.map((e) => e.node).find((u) => u.email === SALES_EMAIL);
  assert.ok(sales, `${SALES_EMAIL} exists`);

  const page = await newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Shanghai' });
  await page.goto(`${webUrl}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, SALES_EMAIL);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  // The socket is up (heartbeat answered) and the bell has loaded its count.
  await page.locator('[data-testid="live-indicator"][data-state="live"]').waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="notification-bell"][data-state="ready"]').waitFor({ timeout: 15_000 });
  const before = await bellCount(page);

  const title = `回电确认报价 e2e-${Date.now().toString(36)}`;
  const dueAt = new Date(Date.now() + 30 * 60_000).toISOString();
  await gql(
    apiUrl,
    'mutation($i: TaskInput!) { createTask(input: $i) { id } }',
    { i: { title, assigneeId: sales.id, dueAt, priority: 'HIGH' } },
    admin.token,
  );
  const { runReminderScans } = await gql(apiUrl, 'mutation { runReminderScans(kinds: [TASK_DUE]) { kind created } }', {}, admin.token);
  assert.ok(
    runReminderScans.some((r) => r.kind === 'TASK_DUE'),
    'the TASK_DUE scan ran',
  );

  // The toast, pushed live: no reload happened (same page, same URL).
  const toast = page.getByTestId('notification-toast').filter({ hasText: title });
  await toast.waitFor({ timeout: 20_000 });
  assert.match(await toast.innerText(), /任务到期/);
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) > n,
    before,
    { timeout: 10_000 },
  );
  assert.equal(new URL(page.url()).pathname, '/');
  await screenshot(page, 'toast');

  // The bell leads to the inbox, where the reminder waits unread.
  await page.getByTestId('notification-bell').click();
  await page.waitForURL((url) => url.pathname === '/reminders', { timeout: 30_000 });
  const item = page.getByTestId('notification-item').filter({ hasText: title });
  await item.waitFor({ timeout: 15_000 });
  assert.equal(await item.getAttribute('data-read'), 'false');
  await screenshot(page, 'inbox');

  // Marking it read lowers the badge.
  const unread = await bellCount(page);
  await item.getByRole('button', { name: /标为已读/ }).click();
  await item.and(page.locator('[data-read="true"]')).waitFor({ timeout: 10_000 });
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-count')) === n - 1,
    unread,
    { timeout: 10_000 },
  );
  await screenshot(page);

  // On a phone the bell stays in the header and the inbox fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('notification-bell').waitFor();
  assert.ok(await item.isVisible());
  await screenshot(page, 'phone');
};
