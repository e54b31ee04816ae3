import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CustomFieldModal } from './CustomFieldModal';
import { CreateCustomFieldMutation } from './documents';

const row = (over: Record<string, unknown>) => ({
  __typename: 'CustomField',
  id: 'f1',
  key: 'level',
  label: '合作级别',
  kind: 'SELECT',
  options: ['战略', '普通'],
  required: true,
  position: 0,
  version: 1,
  ...over,
});

const createSelect = {
  request: {
    query: CreateCustomFieldMutation,
    variables: { input: { key: 'level', label: '合作级别', kind: 'SELECT', options: ['战略', '普通'], required: true, position: null } },
  },
  result: { data: { createCustomField: row({}) } },
};

const createText = {
  request: {
    query: CreateCustomFieldMutation,
    variables: { input: { key: 'budget_note', label: '预算说明', kind: 'TEXT', options: null, required: false, position: null } },
  },
  result: { data: { createCustomField: row({ key: 'budget_note', label: '预算说明', kind: 'TEXT', options: [], required: false }) } },
};

function setup(mocks: unknown[] = []) {
  const onSaved = jest.fn();
  renderWithProviders(<CustomFieldModal open field={null} onClose={jest.fn()} onSaved={onSaved} />, { mocks: mocks as never });
  return { onSaved, user: userEvent.setup({ delay: null }) };
}

/** One change event per field: what the user typed, without replaying every key. */
function enter(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const submit = () => screen.getByRole('button', { name: /新\s*建/ });

async function chooseKind(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByLabelText('类型'));
  await user.click(await screen.findByTitle(label));
}

// Select dropdowns are slow in jsdom on a busy 2-core machine: jest's 5 s default is too tight (nothing here measures time).
jest.setTimeout(60_000);

describe('CustomFieldModal', () => {
  it('asks for a label and a well-formed key', async () => {
    const { user, onSaved } = setup();
    enter('字段标识', 'Budget-2025');
    await user.click(submit());
    expect(await screen.findByText('请输入字段名称')).toBeInTheDocument();
    expect(screen.getByText(/以小写字母开头/)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('requires options for a single select field', async () => {
    const { user, onSaved } = setup();
    enter('字段名称', '合作级别');
    enter('字段标识', 'level');
    await chooseKind(user, '单选');
    await user.click(submit());
    expect(await screen.findByText('单选和多选字段至少需要一个选项')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('requires options for a multi select field too', async () => {
    const { user } = setup();
    enter('字段名称', '关注点');
    enter('字段标识', 'interests');
    await chooseKind(user, '多选');
    await user.click(submit());
    expect(await screen.findByText('单选和多选字段至少需要一个选项')).toBeInTheDocument();
  });

  it('creates a select field with its options and the required flag', async () => {
    const { user, onSaved } = setup([createSelect]);
    enter('字段名称', '合作级别');
    enter('字段标识', 'level');
    await chooseKind(user, '单选');
    await user.type(await screen.findByLabelText('选项'), '战略{enter}普通{enter}');
    await user.click(screen.getByLabelText('必填'));
    await user.click(submit());
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });

  it('needs no options for a text field', async () => {
    const { user, onSaved } = setup([createText]);
    enter('字段名称', '预算说明');
    enter('字段标识', 'budget_note');
    expect(screen.queryByLabelText('选项')).not.toBeInTheDocument();
    await user.click(submit());
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });
});
