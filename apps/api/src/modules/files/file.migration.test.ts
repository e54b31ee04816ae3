import { startTestApp, type TestApp } from '../../test/test-app';
import { ContractAttachmentsRetired1796675374779 } from '../../db/migrations/1796675374779-contract-attachments-retired';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { baseUrl } from './file.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

async function runMigration(direction: 'up' | 'down') {
  const runner = app.db.dataSource.createQueryRunner();
  try {
    await new ContractAttachmentsRetired1796675374779()[direction](runner);
  } finally {
    await runner.release();
  }
}

describe('retiring contracts.attachments', () => {
  it('turns contract attachment metadata (name + outside URL) into URL-only files on the contract, once', async () => {
    const customerId = await newCustomer(app, team.token.sales, '旧附件迁移有限公司');
    const contract = (
      await app.ok(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`,
        {
          i: { customerId, title: '迁移合同', lines: [{ name: '服务', quantity: '1', unitPrice: '1000' }] },
        },
        team.token.sales,
      )
    ).createContract;
    // A database from before: the column is back and holds metadata, one entry already copied into files.
    await runMigration('down');
    await app.db.dataSource.query(`UPDATE contracts SET attachments = $2::jsonb WHERE id = $1`, [
      contract.id,
      JSON.stringify([
        { name: '盖章合同.pdf', url: 'https://files.example.com/a.pdf', size: 1234, contentType: 'application/pdf' },
        { name: '报价单.xlsx', url: 'https://files.example.com/b.xlsx' },
      ]),
    ]);
    await app.db.dataSource.query(
      `INSERT INTO files (record_kind, record_id, customer_id, file_name, external_url) VALUES ('CONTRACT', $1, $2, '报价单.xlsx', 'https://files.example.com/b.xlsx')`,
      [contract.id, customerId],
    );
    await runMigration('up');
    const columns = await app.db.dataSource.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'contracts' AND column_name = 'attachments'`,
    );
    expect(columns).toHaveLength(0);

    const data = await app.ok(
      `query($id: ID!) { node(id: $id) { ... on Contract { attachments { id fileName size contentType externalUrl downloadUrl recordKind customerId } files { id } } } }`,
      { id: contract.id },
      team.token.sales,
    );
    expect(data.node.attachments).toHaveLength(2);
    expect(data.node.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fileName: '盖章合同.pdf',
          size: 1234,
          contentType: 'application/pdf',
          externalUrl: 'https://files.example.com/a.pdf',
          downloadUrl: 'https://files.example.com/a.pdf',
          recordKind: 'CONTRACT',
          customerId,
        }),
        expect.objectContaining({ fileName: '报价单.xlsx', externalUrl: 'https://files.example.com/b.xlsx' }),
      ]),
    );
    // The deprecated name lists the same files.
    expect(data.node.files.map((f: { id: string }) => f.id).sort()).toEqual(data.node.attachments.map((f: { id: string }) => f.id).sort());
    // Through the API it answers with a redirect to where the file lives, for those who may see it only.
    const id = data.node.attachments.find((f: { fileName: string }) => f.fileName === '盖章合同.pdf').id;
    const res = await fetch(`${baseUrl(app)}/files/${id}`, {
      headers: { authorization: `Bearer ${team.token.sales}` },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://files.example.com/a.pdf');
    expect(
      (await fetch(`${baseUrl(app)}/files/${id}`, { headers: { authorization: `Bearer ${team.token.outsider}` }, redirect: 'manual' }))
        .status,
    ).toBe(404);
  });

  it('no longer accepts attachment metadata on contract inputs', async () => {
    const customerId = await newCustomer(app, team.token.sales, '旧附件输入有限公司');
    const res = await app.gql(
      `mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`,
      {
        i: { customerId, title: 'x', attachments: [{ name: 'a.pdf', url: 'https://e.com/a.pdf' }] },
      },
      team.token.sales,
    );
    expect(res.errors?.[0].message).toMatch(/attachments/);
  });
});
