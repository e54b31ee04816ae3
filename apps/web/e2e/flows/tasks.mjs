// A salesperson opens 任务, creates a task for herself, sees it under 我的任务, completes it with a note
// and finds it under 已完成.
import assert from 'node:assert/strict';
import { signInWithForm } from '../lib.mjs';

export default async ({ webUrl, newPage, screenshot }) => {
  const title = `季度回访 e2e-${Date.now().toString(36)}`;
  const page = await newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Shanghai' });
  await page.goto(`${webUrl}/tasks`);
  await page.waitForURL((url) => url.pathname === '/login');
  await signInWithForm(page, 'li.na@kehu.demo');
  await page.waitForURL((url) => url.pathname === '/tasks', { timeout: 30_000 });
  await page.getByRole('heading', { name: '任务' }).waitFor({ timeout: 30_000 });

  await page.getByRole('button', { name: /新建任务/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建任务' });
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await dialog.getByText('请输入任务标题').waitFor();
  await dialog.getByLabel('标题').fill(title);
  await dialog.getByLabel('优先级').click();
  await page.locator('.ant-select-item-option', { hasText: '紧急' }).click();
  await dialog.getByLabel('描述').fill('确认客户对新产品的反馈意见');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 15_000 });

  const row = page.getByTestId('task-table').locator('tr', { hasText: title });
  await row.waitFor({ timeout: 15_000 });
  assert.match(await row.innerText(), /紧急/);
  assert.match(await row.innerText(), /进行中/);
  await screenshot(page, 'created');

  await row.getByRole('button', { name: /完\s*成$/ }).click();
  const done = page.getByRole('dialog', { name: /完成任务/ });
  await done.getByLabel('完成情况说明').fill('已电话确认，客户满意');
  await done.getByRole('button', { name: /标记完成/ }).click();
  await done.waitFor({ state: 'hidden', timeout: 15_000 });
  await row.waitFor({ state: 'detached', timeout: 15_000 });

  await page.getByLabel('状态').click();
  await page.locator('.ant-select-item-option', { hasText: '已完成' }).click();
  const closed = page.getByTestId('task-table').locator('tr', { hasText: title });
  await closed.waitFor({ timeout: 15_000 });
  assert.match(await closed.innerText(), /已电话确认，客户满意/);
  await screenshot(page);
};
