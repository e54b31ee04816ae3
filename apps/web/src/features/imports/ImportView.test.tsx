import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ImportJobViewQuery, ImportOwnersQuery, ImportView, RevertImportMutation, StartImportMutation } from './ImportView';
import { RecentImportsQuery } from './RecentImports';
import { UploadError } from './uploadFile';

const row = (n: number, extra: Record<string, unknown>) => ({
  __typename: 'ImportRow' as const,
  rowNumber: n,
  status: 'PENDING',
  data: { name: `第${n}行科技有限公司` },
  choice: null,
  allowedChoices: [],
  message: null,
  errors: [],
  duplicates: [],
  ...extra,
});

const job = (extra: Record<string, unknown> = {}, rows: ReturnType<typeof row>[] = []) => ({
  __typename: 'ImportJob' as const,
  id: 'j1',
  kind: 'CUSTOMERS',
  fileName: '客户.xlsx',
  status: 'VALIDATED',
  totalRows: 3,
  errorRows: 1,
  duplicateRows: 1,
  processedRows: 1,
  createdCount: 0,
  updatedCount: 0,
  skippedCount: 0,
  failedCount: 1,
  progress: 33,
  lastError: null,
  revertReport: null,
  rows: {
    __typename: 'ImportRowConnection' as const,
    totalCount: rows.length,
    edges: rows.map((node) => ({ __typename: 'ImportRowEdge' as const, node })),
  },
  ...extra,
});

const problems = [
  row(2, { status: 'FAILED', errors: [{ __typename: 'ImportCellError', column: '手机', message: '手机号码应为 11 位' }] }),
  row(3, {
    allowedChoices: ['SKIP', 'UPDATE'],
    duplicates: [
      {
        __typename: 'ImportDuplicate',
        source: 'DATABASE',
        reason: 'SAME_NAME',
        name: '上海已有贸易有限公司',
        ownerName: '李娜',
        rowNumber: null,
      },
    ],
  }),
];

// antd tables and selects render slowly in jsdom on a busy machine.
jest.setTimeout(30_000);

describe('ImportView', () => {
  it('uploads a file, previews errors and duplicates in Chinese, and starts with the chosen action', async () => {
    const upload = jest.fn().mockResolvedValue({ id: 'j1', totalRows: 3, errorRows: 1, duplicateRows: 1 });
    const started = jest.fn(() => ({
      data: { startImport: { __typename: 'ImportJob', id: 'j1', status: 'QUEUED', progress: 33, processedRows: 1 } },
    }));
    renderWithProviders(<ImportView upload={upload} />, {
      mocks: [
        { request: { query: RecentImportsQuery }, result: { data: { importJobs: { __typename: 'ImportJobConnection', edges: [] } } } },
        { request: { query: ImportJobViewQuery, variables: { id: 'j1' } }, result: { data: { importJob: job({}, problems) } } },
        {
          request: { query: ImportOwnersQuery },
          result: {
            data: {
              me: { __typename: 'User', id: 'u1' },
              users: {
                __typename: 'UserConnection',
                edges: [
                  { __typename: 'UserEdge', node: { __typename: 'User', id: 'u1', name: '王磊', active: true } },
                  { __typename: 'UserEdge', node: { __typename: 'User', id: 'u2', name: '李娜', active: true } },
                ],
              },
            },
          },
        },
        {
          request: { query: StartImportMutation, variables: { id: 'j1', choices: [{ rowNumber: 3, choice: 'UPDATE' }], ownerId: 'u2' } },
          result: started,
        },
        {
          request: { query: ImportJobViewQuery, variables: { id: 'j1' } },
          result: { data: { importJob: job({ status: 'RUNNING', progress: 67, processedRows: 2 }, problems) } },
        },
      ],
    });
    const file = new File(['x'], '客户.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    await waitFor(() => expect(upload).toHaveBeenCalledWith(file, 'CUSTOMERS'));

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByText('预览：客户.xlsx')).toBeInTheDocument();
    expect(within(preview).getByText('手机：手机号码应为 11 位')).toBeInTheDocument();
    expect(within(preview).getByText('与已有客户「上海已有贸易有限公司」重复（名称相同，负责人：李娜）')).toBeInTheDocument();

    await userEvent.click(within(preview).getByLabelText('处理方式 3'));
    await userEvent.click(await screen.findByTitle('更新已有客户'));
    // A manager gives the new customers to someone in the team.
    await userEvent.click(await within(preview).findByLabelText('新建客户的负责人'));
    await userEvent.click(await screen.findByTitle('李娜'));
    await userEvent.click(within(preview).getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(started).toHaveBeenCalled());
    const bar = await screen.findByTestId('import-progress', {}, { timeout: 4000 });
    await waitFor(() => expect(bar).toHaveAttribute('data-percent', '67'), { timeout: 4000 });
    expect(screen.getByText('正在导入，已处理 2 / 3 行。可以关闭此页面，稍后回来查看。')).toBeInTheDocument();
  });

  it('shows a finished import at 100 % with its summary, and reverts it', async () => {
    const done = job({ status: 'DONE', progress: 100, processedRows: 3, createdCount: 1, skippedCount: 1, failedCount: 1 }, [problems[0]]);
    renderWithProviders(<ImportView initialJobId="j1" upload={jest.fn()} />, {
      mocks: [
        { request: { query: ImportJobViewQuery, variables: { id: 'j1' } }, result: { data: { importJob: done } } },
        {
          request: { query: RevertImportMutation, variables: { id: 'j1' } },
          result: {
            data: {
              revertImport: {
                __typename: 'ImportJob',
                id: 'j1',
                status: 'REVERTED',
                progress: 100,
                revertReport: { reverted: 1, notReverted: [] },
              },
            },
          },
        },
      ],
    });
    expect(screen.getByTestId('import-loading')).toBeInTheDocument();
    const summary = await screen.findByTestId('import-summary');
    expect(screen.getByTestId('import-progress')).toHaveAttribute('data-percent', '100');
    expect(within(summary).getByText('新建 1 个客户，更新 0 个，跳过 1 行，失败 1 行。')).toBeInTheDocument();
    expect(within(summary).getByText('手机：手机号码应为 11 位')).toBeInTheDocument();

    await userEvent.click(within(summary).getByRole('button', { name: /撤销本次导入/ }));
    await userEvent.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('已撤销：1 行已还原。')).toBeInTheDocument();
  });

  it('explains a refused upload in plain Chinese', async () => {
    const upload = jest.fn().mockRejectedValue(new UploadError('缺少必填列：客户名称，请使用导入模板 (missing columns)', 'BAD_USER_INPUT'));
    const recent = {
      __typename: 'ImportJob',
      id: 'j0',
      kind: 'CUSTOMERS',
      fileName: '上周.xlsx',
      status: 'DONE',
      progress: 100,
      totalRows: 12,
      createdAt: '2026-03-01T02:00:00Z',
    };
    renderWithProviders(<ImportView upload={upload} />, {
      mocks: [
        {
          request: { query: RecentImportsQuery },
          result: { data: { importJobs: { __typename: 'ImportJobConnection', edges: [{ __typename: 'ImportJobEdge', node: recent }] } } },
        },
      ],
    });
    expect(await screen.findByText('上周.xlsx')).toBeInTheDocument();
    fireEvent.change(document.querySelector('input[type="file"]')!, {
      target: { files: [new File(['a,b'], 'x.csv', { type: 'text/csv' })] },
    });
    expect(await screen.findByTestId('upload-error')).toHaveTextContent('文件或输入有误：缺少必填列：客户名称，请使用导入模板');
  });
});
