import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, newCustomer, addFollowUp, type Team } from '../customers/customer.test-helpers';
import { baseUrl, FIXTURES, upload, zip } from './file.test-helpers';

let app: TestApp;
let team: Team;
let dataDir: string;
const LIMIT = 1024 * 1024;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kehu-files-'));
  app = await startTestApp({ now: '2026-03-10T02:00:00Z', config: { dataDir, uploadMaxBytes: LIMIT } });
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const root = () => path.join(dataDir, 'files');
/** Stored objects on disk (not counting uploads in progress). */
function storedObjects(): string[] {
  if (!existsSync(root())) return [];
  return readdirSync(root(), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.parentPath.includes('.uploading'))
    .map((d) => path.join(d.parentPath, d.name));
}
const spooled = () => (existsSync(path.join(root(), '.uploading')) ? readdirSync(path.join(root(), '.uploading')) : []);
const fileRows = async () => Number((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM files`))[0].n);
const get = (pathAndQuery: string, token?: string) =>
  fetch(`${baseUrl(app)}${pathAndQuery}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual' });

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Attachment { fileName category contentType size downloadUrl uploadedBy { name } } } }`;
const CUSTOMER_FILES = `query($id: ID!) { customer(id: $id) { attachments { id fileName category } contacts { id attachments { id fileName } } } }`;

async function waitFor(condition: () => boolean | Promise<boolean>) {
  while (!(await condition())) await new Promise((r) => setImmediate(r));
}

describe('files on records', () => {
  it('uploads, previews, downloads and deletes a 营业执照 with its Chinese name kept', async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件上传科技有限公司');
    const up = await upload(
      app,
      team.token.sales,
      { recordId: customerId, category: 'BUSINESS_LICENSE', fileName: '营业执照（副本）.png' },
      FIXTURES.png,
    );
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: '营业执照（副本）.png',
      contentType: 'image/png',
      size: FIXTURES.png.length,
      recordKind: 'CUSTOMER',
      customerId,
    });
    const id = up.body.id!;
    expect(storedObjects()).toHaveLength(1);

    const data = await app.ok(CUSTOMER_FILES, { id: customerId }, team.token.sales);
    expect(data.customer.attachments).toEqual([{ id, fileName: '营业执照（副本）.png', category: 'BUSINESS_LICENSE' }]);
    const node = (await app.ok(NODE, { id }, team.token.sales)).node;
    expect(node).toMatchObject({ __typename: 'Attachment', id, contentType: 'image/png', uploadedBy: { name: '李销售' } });

    // The signed link works without a token (for <img src>), shown inline with the UTF-8 name.
    const preview = await get(node.downloadUrl);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');
    expect(preview.headers.get('content-disposition')).toBe(
      `inline; filename="________.png"; filename*=UTF-8''${encodeURIComponent('营业执照（副本）.png')}`,
    );
    expect(Buffer.from(await preview.arrayBuffer()).equals(FIXTURES.png)).toBe(true);
    // With the caller's credentials, as a download.
    const download = await get(`/files/${id}?download=1`, team.token.manager);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await download.arrayBuffer()).equals(FIXTURES.png)).toBe(true);
    expect((await get(`/files/${id}`)).status).toBe(401);

    // Found by name within scope.
    const found = await app.ok(`{ attachments(filter: { name: "营业执照" }) { id } }`, {}, team.token.sales);
    expect(found.attachments.map((a: { id: string }) => a.id)).toContain(id);

    const del = await app.gql(`mutation($id: ID!) { deleteAttachment(id: $id) { id } }`, { id }, team.token.sales);
    expect(del.errors).toBeUndefined();
    expect((await app.ok(NODE, { id }, team.token.sales)).node).toBeNull();
    expect((await get(`/files/${id}`, team.token.sales)).status).toBe(404);
    expect((await get(node.downloadUrl)).status).toBe(404);
    expect(storedObjects()).toHaveLength(0);
  });

  it('accepts documents, text and files on contacts and follow-ups; the type comes from the bytes', async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件类型测试有限公司');
    const contactId = (await app.ok(CUSTOMER_FILES, { id: customerId }, team.token.sales)).customer.contacts[0].id;
    const card = await upload(
      app,
      team.token.sales,
      { recordKind: 'CONTACT', recordId: contactId, category: 'BUSINESS_CARD', fileName: '名片.jpg' },
      FIXTURES.jpg,
    );
    expect(card.body).toMatchObject({ contentType: 'image/jpeg', recordKind: 'CONTACT', customerId });
    const followUpId = await addFollowUp(app, team.token.sales, customerId);
    const docx = await upload(
      app,
      team.token.sales,
      { recordKind: 'FOLLOW_UP', recordId: followUpId, fileName: '方案.docx' },
      FIXTURES.docx,
    );
    expect(docx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const note = await upload(app, team.token.sales, { recordKind: 'FOLLOW_UP', recordId: followUpId, fileName: 'notes' }, FIXTURES.txt);
    expect(note.body.contentType).toBe('text/plain; charset=utf-8');
    // A PDF named .jpg is stored as what it is.
    expect((await upload(app, team.token.sales, { recordId: customerId, fileName: 'scan.jpg' }, FIXTURES.pdf)).body.contentType).toBe(
      'application/pdf',
    );

    const data = await app.ok(CUSTOMER_FILES, { id: customerId }, team.token.sales);
    expect(data.customer.contacts[0].attachments).toEqual([{ id: card.body.id, fileName: '名片.jpg' }]);
    const fu = await app.ok(
      `query($id: ID!) { node(id: $id) { ... on FollowUp { attachments { fileName } } } }`,
      { id: followUpId },
      team.token.sales,
    );
    expect(fu.node.attachments.map((a: { fileName: string }) => a.fileName).sort()).toEqual(['notes', '方案.docx']);
  });

  it("a list's attachments cost at most one statement more, however many rows", async () => {
    const LIST = (withFiles: boolean) =>
      `{ customers(first: 20) { edges { node { id ${withFiles ? 'attachments { id fileName } contacts { attachments { id } }' : 'contacts { id }'} } } } }`;
    for (const name of ['附件列表甲有限公司', '附件列表乙有限公司', '附件列表丙有限公司']) {
      const c = await newCustomer(app, team.token.sales, name);
      await upload(app, team.token.sales, { recordId: c, fileName: `${name}.png` }, FIXTURES.png);
    }
    const without = await app.gql(LIST(false), {}, team.token.sales);
    const withFiles = await app.gql(LIST(true), {}, team.token.sales);
    expect(withFiles.errors).toBeUndefined();
    expect(withFiles.data!.customers.edges.filter((e: any) => e.node.attachments.length).length).toBeGreaterThanOrEqual(3);
    expect(withFiles.statements - without.statements).toBeLessThanOrEqual(1);
  });

  it('a colleague who may not see the customer gets nothing by id, node, list, link or upload', async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件保密有限公司');
    const id = (await upload(app, team.token.sales, { recordId: customerId, fileName: '机密报价.pdf' }, FIXTURES.pdf)).body.id!;
    const link: string = (await app.ok(NODE, { id }, team.token.sales)).node.downloadUrl;

    expect((await get(`/files/${id}`, team.token.outsider)).status).toBe(404);
    expect((await app.ok(NODE, { id }, team.token.outsider)).node).toBeNull();
    expect((await app.ok(`{ attachments(filter: { name: "机密" }) { id } }`, {}, team.token.outsider)).attachments).toEqual([]);
    // The link names the user it was made for: rewriting it for someone else breaks the signature.
    const forged = link.replace(team.sales.id, team.outsider.id);
    const refused = await get(forged);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).errors[0].extensions.reason).toBe('LINK_INVALID');
    expect((await get(link.replace(/s=[^&]+/, 's=AAAA'))).status).toBe(403);
    const other = await upload(app, team.token.outsider, { recordId: customerId, fileName: 'x.pdf' }, FIXTURES.pdf);
    expect(other.status).toBe(404);
    expect(other.body.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses an expired link', async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件过期链接有限公司');
    const id = (await upload(app, team.token.sales, { recordId: customerId, fileName: 'a.png' }, FIXTURES.png)).body.id!;
    const link: string = (await app.ok(NODE, { id }, team.token.sales)).node.downloadUrl;
    expect((await get(link)).status).toBe(200);
    app.clock.advance(5 * 60 * 1000 + 1000);
    const res = await get(link);
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LINK_EXPIRED' });
  });

  describe('refusals leave nothing behind', () => {
    let customerId: string;
    beforeAll(async () => {
      customerId = await newCustomer(app, team.token.sales, '附件拒绝测试有限公司');
    });
    const nothingLeft = async (rowsBefore: number, objectsBefore: number) => {
      expect(await fileRows()).toBe(rowsBefore);
      expect(storedObjects()).toHaveLength(objectsBefore);
      expect(spooled()).toEqual([]);
    };

    it('oversize, declared or streamed', async () => {
      const [rows, objects] = [await fileRows(), storedObjects().length];
      const big = Buffer.concat([FIXTURES.pdf, Buffer.alloc(LIMIT)]);
      const declared = await upload(app, team.token.sales, { recordId: customerId, fileName: '大文件.pdf' }, big);
      expect(declared.status).toBe(413);
      expect(declared.body.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'file',
        reason: 'FILE_TOO_LARGE',
        limitBytes: LIMIT,
      });
      // Without a Content-Length the limit is found while streaming.
      const chunks = async function* () {
        for (let i = 0; i < 20; i++) yield new Uint8Array(i === 0 ? FIXTURES.pdf : Buffer.alloc(64 * 1024));
      };
      const res = await fetch(`${baseUrl(app)}/files?recordKind=CUSTOMER&recordId=${customerId}&fileName=big.pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${team.token.sales}` },
        body: ReadableStream.from(chunks()),
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(((await res.json()) as any).errors[0].extensions.reason).toBe('FILE_TOO_LARGE');
      await nothingLeft(rows, objects);
    });

    it('a renamed .exe, an unknown zip and a zip bomb', async () => {
      const [rows, objects] = [await fileRows(), storedObjects().length];
      const exe = await upload(app, team.token.sales, { recordId: customerId, fileName: '合同.pdf' }, FIXTURES.exe);
      expect(exe.status).toBe(415);
      expect(exe.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'FILE_TYPE_NOT_ALLOWED' });
      expect(exe.body.errors![0].message).toMatch(/不支持的文件类型/);
      const plainZip = zip([{ name: 'a.txt', data: Buffer.from('hello') }]);
      expect(
        (await upload(app, team.token.sales, { recordId: customerId, fileName: 'a.docx' }, plainZip)).body.errors![0].extensions.reason,
      ).toBe('FILE_TYPE_NOT_ALLOWED');
      const bomb = zip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x41) },
      ]);
      expect(bomb.length).toBeLessThan(LIMIT);
      const refused = await upload(app, team.token.sales, { recordId: customerId, fileName: '炸弹.docx' }, bomb);
      expect(refused.status).toBe(413);
      expect(refused.body.errors![0].extensions).toMatchObject({ field: 'file', reason: 'ZIP_BOMB' });
      const empty = await upload(app, team.token.sales, { recordId: customerId, fileName: 'empty.txt' }, Buffer.alloc(0));
      expect(empty.body.errors![0].extensions).toMatchObject({ field: 'file', reason: 'EMPTY_FILE' });
      await nothingLeft(rows, objects);
    });

    it('bad parameters name their field', async () => {
      const missing = await upload(app, team.token.sales, { recordId: customerId, fileName: '' }, FIXTURES.png);
      expect(missing.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
      const kind = await upload(app, team.token.sales, { recordKind: 'INVOICE', recordId: customerId, fileName: 'a.png' }, FIXTURES.png);
      expect(kind.body.errors![0].extensions.field).toBe('recordKind');
      const category = await upload(app, team.token.sales, { recordId: customerId, category: 'SELFIE', fileName: 'a.png' }, FIXTURES.png);
      expect(category.body.errors![0].extensions.field).toBe('category');
    });

    it('a cancelled upload', async () => {
      const [rows, objects] = [await fileRows(), storedObjects().length];
      const req = request(`${baseUrl(app)}/files?recordKind=CUSTOMER&recordId=${customerId}&fileName=half.pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${team.token.sales}`, 'content-length': String(LIMIT - 1) },
      });
      req.on('error', () => undefined);
      req.write(FIXTURES.pdf);
      req.write(Buffer.alloc(64 * 1024));
      await waitFor(() => spooled().length === 1);
      req.destroy();
      await waitFor(() => spooled().length === 0);
      await nothingLeft(rows, objects);
    });
  });

  it("a record's files go to the recycle bin with it, come back with it, and survive a merge", async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件回收站有限公司');
    const id = (await upload(app, team.token.sales, { recordId: customerId, fileName: '回收.png' }, FIXTURES.png)).body.id!;
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: customerId }, team.token.sales);
    expect((await app.ok(NODE, { id }, team.token.sales)).node).toBeNull();
    expect((await get(`/files/${id}`, team.token.sales)).status).toBe(404);
    await app.ok(`mutation($id: ID!) { restoreCustomer(id: $id) { id } }`, { id: customerId }, team.token.sales);
    expect((await app.ok(NODE, { id }, team.token.sales)).node.id).toBe(id);
    expect((await get(`/files/${id}`, team.token.sales)).status).toBe(200);

    const master = await newCustomer(app, team.token.sales, '附件合并主客户有限公司');
    const dupContact = (await app.ok(CUSTOMER_FILES, { id: customerId }, team.token.sales)).customer.contacts[0].id;
    const card = (await upload(app, team.token.sales, { recordKind: 'CONTACT', recordId: dupContact, fileName: '名片.jpg' }, FIXTURES.jpg))
      .body.id!;
    await app.ok(
      `mutation($m: ID!, $d: [ID!]!) { mergeCustomers(masterId: $m, duplicateIds: $d) { master { id } } }`,
      { m: master, d: [customerId] },
      team.token.manager,
    );
    const listed = await app.ok(
      `query($c: ID!) { attachments(filter: { customerId: $c }) { id customerId } }`,
      { c: master },
      team.token.sales,
    );
    expect(listed.attachments.map((a: { id: string }) => a.id).sort()).toEqual([id, card].sort());
    const after = await app.ok(CUSTOMER_FILES, { id: master }, team.token.sales);
    expect(after.customer.attachments.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(after.customer.contacts.flatMap((c: { attachments: { id: string }[] }) => c.attachments.map((a) => a.id))).toEqual([card]);
    expect((await get(`/files/${card}`, team.token.sales)).status).toBe(200);
  });

  it("purging a customer from the recycle bin removes its files' bytes too", async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件彻底删除有限公司');
    const before = storedObjects().length;
    await upload(app, team.token.sales, { recordId: customerId, fileName: 'gone.png' }, FIXTURES.png);
    expect(storedObjects()).toHaveLength(before + 1);
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: customerId }, team.token.sales);
    expect(storedObjects()).toHaveLength(before + 1); // the recycle bin keeps them
    await app.ok(`mutation($id: ID!) { purgeCustomer(id: $id) }`, { id: customerId }, team.token.admin);
    expect(storedObjects()).toHaveLength(before);
    expect(Number((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM files WHERE customer_id = $1`, [customerId]))[0].n)).toBe(
      0,
    );
  });

  it("an API key needs the write scope of the record's kind to upload", async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件密钥有限公司');
    const key = async (scopes: string[]) =>
      (
        await app.ok(
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
          { i: { name: scopes.join(), ownerId: team.sales.id, scopes } },
          team.token.admin,
        )
      ).createApiKey.secret as string;
    const reader = await key(['CUSTOMERS_READ']);
    const refused = await upload(app, reader, { recordId: customerId, fileName: 'a.png' }, FIXTURES.png);
    expect(refused.status).toBe(403);
    const writer = await key(['CUSTOMERS_WRITE']);
    const ok = await upload(app, writer, { recordId: customerId, fileName: 'a.png' }, FIXTURES.png);
    expect(ok.status).toBe(201);
    expect((await get(`/files/${ok.body.id}`, reader)).status).toBe(200);

    // A contract's file needs deals scopes: a customers-only key neither uploads nor sees it, on any path.
    const contractId = (
      await app.ok(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`,
        { i: { customerId, title: '附件合同', lines: [{ name: '服务', quantity: '1', unitPrice: '1000' }] } },
        team.token.sales,
      )
    ).createContract.id;
    expect(
      (await upload(app, writer, { recordKind: 'CONTRACT', recordId: contractId, fileName: 'draft.docx' }, FIXTURES.docx)).status,
    ).toBe(403);
    const draft = await upload(
      app,
      team.token.sales,
      { recordKind: 'CONTRACT', recordId: contractId, category: 'CONTRACT_DRAFT', fileName: '合同草稿.docx' },
      FIXTURES.docx,
    );
    expect(draft.status).toBe(201);
    expect((await app.ok(NODE, { id: draft.body.id }, reader)).node).toBeNull();
    expect((await app.ok(NODE, { id: draft.body.id }, team.token.sales)).node.id).toBe(draft.body.id);
    expect((await get(`/files/${draft.body.id}`, reader)).status).toBe(404);
    const listed = await app.ok(`query($c: ID!) { attachments(filter: { customerId: $c }) { id } }`, { c: customerId }, reader);
    expect(listed.attachments.map((a: { id: string }) => a.id)).toEqual([ok.body.id]);
    const dealsKey = await key(['DEALS_READ']);
    expect((await get(`/files/${draft.body.id}`, dealsKey)).status).toBe(200);
  });

  it('service staff attach files to the return visits they make, not to the customer', async () => {
    const customerId = await newCustomer(app, team.token.sales, '附件回访有限公司');
    const visitId = (
      await app.ok(
        `mutation($c: ID!, $o: ID) { planVisit(customerId: $c, input: { type: REGULAR, plannedAt: "2026-03-20T02:00:00Z", topic: "回访", ownerId: $o }) { id } }`,
        { c: customerId, o: team.service.id },
        team.token.sales,
      )
    ).planVisit.id;
    const photo = await upload(
      app,
      team.token.service,
      { recordKind: 'VISIT', recordId: visitId, category: 'PHOTO', fileName: '现场.jpg' },
      FIXTURES.jpg,
    );
    expect(photo.status).toBe(201);
    const onCustomer = await upload(app, team.token.service, { recordId: customerId, fileName: '现场.jpg' }, FIXTURES.jpg);
    expect(onCustomer.status).toBe(403);
    const visit = await app.ok(
      `query($id: ID!) { node(id: $id) { ... on Visit { attachments { id category } } } }`,
      { id: visitId },
      team.token.sales,
    );
    expect(visit.node.attachments).toEqual([{ id: photo.body.id, category: 'PHOTO' }]);
  });
});
