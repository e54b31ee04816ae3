import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CreateCustomerDrawer, CreateCustomerMutation } from './CreateCustomerDrawer';
import { CustomerFormFieldsQuery } from '../customFields/queries';
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
        {
          __typename: 'DuplicateCandidate',
          customerId: 'c9',
          name: EXISTING,
          exact: true,
          reasons: ['SAME_NAME'],
          visible: false,
          owner: { __typename: 'User', id: 'u5', name: '张伟' },
        },
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

const field = (key: string, label: string, kind: string, extra: { options?: string[]; required?: boolean } = {}) => ({
  __typename: 'CustomField',
  id: `cf-${key}`,
  key,
  label,
  kind,
  options: extra.options ?? [],
  required: extra.required ?? false,
  position: 0,
});
/** The admin's fields: a required text, a number, a date, a single and a multi select, in form order. */
const ADMIN_FIELDS = [
  { ...field('credit_code', '统一社会信用代码', 'TEXT', { required: true }), position: 1 },
  { ...field('budget', '年采购预算', 'NUMBER'), position: 2 },
  { ...field('visit_date', '首次拜访日期', 'DATE'), position: 3 },
  { ...field('level', '客户层级', 'SELECT', { options: ['总部', '分公司'] }), position: 4 },
  { ...field('channels', '渠道', 'MULTI_SELECT', { options: ['线上', '线下'] }), position: 5 },
];
const fieldsMock = (customFields: unknown[]) => ({
  request: { query: CustomerFormFieldsQuery },
  result: { data: { customFields } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderDrawer(mocks: unknown[] = [], onCreated = jest.fn(), customFields: unknown[] = []) {
  renderWithProviders(<CreateCustomerDrawer open onClose={jest.fn()} onCreated={onCreated} />, {
    mocks: [fieldsMock(customFields), ...mocks] as never,
  });
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
        result: {
          errors: [
            new GraphQLError('已存在同名客户「杭州新材料有限公司」，负责人：张伟', {
              extensions: { code: 'DUPLICATE', field: 'input.name' },
            }),
          ],
        },
      },
    ]);
    await user.type(screen.getByLabelText('客户名称'), '杭州新材料有限公司');
    await user.type(screen.getByLabelText('联系人姓名'), '陈经理');
    await user.type(screen.getByLabelText('手机'), '13900001111');
    await user.click(save());
    expect(await screen.findByTestId('duplicate-refused')).toHaveTextContent('已存在同名客户「杭州新材料有限公司」，负责人：张伟');
  });

  describe('custom fields', () => {
    // Pasted, not typed key by key: these tests are about the custom fields.
    const fillRequired = async (user: ReturnType<typeof userEvent.setup>) => {
      for (const [label, value] of [
        ['客户名称', '杭州新材料有限公司'],
        ['联系人姓名', '陈经理'],
        ['手机', '13900001111'],
      ]) {
        await user.click(screen.getByLabelText(label));
        await user.paste(value);
      }
    };
    /** The form item (label, input and its error) of an input. */
    const itemOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

    it('shows the admin fields in their order with the input of their kind, and requires the required one', async () => {
      const user = userEvent.setup();
      const created = jest.fn(() => ({ data: { createCustomer: { __typename: 'Customer', id: 'c1', name: 'x' } } }));
      renderDrawer(
        [noDuplicates, { request: { query: CreateCustomerMutation, variables: () => true }, result: created }],
        jest.fn(),
        ADMIN_FIELDS,
      );
      const code = await screen.findByLabelText('统一社会信用代码');
      // In the admin's order, after the contact.
      const labels = [...screen.getByRole('dialog').querySelectorAll('label')].map((l) => l.textContent);
      expect(labels.slice(-5)).toEqual(['统一社会信用代码', '年采购预算', '首次拜访日期', '客户层级', '渠道']);
      expect(itemOf('统一社会信用代码').querySelector('.ant-form-item-required')).not.toBeNull();
      expect(itemOf('年采购预算').querySelector('.ant-form-item-required')).toBeNull();
      expect(screen.getByLabelText('年采购预算')).toHaveAttribute('role', 'spinbutton');
      expect(screen.getByLabelText('客户层级')).toHaveAttribute('role', 'combobox');

      await fillRequired(user);
      await user.click(save());
      expect(await within(itemOf('统一社会信用代码')).findByText('请填写「统一社会信用代码」')).toBeInTheDocument();
      expect(created).not.toHaveBeenCalled();
      // Blanks are not a value.
      await user.type(code, '   ');
      await user.click(save());
      expect(await within(itemOf('统一社会信用代码')).findByText('请填写「统一社会信用代码」')).toBeInTheDocument();
      expect(created).not.toHaveBeenCalled();
    });

    it('sends a number as a number, a date as YYYY-MM-DD and the chosen options', async () => {
      const user = userEvent.setup();
      const created = jest.fn(() => ({ data: { createCustomer: { __typename: 'Customer', id: 'c100', name: '杭州新材料有限公司' } } }));
      renderDrawer(
        [
          noDuplicates,
          {
            request: {
              query: CreateCustomerMutation,
              variables: {
                input: {
                  name: '杭州新材料有限公司',
                  type: 'PROSPECT',
                  contact: { name: '陈经理', mobile: '13900001111' },
                  customFields: {
                    credit_code: '91330100MA2XXXXX0X',
                    budget: 120.5,
                    visit_date: '2026-12-31',
                    level: '分公司',
                    channels: ['线下'],
                  },
                },
              },
            },
            result: created,
          },
        ],
        jest.fn(),
        ADMIN_FIELDS,
      );
      await fillRequired(user);
      await user.click(await screen.findByLabelText('统一社会信用代码'));
      await user.paste('91330100MA2XXXXX0X');
      await user.click(screen.getByLabelText('年采购预算'));
      await user.paste('120.5');
      const date = screen.getByLabelText('首次拜访日期');
      await user.click(date);
      await user.type(date, '2026-12-31{Enter}');
      await user.click(screen.getByLabelText('客户层级'));
      await user.click(await screen.findByTitle('分公司'));
      await user.click(screen.getByLabelText('渠道'));
      await user.click(await screen.findByTitle('线下'));
      await user.click(save());
      await screen.findByText('客户“杭州新材料有限公司”已创建');
      expect(created).toHaveBeenCalledTimes(1);
    }, 180_000);

    it('puts the server refusal of a custom value on its input', async () => {
      const user = userEvent.setup();
      const { GraphQLError } = await import('graphql');
      // The admin made a field required after the form was loaded: the API names it.
      const refused = jest.fn(() => ({
        errors: [
          new GraphQLError('自定义字段「统一社会信用代码」为必填项', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.customFields.credit_code' },
          }),
        ],
      }));
      const fields = [{ ...ADMIN_FIELDS[0], required: false }];
      renderDrawer(
        [noDuplicates, { request: { query: CreateCustomerMutation, variables: () => true }, result: refused }],
        jest.fn(),
        fields,
      );
      await screen.findByLabelText('统一社会信用代码');
      await fillRequired(user);
      await user.click(save());
      expect(await within(itemOf('统一社会信用代码')).findByText('自定义字段「统一社会信用代码」为必填项')).toBeInTheDocument();
      expect(refused).toHaveBeenCalledTimes(1);
      expect(screen.queryByTestId('form-error')).not.toBeInTheDocument();
    });

    it('shows a refusal naming a field the form does not have above the form, never silently', async () => {
      const user = userEvent.setup();
      const { GraphQLError } = await import('graphql');
      // A field defined after the form was loaded: the form has no input for it.
      const refused = jest.fn(() => ({
        errors: [
          new GraphQLError('自定义字段「开票抬头」为必填项 (invoice_title is required)', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.customFields.invoice_title' },
          }),
        ],
      }));
      renderDrawer([noDuplicates, { request: { query: CreateCustomerMutation, variables: () => true }, result: refused }]);
      await fillRequired(user);
      await user.click(save());
      expect(await screen.findByTestId('form-error')).toHaveTextContent('自定义字段「开票抬头」为必填项');
    });
  });
});
