import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { describeFilter } from './describeFilter';
import { ExportAuditQuery, ExportAuditUsersQuery } from './documents';
import { ExportAuditView } from './ExportAuditView';

jest.setTimeout(60_000);

const users = { request: { query: ExportAuditUsersQuery }, result: { data: { users: { __typename: 'UserConnection', edges: [] } } } };
const page = (edges: object[]) => ({
  request: { query: ExportAuditQuery, variables: { filter: null } },
  result: {
    data: {
      exportAudit: {
        __typename: 'ExportAuditConnection',
        totalCount: edges.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: edges.map((node) => ({ __typename: 'ExportAuditEdge', node })),
      },
    },
  },
});
const entry = {
  __typename: 'ExportAuditEntry',
  id: '12',
  kind: 'REPORT:MONEY',
  format: 'PDF',
  rowCount: 5,
  completed: true,
  at: '2026-11-23T03:04:00.000Z',
  filter: { report: 'MONEY', reportFilter: { from: '2026-11-01', to: '2026-11-23', ownerIds: ['u-li'] } },
  user: { __typename: 'User', id: 'u-1', name: '陈静' },
};

describe('ExportAuditView', () => {
  it('lists who exported what, with the filter, rows and status', async () => {
    renderWithProviders(<ExportAuditView />, { mocks: [page([entry]), users] });
    const row = (await screen.findByText('陈静')).closest('tr')!;
    expect(within(row).getByText('报表 · 合同与回款')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-01 至 2026-11-23 · ownerIds: u-li')).toBeInTheDocument();
    expect(within(row).getByText('5')).toBeInTheDocument();
    expect(within(row).getByText('已下载')).toBeInTheDocument();
  });

  it('says what to do when nothing was exported yet', async () => {
    renderWithProviders(<ExportAuditView />, { mocks: [page([]), users] });
    expect(await screen.findByText(/还没有人导出过数据/)).toBeInTheDocument();
  });

  it('tells non-admins the log is for admins', async () => {
    renderWithProviders(<ExportAuditView />, {
      mocks: [
        {
          request: { query: ExportAuditQuery, variables: { filter: null } },
          result: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    expect(await screen.findByText('只有管理员可以查看导出记录。')).toBeInTheDocument();
  });
});

describe('describeFilter', () => {
  it('summarises list and report filters, skipping empty values', () => {
    expect(describeFilter({ customerFilter: { grades: ['VIP', 'IMPORTANT'], search: null, tags: [] } }, '无')).toBe(
      'grades: VIP、IMPORTANT',
    );
    expect(describeFilter({ customerFilter: null }, '无')).toBe('无');
    expect(describeFilter({ report: 'MONEY', reportFilter: { from: '2026-03-01', to: '2026-03-31', period: 'QUARTER' } }, '无')).toBe(
      '2026-03-01 至 2026-03-31 · period: QUARTER',
    );
  });
});
