import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CreateCustomerDrawer, CreateCustomerMutation } from './CreateCustomerDrawer';
import { DuplicateCandidatesQuery } from './DuplicateWarning';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

const EXISTING = '深圳华信电子科技股份有限公司';
const dupMock = {
  request: { query: DuplicateCandidatesQuery, variables: { name: EXISTING, phone: null } },
  result: {
    data: {
      duplicateCandidates: [
        { __typename: 'DuplicateCandidate', customerId: 'c9', name: EXISTING, exact: true, reasons: ['SAME_NAME'], visible: false, owner: { __typename: 'User', id: 'u5', name: '张伟' } },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const noDuplicates = {
  request: { query: DuplicateCandidatesQuery, variables: () => true },
  result: { data: { duplicateCandidates: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderDrawer(mocks: unknown[] = [], onCreated = jest.fn()) {
  renderWithProviders(<CreateCustomerDrawer open onClose={jest.fn()} onCreated={onCreated} />, { mocks: mocks as never });
  return { onCreated, drawer: () => screen.getByRole('dialog') };
}
const save = () => screen.getByRole('button', { name: /保\s*存/ });

describe('CreateCustomerDrawer', () => {
  it('requires a name, a contact name and a mobile or phone', async () => {
    const user = userEvent.setup();
    renderDrawer([noDuplicates]);
    await user.click(save());
    expect(await screen.findByText('请输入客户名称')).toBeInTheDocument();
    expect(screen.getByText('请输入联系人姓名')).toBeInTheDocument();
    expect(screen.getByText('手机和电话至少填一个')).toBeInTheDocument();
  });

  it('checks the name length and the phone, mobile and email forms as the user types', async () => {
    const user = userEvent.setup();
    renderDrawer([noDuplicates]);
    await user.type(screen.getByLabelText('客户名称'), '华');
    expect(await screen.findByText('客户名称为 2–100 个字')).toBeInTheDocument();
    await user.type(screen.getByLabelText('手机'), '2380013800');
    await user.type(screen.getByLabelText('电话'), '12345');
    await user.click(save());
    expect(await screen.findByText('手机号格式不正确（11 位，以 1 开头）')).toBeInTheDocument();
    expect(screen.getByText('电话格式不正确，如 010-88886666 或 400-800-1234')).toBeInTheDocument();
    // A landline alone is enough: the "one of them" error goes away.
    await user.clear(screen.getByLabelText('手机'));
    await user.clear(screen.getByLabelText('电话'));
    await user.type(screen.getByLabelText('电话'), '010-88886666');
    await user.click(save());
    expect(screen.queryByText('手机和电话至少填一个')).not.toBeInTheDocument();
    expect(screen.queryByText('电话格式不正确，如 010-88886666 或 400-800-1234')).not.toBeInTheDocument();
  });

  it('warns while the name is typed that the customer exists and who owns it', async () => {
    const user = userEvent.setup();
    renderDrawer([dupMock, noDuplicates]);
    await user.type(screen.getByLabelText('客户名称'), EXISTING);
    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByText('负责人：张伟')).toBeInTheDocument();
    expect(within(warning).getByText('完全重复：保存会被拒绝')).toBeInTheDocument();
    expect(within(warning).getByText('名称相同')).toBeInTheDocument();
    // Not visible to this user: named, but not a link.
    expect(within(warning).queryByRole('link')).not.toBeInTheDocument();
  });

  it('creates the customer with its first contact and hands back the new id', async () => {
    const user = userEvent.setup();
    const created = jest.fn(() => ({ data: { createCustomer: { __typename: 'Customer', id: 'c100', name: '杭州新材料有限公司' } } }));
    const { onCreated } = renderDrawer([
      noDuplicates,
      {
        request: {
          query: CreateCustomerMutation,
          variables: {
            // Only what was filled: an explicit null would mean "clear it" to the API.
            input: { name: '杭州新材料有限公司', type: 'PROSPECT', contact: { name: '陈经理', mobile: '13900001111' } },
          },
        },
        result: created,
      },
    ]);
    await user.type(screen.getByLabelText('客户名称'), '杭州新材料有限公司');
    await user.type(screen.getByLabelText('联系人姓名'), '陈经理');
    await user.type(screen.getByLabelText('手机'), '13900001111');
    await user.click(save());
    await screen.findByText('客户“杭州新材料有限公司”已创建');
    expect(created).toHaveBeenCalledTimes(1);
    expect(onCreated).toHaveBeenCalledWith('c100', '杭州新材料有限公司');
  });

  it('shows the API refusal of an exact duplicate with the owner', async () => {
    const user = userEvent.setup();
    const { GraphQLError } = await import('graphql');
    renderDrawer([
      noDuplicates,
      {
        request: { query: CreateCustomerMutation, variables: () => true },
        result: { errors: [new GraphQLError('已存在同名客户「杭州新材料有限公司」，负责人：张伟 (duplicate of an existing customer)', { extensions: { code: 'DUPLICATE', field: 'input.name' } })] },
      },
    ]);
    await user.type(screen.getByLabelText('客户名称'), '杭州新材料有限公司');
    await user.type(screen.getByLabelText('联系人姓名'), '陈经理');
    await user.type(screen.getByLabelText('手机'), '13900001111');
    await user.click(save());
    expect(await screen.findByTestId('duplicate-refused')).toHaveTextContent('已存在同名客户「杭州新材料有限公司」，负责人：张伟');
  });
});
