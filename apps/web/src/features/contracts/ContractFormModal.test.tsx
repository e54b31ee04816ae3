import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ContractFormModal, ContractFormOptionsQuery } from './ContractFormModal';

// antd forms render slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(60_000);

const options = {
  request: { query: ContractFormOptionsQuery, variables: { customerId: 'c1', withCustomer: true } },
  result: {
    data: {
      products: {
        __typename: 'ProductConnection',
        edges: [
          {
            __typename: 'ProductEdge',
            node: { __typename: 'Product', id: 'p1', code: 'CRM-STD', name: '客户管理系统标准版', unit: '套', listPrice: '20000.00' },
          },
        ],
      },
      customer: {
        __typename: 'Customer',
        id: 'c1',
        opportunities: [{ __typename: 'Opportunity', id: 'o1', name: '年度采购', stage: 'WON' }],
        contracts: [{ __typename: 'Contract', id: 'k1', number: 'HT-2026-0001', title: '框架合同', kind: 'STANDARD' }],
      },
    },
  },
};

const save = () => screen.getByRole('button', { name: /保\s*存/ });

describe('ContractFormModal', () => {
  it('prefills a won opportunity and totals the lines exactly as they are typed', async () => {
    renderWithProviders(
      <ContractFormModal
        open
        customerId="c1"
        prefill={{ opportunity: { id: 'o1', name: '年度采购', amount: '40000.00' } }}
        onClose={jest.fn()}
      />,
      { mocks: [options] },
    );
    expect((screen.getByLabelText('合同名称') as HTMLInputElement).value).toBe('年度采购');
    expect(screen.getByRole('dialog')).toHaveTextContent('由商机“年度采购”生成');
    const line = screen.getAllByTestId('contract-form-line')[0];
    fireEvent.change(within(line).getByLabelText('名称'), { target: { value: '实施服务' } });
    fireEvent.change(within(line).getByLabelText('数量'), { target: { value: '4' } });
    fireEvent.change(within(line).getByLabelText('单价'), { target: { value: '1500' } });
    fireEvent.change(within(line).getByLabelText('折扣 %'), { target: { value: '10' } });
    await waitFor(() => expect(screen.getByTestId('contract-form-total')).toHaveTextContent('¥5,400.00'));
  });

  it('copies the products of the opportunity it is drafted from into its lines', async () => {
    const lines = [
      { name: '客户管理系统标准版', unit: '套', quantity: '2.00', unitPrice: '19999.99', product: { id: 'p1' } },
      { name: '实施服务', unit: null, quantity: '0.30', unitPrice: '0.10', product: { id: 'p2' } },
    ];
    renderWithProviders(
      <ContractFormModal
        open
        customerId="c1"
        prefill={{ opportunity: { id: 'o1', name: '年度采购', amount: '40000.00', lines } }}
        onClose={jest.fn()}
      />,
      { mocks: [options] },
    );
    const rows = screen.getAllByTestId('contract-form-line');
    expect(rows).toHaveLength(2);
    expect((within(rows[1]).getByLabelText('名称') as HTMLInputElement).value).toBe('实施服务');
    expect((within(rows[1]).getByLabelText('数量') as HTMLInputElement).value).toBe('0.30');
    // 39999.98 + 0.03, exact.
    await waitFor(() => expect(screen.getByTestId('contract-form-total')).toHaveTextContent('¥40,000.01'));
  });

  it('asks for a title, an item per line, a positive quantity and a sane price and discount', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    renderWithProviders(<ContractFormModal open customerId="c1" onClose={jest.fn()} onSaved={onSaved} />, { mocks: [options] });
    const line = screen.getAllByTestId('contract-form-line')[0];
    fireEvent.change(within(line).getByLabelText('数量'), { target: { value: '0' } });
    fireEvent.change(within(line).getByLabelText('单价'), { target: { value: '-5' } });
    fireEvent.change(within(line).getByLabelText('折扣 %'), { target: { value: '120' } });
    await user.click(save());
    expect(await screen.findByText('请输入合同名称')).toBeInTheDocument();
    expect(screen.getByText('请输入名称或选择产品')).toBeInTheDocument();
    expect(screen.getByText('数量须大于 0')).toBeInTheDocument();
    expect(screen.getByText('单价不能为负，最多两位小数')).toBeInTheDocument();
    expect(screen.getByText('折扣为 0–100')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('wants at least one line and, for a supplement, the contract it amends', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContractFormModal open customerId="c1" prefill={{ kind: 'SUPPLEMENTARY' }} onClose={jest.fn()} />, {
      mocks: [options],
    });
    expect(screen.getByRole('dialog')).toHaveTextContent('新建补充合同');
    await user.click(screen.getByRole('button', { name: '删除此行' }));
    fireEvent.change(screen.getByLabelText('合同名称'), { target: { value: '补充协议' } });
    await user.click(save());
    expect(await screen.findByText('请至少添加一行明细')).toBeInTheDocument();
    expect(screen.getByText('补充合同请选择它补充的原合同')).toBeInTheDocument();
  });

  it('asks for the customer when opened outside a customer', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ContractFormModal open onClose={jest.fn()} />);
    await user.click(save());
    expect(await screen.findByText('请选择客户')).toBeInTheDocument();
  });
});
