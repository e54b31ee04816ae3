import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildAppSchema } from '../../graphql/schema';
import { startServer, type RunningServer } from '../../http/server';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { parseStorageUrl, S3Storage } from './file.s3';
import { baseUrl, FIXTURES, upload } from './file.test-helpers';

// A real S3-protocol server (s3rver) on a random port; Kehu's own SigV4 client talks to it over HTTP.
let s3: S3rver;
let storageUrl: string;
let app: TestApp;
let second: RunningServer;
let team: Team;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  dirs.push(mkdtempSync(path.join(tmpdir(), prefix)));
  return dirs[dirs.length - 1];
};
beforeAll(async () => {
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: tempDir('s3rver-'),
    configureBuckets: [{ name: 'kehu-files', configs: [] }],
  });
  const { port } = await s3.run();
  storageUrl = `s3+http://S3RVER:S3RVER@127.0.0.1:${port}/kehu-files?region=cn-north-1&forcePathStyle=true`;
  app = await startTestApp({ config: { storageUrl, dataDir: tempDir('kehu-a-') } });
  // A second API instance over the same database and bucket, with its own data folder: a second replica.
  const config = { ...app.services.config, dataDir: tempDir('kehu-b-') };
  second = await startServer({ ...app.services, config }, await buildAppSchema(app.services.pubSub), 0, '127.0.0.1');
  team = await createTeam(app);
});
afterAll(async () => {
  await second.close();
  await app.close();
  await s3.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const getFrom = (base: string, pathAndQuery: string, token?: string) =>
  fetch(`${base}${pathAndQuery}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const secondBase = () => second.url.replace(/\/graphql$/, '');

describe('files in S3-compatible object storage', () => {
  it("two API instances read each other's uploads", async () => {
    const customerId = await newCustomer(app, team.token.sales, '对象存储科技有限公司');
    const a = await upload(
      app,
      team.token.sales,
      { recordId: customerId, fileName: '营业执照.png', category: 'BUSINESS_LICENSE' },
      FIXTURES.png,
    );
    expect(a.status).toBe(201);
    const fromB = await getFrom(secondBase(), `/files/${a.body.id}`, team.token.sales);
    expect(fromB.status).toBe(200);
    expect(Buffer.from(await fromB.arrayBuffer()).equals(FIXTURES.png)).toBe(true);

    // An upload through the second instance, read through the first; a bigger file, streamed both ways.
    const big = Buffer.concat([FIXTURES.pdf, Buffer.alloc(6 * 1024 * 1024, 0x20)]);
    const res = await fetch(
      `${secondBase()}/files?recordKind=CUSTOMER&recordId=${customerId}&fileName=${encodeURIComponent('合同扫描件.pdf')}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${team.token.sales}` },
        body: big,
      },
    );
    expect(res.status).toBe(201);
    const b = (await res.json()) as { id: string; size: number };
    expect(b.size).toBe(big.length);
    const fromA = await getFrom(baseUrl(app), `/files/${b.id}`, team.token.sales);
    expect(fromA.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('合同扫描件.pdf')}`);
    expect(Buffer.from(await fromA.arrayBuffer()).equals(big)).toBe(true);
  });

  it('refusals and deletes leave no object in the bucket', async () => {
    const storage = new S3Storage(parseStorageUrl(storageUrl), tmpdir());
    const customerId = await newCustomer(app, team.token.sales, '对象存储删除有限公司');
    const exe = await upload(app, team.token.sales, { recordId: customerId, fileName: '发票.pdf' }, FIXTURES.exe);
    expect(exe.status).toBe(415);
    expect(Number((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM files WHERE customer_id = $1`, [customerId]))[0].n)).toBe(
      0,
    );

    const ok = await upload(app, team.token.sales, { recordId: customerId, fileName: 'note.txt' }, FIXTURES.txt);
    const [{ storage_key: key }] = await app.db.dataSource.query(`SELECT storage_key FROM files WHERE id = $1`, [ok.body.id]);
    expect(await storage.open(key)).not.toBeNull();
    await app.ok(`mutation($id: ID!) { deleteAttachment(id: $id) { id } }`, { id: ok.body.id }, team.token.sales);
    expect(await storage.open(key)).toBeNull();
    expect((await getFrom(secondBase(), `/files/${ok.body.id}`, team.token.sales)).status).toBe(404);
  });
});
