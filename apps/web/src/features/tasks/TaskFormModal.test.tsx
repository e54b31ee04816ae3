import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { GraphQLError } from 'graphql';
import { TaskAssigneesQuery, UpdateTaskMutation } from './documents';
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

const task = {
  __typename: 'Task' as const,
  id: 't1',
  title: '季度回访',
  description: null,
  dueAt: '2026-12-10T02:00:00.000Z',
  priority: 'NORMAL' as const,
  status: 'OPEN' as const,
  overdue: false,
  completionNote: null,
  completedAt: null,
  version: 3,
  customer: { __typename: 'Customer' as const, id: 'c1', name: '北京华信' },
  assignee: { __typename: 'User' as const, id: 'u1', name: '李娜' },
  creator: { __typename: 'User' as const, id: 'u1', name: '李娜' },
};

function editVariables(title: string) {
  return {
    id: 't1',
    version: 3,
    input: { title, description: null, dueAt: task.dueAt, priority: 'NORMAL', assigneeId: 'u1' },
  };
}

describe('TaskFormModal editing a task', () => {
  it('is filled in, keeps the customer fixed, and asks for a title', async () => {
    const onCreated = jest.fn();
    renderWithProviders(<TaskFormModal open task={task} onClose={jest.fn()} onCreated={onCreated} />, { mocks: [people] });
    const user = userEvent.setup({ delay: null });
    expect(screen.getByText('编辑任务')).toBeInTheDocument();
    expect((screen.getByLabelText('标题') as HTMLInputElement).value).toBe('季度回访');
    expect(screen.getByText('关联客户创建后不能更改')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '  ' } });
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请输入任务标题')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('saves with the version read', async () => {
    const onCreated = jest.fn();
    const saved = jest.fn(() => ({ data: { updateTask: { ...task, title: '年度回访', version: 4 } } }));
    renderWithProviders(<TaskFormModal open task={task} onClose={jest.fn()} onCreated={onCreated} />, {
      mocks: [people, { request: { query: UpdateTaskMutation, variables: editVariables('年度回访') }, result: saved }],
    });
    const user = userEvent.setup({ delay: null });
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '年度回访' } });
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(saved).toHaveBeenCalled();
  });

  it('shows a stale version as a conflict and stays open', async () => {
    const onCreated = jest.fn();
    const stale = { errors: [new GraphQLError('任务已被他人修改', { extensions: { code: 'CONFLICT' } })] };
    renderWithProviders(<TaskFormModal open task={task} onClose={jest.fn()} onCreated={onCreated} />, {
      mocks: [people, { request: { query: UpdateTaskMutation, variables: editVariables('季度回访') }, result: stale }],
    });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('任务已被他人修改')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
