import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { AdvanceModal } from './AdvanceModal';

const okButton = () => screen.getByRole('button', { name: '确认推进' });

// antd forms render slowly on a busy machine; the default 5 s is not about behaviour.
jest.setTimeout(30_000);

describe('AdvanceModal', () => {
  it('shows the move and requires a note before advancing', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(
      <AdvanceModal move={{ name: 'ERP 项目', from: 'NEEDS', to: 'PROPOSAL' }} onCancel={jest.fn()} onSubmit={onSubmit} />,
    );
    expect(screen.getByText('推进商机：ERP 项目')).toBeInTheDocument();
    expect(screen.getByText('需求分析')).toBeInTheDocument();
    expect(screen.getByText('方案报价')).toBeInTheDocument();

    await user.click(okButton());
    expect(await screen.findByText('请填写推进说明')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('推进说明'), ' 客户已确认方案 ');
    await user.click(okButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ note: '客户已确认方案', lostReason: undefined }));
  });

  it('also asks for the lost reason when the deal is lost', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderWithProviders(
      <AdvanceModal move={{ name: 'ERP 项目', from: 'PROPOSAL', to: 'LOST' }} onCancel={jest.fn()} onSubmit={onSubmit} />,
    );
    await user.type(screen.getByLabelText('推进说明'), '客户选择了竞品');
    await user.click(okButton());
    expect(await screen.findByText('输单需要填写原因')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('输单原因'), '价格');
    await user.click(okButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ note: '客户选择了竞品', lostReason: '价格' }));
  });

  it('stays closed without a move', () => {
    renderWithProviders(<AdvanceModal move={null} onCancel={jest.fn()} onSubmit={jest.fn()} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
