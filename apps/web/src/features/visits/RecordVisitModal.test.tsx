import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { RecordVisitModal } from './RecordVisitModal';

// antd forms render slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(60_000);

describe('RecordVisitModal', () => {
  it('asks how it went: method, satisfaction and the result', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    renderWithProviders(
      <RecordVisitModal
        visit={{ id: 'v1', version: 1, topic: '季度回访', type: 'REGULAR', customerId: 'c1' }}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('记录回访 · 季度回访');
    // Satisfaction offers the four levels in words, not codes.
    for (const word of ['非常满意', '满意', '一般', '不满意']) expect(screen.getByText(word)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请选择回访方式')).toBeInTheDocument();
    expect(screen.getByText('请选择客户满意度')).toBeInTheDocument();
    expect(screen.getByText('请填写回访结果')).toBeInTheDocument();
    await waitFor(() => expect(onSaved).not.toHaveBeenCalled());
  });
});
