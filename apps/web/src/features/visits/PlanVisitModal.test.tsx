import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { PlanVisitModal } from './PlanVisitModal';

// antd forms render slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(60_000);

const save = () => screen.getByRole('button', { name: /保\s*存/ });

describe('PlanVisitModal', () => {
  it('asks for a topic (at most 200 characters) and offers tomorrow 10:00', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    renderWithProviders(<PlanVisitModal open customerId="c1" onClose={jest.fn()} onSaved={onSaved} />);
    expect((screen.getByLabelText('计划时间') as HTMLInputElement).value).toMatch(/ 10:00$/);
    await user.click(save());
    expect(await screen.findByText('请输入回访主题')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('回访主题'), { target: { value: '访'.repeat(201) } });
    await user.click(save());
    expect(await screen.findByText('回访主题最多 200 个字')).toBeInTheDocument();
    await waitFor(() => expect(onSaved).not.toHaveBeenCalled());
  });

  it('asks for the customer on the /visits page', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<PlanVisitModal open onClose={jest.fn()} />);
    await user.click(save());
    expect(await screen.findByText('请选择客户')).toBeInTheDocument();
  });
});
