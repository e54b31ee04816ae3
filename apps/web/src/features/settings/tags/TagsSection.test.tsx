import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@/test/render';
import { DeleteTagMutation, SettingsTagsQuery, TagUsageQuery } from './documents';
import { TagsSection } from './TagsSection';

jest.setTimeout(60_000);

const tag = (id: string, name: string) => ({ __typename: 'Tag', id, name, color: null, createdAt: '2026-12-01T02:00:00.000Z' });
const tags = (list: ReturnType<typeof tag>[]) => ({ request: { query: SettingsTagsQuery }, result: { data: { tags: list } } });
const usage = (n: number) => ({
  request: { query: TagUsageQuery, variables: { name: '价格敏感' } },
  result: { data: { customers: { __typename: 'CustomerConnection', totalCount: n } } },
});

describe('TagsSection', () => {
  it('lists tags with their first use in Beijing time', async () => {
    renderWithProviders(<TagsSection />, { mocks: [tags([tag('t1', '价格敏感')])] });
    expect(await screen.findByText('价格敏感')).toBeInTheDocument();
    expect(screen.getByText('2026-12-01 10:00')).toBeInTheDocument();
  });

  it('says how many customers lose the tag, deletes it, and reports customersUntagged', async () => {
    const user = userEvent.setup({ delay: null });
    const deleted = jest.fn(() => ({
      data: { deleteTag: { __typename: 'DeleteTagPayload', id: 't1', name: '价格敏感', customersUntagged: 3 } },
    }));
    renderWithProviders(<TagsSection />, {
      mocks: [
        tags([tag('t1', '价格敏感')]),
        usage(3),
        { request: { query: DeleteTagMutation, variables: { id: 't1' } }, result: deleted },
        tags([]),
      ],
    });
    const row = (await screen.findByText('价格敏感')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /删\s*除/ }));
    expect(await screen.findByText('将从 3 位客户身上移除此标签，此操作不能撤销。')).toBeInTheDocument();
    expect(deleted).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /删除标签/ }));
    expect(await screen.findByText('已删除标签「价格敏感」，3 位客户不再带有它')).toBeInTheDocument();
    expect(deleted).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByText('价格敏感')).toBeNull());
  });

  it('keeps the dialog open with the reason when the API refuses', async () => {
    const user = userEvent.setup({ delay: null });
    const refused = {
      errors: [new GraphQLError('有客户不在您的编辑范围内', { extensions: { code: 'FORBIDDEN' } })],
    };
    renderWithProviders(<TagsSection />, {
      mocks: [tags([tag('t1', '价格敏感')]), usage(5), { request: { query: DeleteTagMutation, variables: { id: 't1' } }, result: refused }],
    });
    const row = (await screen.findByText('价格敏感')).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: /删\s*除/ }));
    await screen.findByText('将从 5 位客户身上移除此标签，此操作不能撤销。');
    await user.click(screen.getByRole('button', { name: /删除标签/ }));
    expect(await screen.findByText('有客户不在您的编辑范围内')).toBeInTheDocument();
    expect(screen.getByText('删除标签「价格敏感」')).toBeInTheDocument();
  });
});
