// Files on records in the browser: a salesperson uploads a 营业执照 image on the customer 360 page and sees its
// preview; on a phone-size page they pick a photo for a follow-up (the phone's camera input).
import assert from 'node:assert/strict';
import { apiLogin, gql, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';
// A real 1×1 PNG, so the preview has something to decode.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export default async ({ webUrl, apiUrl, newPage, screenshot }) => {
  const sales = await apiLogin(apiUrl, SALES);
  const { customers } = await gql(
    apiUrl,
    `{ customers(filter: { ownership: MINE }, first: 1) { edges { node { id name } } } }`,
    {},
    sales.token,
  );
  const customer = customers.edges[0].node;
  const visitNote = `上门拜访，拍了现场照片 ${Date.now().toString().slice(-6)}`;
  const { createFollowUp } = await gql(
    apiUrl,
    `mutation($c: ID!, $i: FollowUpInput!) { createFollowUp(customerId: $c, input: $i) { id } }`,
    { c: customer.id, i: { method: 'VISIT', content: visitNote } },
    sales.token,
  );

  // Laptop: the 360 page's 附件 tab, category 营业执照, drop the image; its thumbnail opens a preview.
  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, SALES);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/customers/${customer.id}`);
  await page.getByTestId('customer-number').waitFor({ timeout: 30_000 });
  assert.match(await page.getByTestId('customer-number').innerText(), /客户编号 KH-\d{4}-\d{6}/);
  await page.getByRole('tab', { name: '附件' }).click();
  const panel = page.getByTestId('attachments-panel');
  await panel.waitFor();
  await panel.locator('.ant-select').first().click();
  await page.locator('.ant-select-item-option').filter({ hasText: '营业执照' }).first().click();
  const name = `营业执照-${Date.now().toString().slice(-6)}.png`;
  await panel.locator('.ant-upload input[type=file]').setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
  const thumb = panel.getByRole('img', { name });
  await thumb.waitFor({ timeout: 30_000 });
  await thumb.click();
  await page.locator('.ant-image-preview-img').waitFor({ timeout: 15_000 });
  assert.ok(
    await page.locator('.ant-image-preview-img').evaluate((img) => img.complete && img.naturalWidth === 1),
    'the preview shows the uploaded image',
  );
  await screenshot(page, 'licence-preview');

  // 搜索文件 on the customer list finds it by a word of its name and leads back to the customer's files.
  await page.keyboard.press('Escape');
  await page.goto(`${webUrl}/customers`);
  await page.getByRole('button', { name: /搜索文件/ }).click();
  const search = page.getByRole('dialog', { name: '按文件名搜索附件' });
  await search.getByRole('searchbox').fill(name.slice(0, -4));
  await search.getByRole('searchbox').press('Enter');
  await search.getByTestId('file-search-results').getByRole('link', { name }).waitFor({ timeout: 15_000 });
  await screenshot(page, 'file-search');
  await search.getByRole('link', { name: '查看客户' }).first().click();
  await page.waitForURL((url) => url.pathname === `/customers/${customer.id}`, { timeout: 30_000 });

  // Phone: the follow-up's 附件, 拍照 (the camera input), the photo is listed.
  const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(`${webUrl}/login`);
  await signInWithForm(phone, SALES);
  await phone.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await phone.goto(`${webUrl}/customers/${customer.id}`);
  await phone.getByTestId('customer-name').waitFor({ timeout: 30_000 });
  await phone.getByRole('tab', { name: /跟进/ }).first().click();
  const item = phone.getByTestId('follow-up-list').locator('.ant-timeline-item').filter({ hasText: visitNote });
  await item.getByTestId('follow-up-files').click();
  const dialog = phone.getByRole('dialog');
  const photo = `现场照片-${Date.now().toString().slice(-6)}.png`;
  await dialog.getByTestId('attachment-camera-input').setInputFiles({ name: photo, mimeType: 'image/png', buffer: PNG });
  await dialog.getByRole('img', { name: photo }).waitFor({ timeout: 30_000 });
  await screenshot(phone, 'follow-up-photo');

  // The thumbnail may show before the upload has finished: ask the API until it has the file.
  const attached = async () =>
    (
      await gql(
        apiUrl,
        `query($id: ID!) { node(id: $id) { ... on FollowUp { attachments { fileName category } } } }`,
        { id: createFollowUp.id },
        sales.token,
      )
    ).node.attachments.some((a) => a.fileName === photo);
  for (const deadline = Date.now() + 30_000; !(await attached());) {
    assert.ok(Date.now() < deadline, 'the photo is on the follow-up');
    await new Promise((r) => setTimeout(r, 250));
  }
};
