import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { TaskAssigneesQuery } from './documents';
import { TaskFormModal } from './TaskFormModal';

// antd forms render slowly in jsdom on a busy 2-core machine: jest's 5 s default is too tight (nothing here measures time).
jest.setTimeout(60_000);

const people = {
  request: { query: TaskAssigneesQuery },
  result: {
    data: {
      me: { __typename: 'User', id: 'u1', name: '李娜' },
      users: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'u1', name: '李娜' } }] },
    },
  },
};

function setup() {
  const onCreated = jest.fn();
  renderWithProviders(<TaskFormModal open onClose={jest.fn()} onCreated={onCreated} />, { mocks: [people] });
  return { onCreated, user: userEvent.setup({ delay: null }) };
}

const submit = () => screen.getByRole('button', { name: /创\s*建/ });

describe('TaskFormModal', () => {
  it('asks for a title and offers tomorrow 10:00 as the due time', async () => {
    const { user, onCreated } = setup();
    expect((screen.getByLabelText('截止时间') as HTMLInputElement).value).toMatch(/ 10:00$/);
    await user.click(submit());
    expect(await screen.findByText('请输入任务标题')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('refuses a title longer than 100 characters', async () => {
    const { user, onCreated } = setup();
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '回'.repeat(101) } });
    await user.click(submit());
    expect(await screen.findByText('标题最多 100 个字')).toBeInTheDocument();
    await waitFor(() => expect(onCreated).not.toHaveBeenCalled());
  });
});
