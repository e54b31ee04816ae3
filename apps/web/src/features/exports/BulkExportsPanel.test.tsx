import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { BulkExportsPanel } from './BulkExportsPanel';
import { BulkExportsQuery, StartBulkExportMutation } from './documents';
import { navigateToDownload } from './download';

jest.mock('./download', () => ({ navigateToDownload: jest.fn() }));

jest.setTimeout(60_000);

const node = (over: object) => ({
  __typename: 'BulkExport',
  id: 'b1',
  kind: 'CUSTOMERS',
  format: 'JSONL',
  status: 'DONE',
  totalRows: 100000,
  processedRows: 100000,
  fileName: '客户-2026-12-07.jsonl',
  error: null,
  createdAt: '2026-12-07T08:02:00.000Z',
  url: '/files/bulk-exports/tok',
  ...over,
});
const list = (nodes: object[]) => ({
  request: { query: BulkExportsQuery },
  result: {
    data: { bulkExports: { __typename: 'BulkExportConnection', edges: nodes.map((n) => ({ __typename: 'BulkExportEdge', node: n })) } },
  },
});

describe('BulkExportsPanel', () => {
  it('lists bulk exports with labels, business time, progress and a download for finished ones', async () => {
    const go = jest.mocked(navigateToDownload);
    renderWithProviders(<BulkExportsPanel />, {
      mocks: [list([node({}), node({ id: 'b2', kind: 'CONTACTS', status: 'RUNNING', processedRows: 2000, totalRows: 8000, url: null })])],
    });
    const done = (await screen.findByText('已完成')).closest('tr')!;
    expect(within(done).getByText('客户（含联系人）')).toBeInTheDocument();
    expect(within(done).getByText('2026-12-07 16:02')).toBeInTheDocument();
    expect(within(done).getByText('100,000 / 100,000 条')).toBeInTheDocument();
    fireEvent.click(within(done).getByRole('button', { name: /下载/ }));
    expect(go).toHaveBeenCalledWith('/files/bulk-exports/tok');
    const running = screen.getByText('导出中').closest('tr')!;
    expect(within(running).getByText('联系人')).toBeInTheDocument();
    expect(within(running).getByText('2,000 / 8,000 条')).toBeInTheDocument();
    expect(within(running).queryByRole('button', { name: /下载/ })).toBeNull();
  });

  it('starts an export of the chosen kind and format', async () => {
    const start = {
      request: { query: StartBulkExportMutation, variables: { input: { kind: 'CUSTOMERS', format: 'JSONL' } } },
      result: jest.fn(() => ({ data: { startBulkExport: { __typename: 'BulkExport', id: 'b3', status: 'QUEUED' } } })),
    };
    renderWithProviders(<BulkExportsPanel />, {
      mocks: [list([]), start, list([node({ id: 'b3', status: 'QUEUED', processedRows: 0, totalRows: null, url: null })])],
    });
    expect(await screen.findByText('还没有批量导出。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '开始导出' }));
    expect(await screen.findByText('已开始导出，完成后可在下方下载')).toBeInTheDocument();
    expect(start.result).toHaveBeenCalled();
  });
});
