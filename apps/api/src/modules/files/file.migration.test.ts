import { startTestApp, type TestApp } from '../../test/test-app';
import { Files1796666102761 } from '../../db/migrations/1796666102761-files';
import { createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';
import { baseUrl } from './file.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

describe('the files migration', () => {
  it('turns contract attachment metadata (name + outside URL) into URL-only files on the contract', async () => {
    const customerId = await newCustomer(app, team.token.sales, '旧附件迁移有限公司');
    const contract = (
      await app.ok(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
        i: {
          customerId, title: '迁移合同', lines: [{ name: '服务', quantity: '1', unitPrice: '1000' }],
          attachments: [{ name: '盖章合同.pdf', url: 'https://files.example.com/a.pdf', size: 1234, contentType: 'application/pdf' }],
        },
      }, team.token.sales)
    ).createContract;
    // Run the migration again over this database, as an upgrade would over one with such contracts.
    const runner = app.db.dataSource.createQueryRunner();
    try {
      await new Files1796666102761().down(runner);
      await new Files1796666102761().up(runner);
    } finally {
      await runner.release();
    }
    const data = await app.ok(`query($id: ID!) { node(id: $id) { ... on Contract { files { id fileName size contentType externalUrl downloadUrl recordKind customerId } } } }`, { id: contract.id }, team.token.sales);
    expect(data.node.files).toEqual([
      expect.objectContaining({ fileName: '盖章合同.pdf', size: 1234, contentType: 'application/pdf', externalUrl: 'https://files.example.com/a.pdf', downloadUrl: 'https://files.example.com/a.pdf', recordKind: 'CONTRACT', customerId }),
    ]);
    // Through the API it answers with a redirect to where the file lives, for those who may see it only.
    const id = data.node.files[0].id;
    const res = await fetch(`${baseUrl(app)}/files/${id}`, { headers: { authorization: `Bearer ${team.token.sales}` }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://files.example.com/a.pdf');
    expect((await fetch(`${baseUrl(app)}/files/${id}`, { headers: { authorization: `Bearer ${team.token.outsider}` }, redirect: 'manual' })).status).toBe(404);
  });
});
