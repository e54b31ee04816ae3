import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { customer360Data } from './customer360.fixture';
import { Customer360Query, Customer360View } from './Customer360View';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

const replace = jest.fn();
let search = '';
jest.mock('next/navigation', () => ({
  useRouter: () => ({ replace, push: jest.fn(), refresh: jest.fn() }),
  usePathname: () => '/customers/c1',
  useSearchParams: () => new URLSearchParams(search),
}));
let role = 'SALES';
jest.mock('@/lib/auth/SessionContext', () => ({
  useAppSession: () => ({ user: { id: 'u2', name: '李娜', role, email: 'li.na@kehu.demo', mustChangePassword: false } }),
}));

const query = (data = customer360Data()) => ({ request: { query: Customer360Query, variables: { id: 'c1' } }, result: { data } });

describe('Customer360View', () => {
  beforeEach(() => {
    search = '';
    role = 'SALES';
    replace.mockClear();
  });

  it('shows a skeleton, then the header: name, type, grade, owner, tags, credit, receivables, next follow-up', async () => {
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query()] });
    expect(screen.getByTestId('customer-loading')).toBeInTheDocument();
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('深圳华信电子科技股份有限公司');
    expect(screen.getByTestId('customer-number')).toHaveTextContent('客户编号 KH-2026-000123');
    expect(screen.getAllByText('分配').length).toBeGreaterThan(0);
    expect(screen.getAllByText('VIP').length).toBeGreaterThan(0);
    expect(within(screen.getByTestId('customer-tags')).getByText('已报价')).toBeInTheDocument();
    expect(screen.getByTestId('activity-tag')).toHaveTextContent('沉睡 · 45 天无跟进, 上次下单 2026-08-03');
    expect(screen.getByTestId('grade-tag')).toHaveAttribute('title', '近 12 个月签约 ¥600,000.00 → VIP = VIP');
    expect(screen.getByTestId('lifecycle-tag')).toHaveTextContent('衰退期 · 近 12 个月下单 ¥20,000.00, 上一年 ¥100,000.00 (下降 80%)');
    expect(screen.getByText(/信用等级 B/)).toBeInTheDocument();
    const receivable = screen.getByTestId('receivable');
    expect(receivable).toHaveTextContent('已收 ¥300,000.00 / 合同额 ¥500,000.00');
    expect(receivable).toHaveTextContent('逾期 ¥50,000.00（最长逾期 12 天）');
    // 基本信息 is the first tab: the customer's own fields and custom values.
    expect(screen.getByText('南山区科技园 1 号')).toBeInTheDocument();
    expect(screen.getByText('100万')).toBeInTheDocument();
  });

  // Each tab, opened by its address (?tab=…), renders its fragment of the same single query.
  it.each([
    ['contacts', ['技术总监', '0755-88886666', '主要联系人']],
    ['contracts', ['HT-2026-0042', '年度采购合同', '¥200,000.00']],
    ['followUps', ['客户对报价基本认可，要求再优惠 5%', '客户反馈：下周给答复']],
    ['opportunities', ['二期扩容', '40%', '¥120,000.00']],
    ['invoices', ['FP20260401', '增值税专用发票', '已开具']],
    ['receipts', ['银行转账', '2026-04-15', '¥50,000.00']],
    ['visits', ['季度回访', '记录回访', '赵敏']],
    ['tasks', ['准备二期方案', '高']],
    ['changeLog', ['客户等级：重要 → VIP', '修改']],
  ])('tab %s shows its records', async (tab, texts) => {
    search = `tab=${tab}`;
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query()] });
    const panel = await screen.findByRole('tabpanel');
    for (const text of texts) expect((await within(panel).findAllByText(text)).length).toBeGreaterThan(0);
  });

  it('switches tabs in place and keeps the open tab in the address', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query()] });
    await screen.findByTestId('customer-name');
    await user.click(screen.getByRole('tab', { name: '联系人' }));
    expect(await screen.findByText('技术总监')).toBeInTheDocument();
    expect(replace).toHaveBeenLastCalledWith('/customers/c1?tab=contacts', { scroll: false });
    await user.click(screen.getByRole('tab', { name: '基本信息' }));
    expect(replace).toHaveBeenLastCalledWith('/customers/c1', { scroll: false });
  });

  it('says what to do when a tab is empty', async () => {
    search = 'tab=contracts';
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query(customer360Data({ contracts: [] }))] });
    expect(await screen.findByText('还没有合同。点击“新建合同”起草一份。')).toBeInTheDocument();
  });

  it('adds a follow-up and shows it from the mutation reply, without asking for the page again', async () => {
    search = 'tab=followUps';
    const user = userEvent.setup();
    const base = customer360Data();
    const added = {
      __typename: 'FollowUpEdge' as const,
      node: {
        ...base.customer.followUps.edges[0].node,
        id: 'f2',
        subject: null,
        content: '上门演示了新版本，客户很满意',
        feedback: null,
        nextAt: null,
        nextPlan: null,
        contact: null,
      },
    };
    const createFollowUp = jest.fn(() => ({
      data: {
        createFollowUp: {
          __typename: 'FollowUp',
          id: 'f2',
          customer: {
            __typename: 'Customer',
            id: 'c1',
            version: 4,
            lastFollowUpAt: '2026-11-23T03:00:00.000Z',
            nextFollowUpAt: null,
            contacts: base.customer.contacts.map((c) => ({ __typename: 'Contact', id: c.id, name: c.name })),
            followUps: { ...base.customer.followUps, totalCount: 2, edges: [added, ...base.customer.followUps.edges] },
          },
        },
      },
    }));
    const { CreateFollowUpMutationForTest } = await import('./tabs/FollowUpsTab');
    renderWithProviders(<Customer360View id="c1" />, {
      mocks: [
        query(base),
        {
          request: {
            query: CreateFollowUpMutationForTest,
            variables: (v: { customerId: string; input: { content: string; method: string } }) =>
              v.customerId === 'c1' && v.input.content === '上门演示了新版本，客户很满意' && v.input.method === 'PHONE',
          },
          result: createFollowUp,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /新建跟进/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请填写跟进内容')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('跟进内容'), '上门演示了新版本，客户很满意');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(screen.getByTestId('follow-up-list')).findByText('上门演示了新版本，客户很满意')).toBeInTheDocument();
    expect(createFollowUp).toHaveBeenCalledTimes(1);
    expect(screen.getByText('共 2 条')).toBeInTheDocument();
  });

  it('adds a tag and a contact; the header and the tab update from the replies', async () => {
    const user = userEvent.setup();
    const base = customer360Data();
    const { AddTagsMutationForTest } = await import('./CustomerHeader');
    const { CreateContactMutationForTest } = await import('./tabs/ContactsTab');
    const newContact = {
      __typename: 'Contact',
      id: 'p3',
      name: '刘会计',
      title: '财务',
      mobile: '13911112222',
      phone: null,
      email: null,
      birthday: null,
      remark: null,
      isPrimary: false,
      version: 1,
    };
    renderWithProviders(<Customer360View id="c1" />, {
      mocks: [
        query(base),
        {
          request: { query: AddTagsMutationForTest, variables: { customerId: 'c1', names: ['价格敏感'] } },
          result: {
            data: {
              addTags: {
                __typename: 'Customer',
                id: 'c1',
                version: 4,
                tags: [...base.customer.tags, { __typename: 'Tag', id: 't2', name: '价格敏感', color: null }],
              },
            },
          },
        },
        {
          request: {
            query: CreateContactMutationForTest,
            variables: { customerId: 'c1', primary: false, input: { name: '刘会计', title: '财务', mobile: '13911112222' } },
          },
          result: {
            data: {
              createContact: {
                __typename: 'Contact',
                id: 'p3',
                customer: {
                  __typename: 'Customer',
                  id: 'c1',
                  version: 5,
                  contacts: [...base.customer.contacts, newContact],
                  primaryContact: { __typename: 'Contact', id: 'p1', name: '张经理' },
                },
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /添加标签/ }));
    await user.click(await screen.findByTitle('价格敏感'));
    expect(await within(screen.getByTestId('customer-tags')).findByText('价格敏感')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '联系人' }));
    await user.click(await screen.findByRole('button', { name: /添加联系人/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('姓名'), '刘会计');
    await user.type(within(dialog).getByLabelText('职务'), '财务');
    await user.type(within(dialog).getByLabelText('手机'), '13911112222');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('13911112222')).toBeInTheDocument();
    expect(screen.getByText('刘会计')).toBeInTheDocument();
  });

  it('hides editing from a service agent (read-only role)', async () => {
    role = 'SERVICE';
    search = 'tab=followUps';
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query()] });
    await screen.findByTestId('customer-name');
    expect(await screen.findByText('客户对报价基本认可，要求再优惠 5%')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新建跟进/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /添加标签/ })).not.toBeInTheDocument();
  });

  it('says the customer does not exist or is not visible', async () => {
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query({ ...customer360Data(), customer: null } as never)] });
    await waitFor(() => expect(screen.getByText('客户不存在，或您无权查看')).toBeInTheDocument());
  });
});
