import { useQuery } from '@apollo/client/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CreateExportMutation, ExportViewerQuery } from './documents';
import { navigateToDownload } from './download';
import { ExportButton } from './ExportButton';

jest.mock('./download', () => ({ navigateToDownload: jest.fn() }));
// antd menus render slowly in jsdom on a busy machine: no speed is asserted here.
jest.setTimeout(60_000);

const viewer = (role: string, canExport: boolean) => ({
  request: { query: ExportViewerQuery },
  result: { data: { me: { __typename: 'User' as const, id: 'u-1', role, canExport } } },
});
const link = {
  __typename: 'ExportLink' as const,
  id: '7',
  url: '/files/exports/abc.def.ghi',
  expiresAt: '2026-11-23T12:05:00.000Z',
  fileName: '客户列表-2026-11-23.xlsx',
};

beforeEach(() => jest.mocked(navigateToDownload).mockClear());

describe('ExportButton', () => {
  it('is hidden from a salesperson without the export permission', async () => {
    // A sibling reading the same query shows when the answer has arrived; only then is "no button" meaningful.
    function Loaded() {
      const { data } = useQuery(ExportViewerQuery);
      return data ? <span>viewer loaded</span> : null;
    }
    renderWithProviders(
      <>
        <Loaded />
        <ExportButton kind="CUSTOMERS" filter={{}} />
      </>,
      { mocks: [viewer('SALES', false)] },
    );
    expect(await screen.findByText('viewer loaded')).toBeInTheDocument();
    expect(screen.queryByTestId('export-button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('exports the filtered customer list for a granted salesperson and downloads the returned link', async () => {
    const filter = { grades: ['VIP' as const], search: '华信' };
    const create = jest.fn(() => ({ data: { createExport: link } }));
    renderWithProviders(<ExportButton kind="CUSTOMERS" filter={filter} />, {
      mocks: [
        viewer('SALES', true),
        {
          request: { query: CreateExportMutation, variables: { input: { kind: 'CUSTOMERS', format: 'XLSX', customerFilter: filter } } },
          result: create,
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /导\s*出/ }));
    await waitFor(() => expect(navigateToDownload).toHaveBeenCalledWith('/files/exports/abc.def.ghi'));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('sends a deal list filter in its own field', async () => {
    const filter = { statuses: ['SIGNED' as const], signedFrom: '2026-11-01' };
    renderWithProviders(<ExportButton kind="CONTRACTS" filter={filter} />, {
      mocks: [
        viewer('ADMIN', false),
        {
          request: { query: CreateExportMutation, variables: { input: { kind: 'CONTRACTS', format: 'XLSX', contractFilter: filter } } },
          result: { data: { createExport: link } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /导\s*出/ }));
    await waitFor(() => expect(navigateToDownload).toHaveBeenCalledWith(link.url));
  });

  it('offers Excel and PDF for a report and sends the report and its filter', async () => {
    const filter = { from: '2026-11-01', to: '2026-11-23', ownerIds: ['u-li'] };
    renderWithProviders(<ExportButton kind="REPORT" report="MONEY" filter={filter} />, {
      mocks: [
        viewer('MANAGER', false),
        {
          request: {
            query: CreateExportMutation,
            variables: { input: { kind: 'REPORT', format: 'PDF', report: 'MONEY', reportFilter: filter, topCustomersBy: null } },
          },
          result: { data: { createExport: { ...link, url: '/files/exports/pdf.link.x' } } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /导\s*出/ }));
    await userEvent.click(await screen.findByText('导出 PDF'));
    await waitFor(() => expect(navigateToDownload).toHaveBeenCalledWith('/files/exports/pdf.link.x'));
  });

  it('says in plain Chinese when the API refuses, and downloads nothing', async () => {
    renderWithProviders(<ExportButton kind="CUSTOMERS" />, {
      mocks: [
        viewer('ADMIN', false),
        {
          request: { query: CreateExportMutation, variables: { input: { kind: 'CUSTOMERS', format: 'XLSX', customerFilter: null } } },
          result: { errors: [{ message: '你没有导出权限', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: /导\s*出/ }));
    expect(await screen.findByText('你没有导出权限，请联系管理员开通')).toBeInTheDocument();
    expect(navigateToDownload).not.toHaveBeenCalled();
  });
});
