import { configure, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { CustomerFormFieldsQuery } from '../customFields/queries';
import { telHref } from './CustomerCards';
import { CustomerListView } from './CustomerListView';
import { CustomerListOptionsQuery, CustomerListQuery } from './queries';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn() }),
  usePathname: () => '/customers',
  useSearchParams: () => new URLSearchParams(''),
}));
jest.mock('@/lib/auth/SessionContext', () => ({
  useAppSession: () => ({ user: { id: 'u2', name: '李娜', role: 'SALES', email: 'li.na@kehu.demo', mustChangePassword: false } }),
}));

const customer = (
  id: string,
  name: string,
  contact: { name: string; mobile: string | null; phone: string | null } | null,
  nextFollowUpAt: string | null,
) => ({
  __typename: 'Customer',
  id,
  number: 'KH-2026-000001',
  name,
  type: 'ASSIGNED',
  grade: 'IMPORTANT',
  status: 'ACTIVE',
  industry: null,
  province: null,
  city: null,
  lastFollowUpAt: null,
  nextFollowUpAt,
  createdAt: '2026-11-01T02:00:00.000Z',
  version: 1,
  owner: { __typename: 'User', id: 'u2', name: '李娜' },
  tags: [],
  primaryContact: contact ? { __typename: 'Contact', id: `p-${id}`, ...contact } : null,
});

describe('the customer list on a phone (390 px)', () => {
  beforeAll(() => {
    // The media queries antd's Grid asks are answered against this width (jest.setup.ts).
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 390 });
  });

  it('shows a card per customer with grade, next follow-up and a tap-to-call link, not the table', async () => {
    renderWithProviders(<CustomerListView />, {
      mocks: [
        {
          request: { query: CustomerListQuery, variables: { filter: {}, orderBy: null, first: 20, after: null, withCustomFields: false } },
          result: {
            data: {
              customers: {
                __typename: 'CustomerConnection',
                totalCount: 2,
                edges: [
                  customer(
                    'c1',
                    '北京恒通机械制造有限公司',
                    { name: '张经理', mobile: '13800138000', phone: null },
                    '2026-12-08T02:00:00.000Z',
                  ),
                  customer('c2', '上海华信贸易有限公司', { name: '王总', mobile: null, phone: '021-6888 1234' }, null),
                ].map((node) => ({ __typename: 'CustomerEdge', node })),
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        },
        {
          request: { query: CustomerListOptionsQuery },
          result: { data: { tags: [], users: { __typename: 'UserConnection', edges: [] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        { request: { query: CustomerFormFieldsQuery }, result: { data: { customFields: [] } }, maxUsageCount: Number.POSITIVE_INFINITY },
      ],
    });
    const cards = await screen.findAllByTestId('customer-card');
    expect(screen.queryByTestId('customer-table')).not.toBeInTheDocument();
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: '北京恒通机械制造有限公司' })).toHaveAttribute('href', '/customers/c1');
    expect(within(cards[0]).getByText('重要')).toBeInTheDocument();
    expect(within(cards[0]).getByText('下次跟进')).toBeInTheDocument();
    expect(within(cards[0]).getByRole('link', { name: '拨打 张经理 13800138000' })).toHaveAttribute('href', 'tel:13800138000');
    // A landline when there is no mobile; nothing planned is said so.
    expect(within(cards[1]).getByRole('link', { name: '拨打 王总 021-6888 1234' })).toHaveAttribute('href', 'tel:02168881234');
    expect(within(cards[1]).getByText('未安排')).toBeInTheDocument();
  });

  it('dials digits only, keeping an international + and leaving an extension out', () => {
    expect(telHref(' +86 138-0013-8000 ')).toBe('tel:+8613800138000');
    expect(telHref('400-800-1234 转 2')).toBe('tel:4008001234');
  });
});
