import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { VoidInvoiceMutation } from './rowActionQueries';
import { VoidInvoiceAction, type InvoiceRow } from './VoidInvoiceAction';

jest.setTimeout(60_000);

const invoice: InvoiceRow = { id: 'i1', number: 'FP-001', amount: '40000', status: 'ISSUED', version: 1 };
const voidButton = () => screen.getAllByRole('button', { name: /作\s*废/ }).find((b) => b.closest('.ant-modal-footer'))!;

describe('VoidInvoiceAction', () => {
  it('says what happens, requires a reason, and voids with the version read', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = jest.fn();
    const voided = jest.fn(() => ({
      data: { voidInvoice: { __typename: 'Invoice', id: 'i1', status: 'VOIDED', remark: '作废: 抬头错误', version: 2 } },
    }));
    renderWithProviders(<VoidInvoiceAction invoice={invoice} onChanged={onChanged} />, {
      mocks: [{ request: { query: VoidInvoiceMutation, variables: { id: 'i1', version: 1, reason: '抬头错误' } }, result: voided }],
    });
    await user.click(screen.getByRole('button', { name: /作\s*废/ }));
    expect(await screen.findByText(/作废发票 FP-001（¥40,000.00）？/)).toBeInTheDocument();
    await user.click(voidButton());
    expect(await screen.findByText('请填写作废原因')).toBeInTheDocument();
    expect(voided).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('作废原因'), ' 抬头错误 ');
    await user.click(voidButton());
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(voided).toHaveBeenCalled();
  });

  it('a stale version is a conflict: says so and reloads', async () => {
    const user = userEvent.setup({ delay: null });
    const onChanged = jest.fn();
    const stale = { errors: [new GraphQLError('发票已被他人修改', { extensions: { code: 'CONFLICT' } })] };
    renderWithProviders(<VoidInvoiceAction invoice={invoice} onChanged={onChanged} />, {
      mocks: [{ request: { query: VoidInvoiceMutation, variables: { id: 'i1', version: 1, reason: '重复' } }, result: stale }],
    });
    await user.click(screen.getByRole('button', { name: /作\s*废/ }));
    await user.type(await screen.findByLabelText('作废原因'), '重复');
    await user.click(voidButton());
    expect(await screen.findByText('数据已被他人修改，已为您刷新，请重新操作')).toBeInTheDocument();
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('is not offered on a voided invoice', () => {
    renderWithProviders(<VoidInvoiceAction invoice={{ ...invoice, status: 'VOIDED' }} onChanged={jest.fn()} />);
    expect(screen.queryByRole('button', { name: /作\s*废/ })).toBeNull();
  });
});
