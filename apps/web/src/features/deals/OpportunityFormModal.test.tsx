import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { ContractFormOptionsQuery } from '@/features/contracts/ContractFormModal';
import { OpportunityFormModal, UpdateOpportunityMutation } from './OpportunityFormModal';

// antd forms render slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(60_000);

const save = () => screen.getByRole('button', { name: /保\s*存/ });

describe('OpportunityFormModal', () => {
  it('asks for the customer and the name of a new opportunity', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    renderWithProviders(<OpportunityFormModal open onClose={jest.fn()} onSaved={onSaved} />);
    expect(screen.getByRole('dialog')).toHaveTextContent('新建商机');
    await user.click(save());
    expect(await screen.findByText('请选择客户')).toBeInTheDocument();
    expect(screen.getByText('请输入商机名称')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a negative amount, more than two decimals and a win rate above 100', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<OpportunityFormModal open customerId="c1" onClose={jest.fn()} />);
    // The customer is fixed on the 360 page: no customer field.
    expect(screen.queryByText('客户')).toBeNull();
    fireEvent.change(screen.getByLabelText('商机名称'), { target: { value: '年度采购' } });
    fireEvent.change(screen.getByLabelText('金额（元）'), { target: { value: '12.345' } });
    fireEvent.change(screen.getByLabelText('赢率（%）'), { target: { value: '101' } });
    await user.click(save());
    expect(await screen.findByText('请输入不小于 0 的金额，最多两位小数')).toBeInTheDocument();
    expect(screen.getByText('赢率应为 0–100 的整数')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('金额（元）'), { target: { value: '-1' } });
    await user.click(save());
    expect(await screen.findByText('请输入不小于 0 的金额，最多两位小数')).toBeInTheDocument();
  });

  it('shows the API’s error on the field it names', async () => {
    const user = userEvent.setup({ delay: null });
    const refused = jest.fn(() => ({
      errors: [new GraphQLError('金额超出上限', { extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' } })],
    }));
    renderWithProviders(
      <OpportunityFormModal
        open
        opportunity={{ id: 'o1', version: 2, name: '年度采购', amount: '100.00', winRate: 60, expectedCloseDate: null, remark: null }}
        onClose={jest.fn()}
      />,
      {
        mocks: [
          {
            request: {
              query: UpdateOpportunityMutation,
              variables: {
                id: 'o1',
                version: 2,
                input: { name: '年度采购', amount: '99999999999999', winRate: 60, expectedCloseDate: null, remark: null, lines: [] },
              },
            },
            result: refused,
          },
        ],
      },
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('编辑商机');
    fireEvent.change(screen.getByLabelText('金额（元）'), { target: { value: '99999999999999' } });
    await user.click(save());
    expect(await screen.findByText('金额超出上限')).toBeInTheDocument();
    await waitFor(() => expect(refused).toHaveBeenCalledTimes(1));
  });

  it('lists products from the catalogue; the amount follows their total until typed by hand, and the lines are sent', async () => {
    const products = {
      request: { query: ContractFormOptionsQuery, variables: { customerId: '', withCustomer: false } },
      result: {
        data: {
          products: {
            __typename: 'ProductConnection',
            edges: [
              {
                __typename: 'ProductEdge',
                node: { __typename: 'Product', id: 'p1', code: 'CRM-STD', name: '客户管理系统标准版', unit: '套', listPrice: '19999.99' },
              },
            ],
          },
        },
      },
    };
    const editing = {
      id: 'o1',
      version: 3,
      name: '年度采购',
      amount: '39999.98',
      winRate: 60,
      expectedCloseDate: null,
      remark: null,
      lines: [{ quantity: '2', unitPrice: '19999.99', product: { id: 'p1' } }],
    };
    const sent = jest.fn(() => ({
      data: {
        updateOpportunity: {
          __typename: 'Opportunity',
          id: 'o1',
          name: '年度采购',
          amount: '59999.97',
          winRate: 60,
          expectedCloseDate: null,
          remark: null,
          version: 4,
          lines: [],
        },
      },
    }));
    const update = {
      request: {
        query: UpdateOpportunityMutation,
        variables: {
          id: 'o1',
          version: 3,
          input: {
            name: '年度采购',
            amount: '59999.97',
            winRate: 60,
            expectedCloseDate: null,
            remark: null,
            lines: [{ productId: 'p1', quantity: '3', unitPrice: '19999.99' }],
          },
        },
      },
      result: sent,
    };
    renderWithProviders(<OpportunityFormModal open opportunity={editing} onClose={jest.fn()} />, { mocks: [products, update] });
    const line = screen.getAllByTestId('opportunity-form-line')[0];
    fireEvent.change(within(line).getByLabelText('数量'), { target: { value: '3' } });
    // The amount equalled the old total, so it follows: 3 × 19999.99.
    await waitFor(() => expect((screen.getByLabelText('金额（元）') as HTMLInputElement).value).toBe('59999.97'));
    await waitFor(() => expect(screen.getByTestId('opportunity-form-total')).toHaveTextContent('产品合计：¥59,999.97'));
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });

  it('keeps an amount typed by hand when the products change', async () => {
    renderWithProviders(<OpportunityFormModal open customerId="c1" onClose={jest.fn()} />);
    fireEvent.change(screen.getByLabelText('金额（元）'), { target: { value: '50000' } });
    fireEvent.click(screen.getByRole('button', { name: /添加/ }));
    const line = await screen.findByTestId('opportunity-form-line');
    fireEvent.change(within(line).getByLabelText('单价'), { target: { value: '100' } });
    await waitFor(() => expect(screen.getByTestId('opportunity-form-total')).toHaveTextContent('¥100.00'));
    expect((screen.getByLabelText('金额（元）') as HTMLInputElement).value).toBe('50000');
  });
});
