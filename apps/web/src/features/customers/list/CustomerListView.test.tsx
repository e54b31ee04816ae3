import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CustomerListView } from './CustomerListView';
import { CustomerFormFieldsQuery } from '../customFields/queries';
import { CustomerListOptionsQuery, CustomerListQuery } from './queries';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

const push = jest.fn();
let search = '';
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: jest.fn(), refresh: jest.fn() }),
  usePathname: () => '/customers',
  useSearchParams: () => new URLSearchParams(search),
}));
let role = 'SALES';
jest.mock('@/lib/auth/SessionContext', () => ({
  useAppSession: () => ({ user: { id: 'u2', name: '李娜', role, email: 'li.na@kehu.demo', mustChangePassword: false } }),
}));

const row = (id: string, name: string, owner: { id: string; name: string } | null) => ({
  __typename: 'Customer',
  id,
  number: `KH-2026-${id.padStart(6, '0')}`,
  name,
  type: 'PROSPECT',
  grade: 'VIP',
  activity: 'ACTIVE',
  lifecycle: 'GROWTH',
  status: 'ACTIVE',
  industry: '制造业',
  province: '北京市',
  city: '北京市',
  lastFollowUpAt: null,
  nextFollowUpAt: null,
  createdAt: '2026-11-01T02:00:00.000Z',
  version: 1,
  owner: owner ? { __typename: 'User', ...owner } : null,
  tags: [],
  primaryContact: { __typename: 'Contact', id: `p-${id}`, name: '张经理', mobile: '13800138000', phone: null },
  customFields: { credit_code: `91110000${id}`, level: ['总部', '华北'] },
});
const listMock = (variables: object, rows: ReturnType<typeof row>[], hasNextPage = false) => ({
  request: { query: CustomerListQuery, variables: { withCustomFields: false, ...variables } },
  result: {
    data: {
      customers: {
        __typename: 'CustomerConnection',
        totalCount: rows.length,
        edges: rows.map((node) => ({ __typename: 'CustomerEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cur1' : null },
      },
    },
  },
});
const customFields = {
  request: { query: CustomerFormFieldsQuery },
  result: {
    data: {
      customFields: [
        {
          __typename: 'CustomField',
          id: 'f1',
          key: 'credit_code',
          label: '统一社会信用代码',
          kind: 'TEXT',
          options: [],
          required: true,
          position: 1,
        },
        {
          __typename: 'CustomField',
          id: 'f2',
          key: 'level',
          label: '客户层级',
          kind: 'MULTI_SELECT',
          options: ['总部', '华北'],
          required: false,
          position: 2,
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const options = {
  request: { query: CustomerListOptionsQuery },
  result: { data: { tags: [], users: { __typename: 'UserConnection', edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('CustomerListView', () => {
  beforeEach(() => {
    push.mockClear();
    search = '';
    role = 'SALES';
  });

  it('lists the customers the URL asks for and puts a search, a sort and the next page in the URL', async () => {
    const user = userEvent.setup();
    search = 'grade=VIP';
    renderWithProviders(<CustomerListView />, {
      mocks: [
        listMock(
          { filter: { grades: ['VIP'] }, orderBy: null, first: 20, after: null },
          [row('c1', '北京恒通机械制造有限公司', { id: 'u2', name: '李娜' }), row('c2', '北京华信电子科技有限公司', null)],
          true,
        ),
        options,
        customFields,
      ],
    });
    const table = await screen.findByTestId('customer-table');
    expect(await within(table).findByRole('link', { name: '北京恒通机械制造有限公司' })).toHaveAttribute('href', '/customers/c1');
    expect(within(table).getByText('公海')).toBeInTheDocument();
    expect(within(table).getAllByText('提升期')).toHaveLength(2);
    expect(within(table).getAllByText('生命周期').length).toBeGreaterThan(0);
    expect(screen.getByText('共 2 个客户')).toBeInTheDocument();

    await user.type(screen.getByPlaceholderText(/拼音首字母/), 'bjht{Enter}');
    expect(push).toHaveBeenLastCalledWith('/customers?q=bjht&grade=VIP', { scroll: false });

    await user.click(within(table).getAllByText('客户名称')[0]);
    expect(push).toHaveBeenLastCalledWith('/customers?grade=VIP&sort=NAME&dir=ASC', { scroll: false });

    await user.click(screen.getByRole('button', { name: /下一页/ }));
    expect(push).toHaveBeenLastCalledWith('/customers?grade=VIP&after=cur1&prev=', { scroll: false });
  });

  it('says what to do when nothing matches, and offers only what the role may do', async () => {
    search = 'q=zzzz';
    renderWithProviders(<CustomerListView />, {
      mocks: [listMock({ filter: { search: 'zzzz' }, orderBy: null, first: 20, after: null }, []), options, customFields],
    });
    expect(await screen.findByText('没有符合条件的客户。试试清除筛选，或换个关键词（支持拼音首字母）。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建客户/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /合并重复客户/ })).not.toBeInTheDocument();
    // The API lists a salesperson's own deleted customers (customer.restore), so the bin is offered.
    expect(screen.getByRole('button', { name: /回收站/ })).toBeInTheDocument();
    // No 下属客户 for a salesperson: nobody reports to them.
    expect(screen.getByText('我的客户')).toBeInTheDocument();
    expect(screen.queryByText('下属客户')).not.toBeInTheDocument();
  });

  it('offers customer service neither 新建客户, 导入 nor the recycle bin', async () => {
    role = 'SERVICE';
    renderWithProviders(<CustomerListView />, {
      mocks: [
        listMock({ filter: {}, orderBy: null, first: 20, after: null }, [
          row('c1', '北京恒通机械制造有限公司', { id: 'u3', name: '张伟' }),
        ]),
        options,
        customFields,
      ],
    });
    await within(await screen.findByTestId('customer-table')).findByRole('link', { name: '北京恒通机械制造有限公司' });
    for (const name of [/新建客户/, /导\s*入/, /回收站/, /合并重复客户/])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('shows the bulk actions a manager may use once rows are ticked', async () => {
    role = 'MANAGER';
    const user = userEvent.setup();
    renderWithProviders(<CustomerListView />, {
      mocks: [
        listMock({ filter: {}, orderBy: null, first: 20, after: null }, [
          row('c1', '北京恒通机械制造有限公司', { id: 'u3', name: '张伟' }),
        ]),
        options,
        customFields,
      ],
    });
    const table = await screen.findByTestId('customer-table');
    await within(table).findByRole('link', { name: '北京恒通机械制造有限公司' });
    expect(screen.getByRole('button', { name: /回收站/ })).toBeInTheDocument();
    await user.click(within(table).getAllByRole('checkbox')[1]);
    const bar = await screen.findByTestId('bulk-actions');
    for (const name of ['打标签', '共享', '退回公海', '转移', '合并']) {
      expect(within(bar).getByRole('button', { name: new RegExp(`^${name.split('').join('\\s*')}$`) })).toBeInTheDocument();
    }
    // One customer ticked: its share list, with 取消共享.
    expect(within(bar).getByRole('button', { name: /共享给/ })).toBeInTheDocument();
  });

  it('shows the chosen custom fields as columns, reading their values only then', async () => {
    const user = userEvent.setup();
    search = 'col=credit_code';
    renderWithProviders(<CustomerListView />, {
      mocks: [
        listMock({ filter: {}, orderBy: null, first: 20, after: null, withCustomFields: true }, [
          row('c1', '北京恒通机械制造有限公司', { id: 'u2', name: '李娜' }),
        ]),
        options,
        customFields,
      ],
    });
    const table = await screen.findByTestId('customer-table');
    expect(await within(table).findByText('91110000c1')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: '统一社会信用代码' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: '客户层级' })).not.toBeInTheDocument();
    // The picker puts the choice in the URL (a saved view keeps it).
    await user.click(screen.getByLabelText('显示自定义字段'));
    await user.click(await screen.findByTitle('客户层级'));
    expect(push).toHaveBeenLastCalledWith('/customers?col=credit_code&col=level', { scroll: false });
  });
});
