import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { customer360Data } from './customer360.fixture';
import { Customer360Query, Customer360View } from './Customer360View';
import { CustomerFormFieldsQuery } from '../customFields/queries';
import { UpdateCustomerMutationForTest } from './EditCustomerDrawer';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(90_000);
configure({ asyncUtilTimeout: 10_000 });

jest.mock('next/navigation', () => ({
  useRouter: () => ({ replace: jest.fn(), push: jest.fn(), refresh: jest.fn() }),
  usePathname: () => '/customers/c1',
  useSearchParams: () => new URLSearchParams(''),
}));
jest.mock('@/lib/auth/SessionContext', () => ({
  useAppSession: () => ({ user: { id: 'u2', name: '李娜', role: 'SALES', email: 'li.na@kehu.demo', mustChangePassword: false } }),
}));

const defsMock = (customFields: unknown[]) => ({
  request: { query: CustomerFormFieldsQuery },
  result: { data: { customFields } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const budget = {
  __typename: 'CustomField',
  id: 'cf1',
  key: 'budget',
  label: '预算',
  kind: 'TEXT',
  options: [],
  required: false,
  position: 1,
};

describe('EditCustomerDrawer', () => {
  it('on a stale version shows the conflict, compares, and saves again only when the user chooses to', async () => {
    const user = userEvent.setup();
    const mine = '客户要求 12 月前交付';
    // Someone else changed the address meanwhile (version 3 → 4).
    const theirs = customer360Data({ version: 4, address: '南山区深南大道 9 号' });
    const stale = jest.fn(() => ({
      errors: [new GraphQLError('记录已被他人修改', { extensions: { code: 'CONFLICT', currentVersion: 4 } })],
    }));
    const saved = jest.fn(() => ({ data: { updateCustomer: { ...theirs.customer, version: 5, remark: mine } } }));
    renderWithProviders(<Customer360View id="c1" />, {
      mocks: [
        { request: { query: Customer360Query, variables: { id: 'c1' } }, result: { data: customer360Data() } },
        defsMock([budget]),
        { request: { query: UpdateCustomerMutationForTest, variables: { id: 'c1', version: 3, input: { remark: mine } } }, result: stale },
        { request: { query: Customer360Query, variables: { id: 'c1' } }, result: { data: theirs } },
        { request: { query: UpdateCustomerMutationForTest, variables: { id: 'c1', version: 4, input: { remark: mine } } }, result: saved },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const drawer = await screen.findByRole('dialog');
    const remark = await within(drawer).findByLabelText('备注');
    await user.clear(remark);
    await user.type(remark, mine);
    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));

    // Refused, nothing overwritten: the user is told and offered to compare or reload.
    const alert = await within(drawer).findByTestId('edit-conflict');
    expect(alert).toHaveTextContent('保存失败：该客户已被他人修改');
    expect(alert).toHaveTextContent('当前版本 4');
    expect(stale).toHaveBeenCalledTimes(1);
    expect(within(drawer).getByRole('button', { name: /保\s*存/ })).toBeDisabled();

    await user.click(within(alert).getByRole('button', { name: '对比差异' }));
    // Both sides: my remark against the current one, and the address someone else changed.
    const table = await within(alert).findByRole('table');
    expect(within(table).getByText(mine)).toBeInTheDocument();
    expect(within(table).getByText('年采购额约 80 万')).toBeInTheDocument();
    expect(within(table).getByText('南山区深南大道 9 号')).toBeInTheDocument();
    // The page behind shows the latest data already.
    expect(await within(screen.getByRole('tabpanel', { name: '基本信息' })).findByText('南山区深南大道 9 号')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: '基于最新版本继续编辑' }));
    expect(within(drawer).queryByTestId('edit-conflict')).not.toBeInTheDocument();
    expect(within(drawer).getByLabelText('备注')).toHaveValue(mine);
    expect(within(drawer).getByLabelText('地址')).toHaveValue('南山区深南大道 9 号');
    expect(saved).not.toHaveBeenCalled();
    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('edits custom fields by kind, requires the required ones, and puts a server refusal on its input', async () => {
    const user = userEvent.setup();
    const visits = {
      __typename: 'CustomField',
      id: 'cf2',
      key: 'visits',
      label: '年拜访次数',
      kind: 'NUMBER',
      options: [],
      required: true,
      position: 2,
    };
    const refused = jest.fn(() => ({
      errors: [
        new GraphQLError('自定义字段「年拜访次数」应为数字', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.customFields.visits' },
        }),
      ],
    }));
    renderWithProviders(<Customer360View id="c1" />, {
      mocks: [
        { request: { query: Customer360Query, variables: { id: 'c1' } }, result: { data: customer360Data() } },
        defsMock([budget, visits]),
        // Only what changed: the stored budget stays as it is.
        {
          request: { query: UpdateCustomerMutationForTest, variables: { id: 'c1', version: 3, input: { customFields: { visits: 12 } } } },
          result: refused,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByLabelText('预算')).toHaveValue('100万');
    const count = within(drawer).getByLabelText('年拜访次数');
    const itemOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;
    expect(itemOf(count).querySelector('.ant-form-item-required')).not.toBeNull();

    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await within(itemOf(count)).findByText('请填写「年拜访次数」')).toBeInTheDocument();
    expect(refused).not.toHaveBeenCalled();

    await user.type(count, '12');
    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await within(itemOf(count)).findByText('自定义字段「年拜访次数」应为数字')).toBeInTheDocument();
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
