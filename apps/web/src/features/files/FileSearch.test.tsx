import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiPublicUrlContext } from '@/lib/apollo/ApiUrlContext';
import { renderWithProviders } from '@/test/render';
import { FileSearch } from './FileSearch';
import { SearchAttachmentsQuery } from './queries';

// antd in jsdom on a shared 2-core machine is slow; these are harness limits, not assertions about speed.
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 10_000 });

const licence = {
  __typename: 'Attachment' as const,
  id: 'a1',
  fileName: '华信电子营业执照.jpg',
  contentType: 'image/jpeg',
  size: 1_572_864,
  category: 'BUSINESS_LICENSE',
  uploadedAt: '2026-12-07T08:02:00Z',
  uploadedBy: { __typename: 'User' as const, id: 'u1', name: '张三' },
  downloadUrl: '/files/a1?u=u1&e=1&s=sig',
  customerId: 'c42',
};
const found = (name: string, attachments: unknown[]) => ({
  request: { query: SearchAttachmentsQuery, variables: { name } },
  result: { data: { attachments } },
});

function renderSearch(mocks: unknown[]) {
  renderWithProviders(
    <ApiPublicUrlContext.Provider value="http://crm.example:4000/graphql">
      <FileSearch />
    </ApiPublicUrlContext.Provider>,
    { mocks: mocks as never },
  );
}

describe('FileSearch', () => {
  it('finds files by words of their name and leads to their customer, times in the business time zone', async () => {
    const user = userEvent.setup({ delay: null });
    renderSearch([found('营业执照', [licence])]);
    await user.click(screen.getByRole('button', { name: /搜索文件/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('searchbox', { name: '按文件名搜索附件' }), '  营业执照 {Enter}');
    const results = await within(dialog).findByTestId('file-search-results');
    const open = within(results).getByRole('link', { name: '华信电子营业执照.jpg' });
    expect(open).toHaveAttribute('href', 'http://crm.example:4000/files/a1?u=u1&e=1&s=sig');
    expect(within(results).getByText('营业执照')).toBeInTheDocument();
    expect(within(results).getByText('1.5 MB')).toBeInTheDocument();
    expect(within(results).getByText('2026-12-07 16:02')).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: '查看客户' })).toHaveAttribute('href', '/customers/c42?tab=files');
  });

  it('says so when no file name matches, and asks nothing for blank words', async () => {
    const user = userEvent.setup({ delay: null });
    renderSearch([found('报价单', [])]);
    await user.click(screen.getByRole('button', { name: /搜索文件/ }));
    const dialog = await screen.findByRole('dialog');
    const box = within(dialog).getByRole('searchbox', { name: '按文件名搜索附件' });
    await user.type(box, '   {Enter}');
    expect(within(dialog).queryByTestId('file-search-results')).toBeNull();
    await user.type(box, '报价单{Enter}');
    expect(await within(dialog).findByText('没有文件名包含“报价单”的附件')).toBeInTheDocument();
  });
});
