import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ContractActionModal } from './ContractActionModal';

// antd forms render slowly on a busy machine; the default 5 s is not about behaviour.
jest.setTimeout(30_000);

describe('ContractActionModal', () => {
  it('requires a comment to reject, and sends it trimmed', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ContractActionModal action="REJECT" contractNumber="HT-2026-0002" onCancel={jest.fn()} onSubmit={onSubmit} />);

    const ok = screen.getAllByRole('button', { name: /驳\s*回/ }).find((b) => b.closest('.ant-modal-footer'))!;
    await user.click(ok);
    expect(await screen.findByText('请填写驳回意见，方便对方修改')).toBeInTheDocument();
    await user.type(screen.getByLabelText('驳回意见'), '   ');
    await user.click(ok);
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('驳回意见'), ' 折扣过高 ');
    await user.click(ok);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ comment: '折扣过高', signedAt: undefined }));
  });

  it('approves with an optional comment', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ContractActionModal action="APPROVE" contractNumber="HT-2026-0002" onCancel={jest.fn()} onSubmit={onSubmit} />);
    await user.click(screen.getAllByRole('button', { name: /审批通过/ }).find((b) => b.closest('.ant-modal-footer'))!);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ comment: undefined, signedAt: undefined }));
  });

  it('asks for a termination reason in English too', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ContractActionModal action="TERMINATE" contractNumber="HT-1" onCancel={jest.fn()} onSubmit={onSubmit} />, {
      locale: 'en',
    });
    await user.click(screen.getAllByRole('button', { name: 'Terminate' }).find((b) => b.closest('.ant-modal-footer'))!);
    expect(await screen.findByText('Please give a reason')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('signs with a date (today by default)', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(<ContractActionModal action="SIGN" contractNumber="HT-1" onCancel={jest.fn()} onSubmit={onSubmit} />);
    await user.click(screen.getAllByRole('button', { name: /签\s*订/ }).find((b) => b.closest('.ant-modal-footer'))!);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0].signedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
