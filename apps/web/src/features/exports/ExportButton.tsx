'use client';

import { roleCan } from '@kehu/domain/permissions';
import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Dropdown, type ButtonProps } from 'antd';
import { useState } from 'react';
import type {
  ContractFilter,
  CreateExportInput,
  CustomerFilter,
  ExportFormat,
  OpportunityFilter,
  ReceiptFilter,
  ReportFilter,
  ReportKind,
  Role,
  TopCustomersBy,
} from '@/gql/schema';
import { apiErrorInfo } from '@/lib/apollo/errors';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CreateExportMutation, ExportViewerQuery } from './documents';
import { navigateToDownload } from './download';
import { useExportT } from './useExportT';

/**
 * 导出 button: put it on any list or report page; it exports exactly what the page shows.
 *
 * Stable API (other pages depend on it):
 *   <ExportButton kind="CUSTOMERS" filter={customerFilter} />                 Excel of the filtered customer list
 *   <ExportButton kind="CONTRACTS" filter={contractFilter} />                 likewise OPPORTUNITIES, RECEIPTS
 *   <ExportButton kind="REPORT" report="MONEY" filter={reportFilter} />       menu: Excel or PDF of a report
 *   <ExportButton kind="REPORT" report="MONEY" format="PDF" filter={…} />    a single PDF button
 * - `filter` is the same input object the page sends to its query (CustomerFilter, ContractFilter,
 *   OpportunityFilter, ReceiptFilter, ReportFilter).
 * - `format` fixes the file type; without it a report offers both, a list exports Excel.
 * - `topCustomersBy` is for report TOP_CUSTOMERS; `size`, `type` and `block` pass through to antd's Button.
 * It renders nothing for users without the export permission (role ADMIN/MANAGER, or granted by an admin).
 * On click it calls `createExport` (the API checks the permission and the data scope, and records the export
 * in the audit) and sends the browser to the returned short-lived link, which downloads the file.
 */
type ListProps<K extends string, F> = { kind: K; filter?: F | null; format?: 'XLSX'; report?: never; topCustomersBy?: never };
export type ExportButtonProps = (
  | ListProps<'CUSTOMERS', CustomerFilter>
  | ListProps<'CONTRACTS', ContractFilter>
  | ListProps<'OPPORTUNITIES', OpportunityFilter>
  | ListProps<'RECEIPTS', ReceiptFilter>
  | { kind: 'REPORT'; report: ReportKind; filter?: ReportFilter | null; format?: ExportFormat; topCustomersBy?: TopCustomersBy }
) &
  Pick<ButtonProps, 'size' | 'type' | 'block'> & { label?: string };

/** The API's rule: `customer.export` of the shared matrix, or the admin's grant. */
export function mayExport(me: { role: string; canExport: boolean } | null | undefined): boolean {
  return !!me && roleCan(me.role as Role, 'customer.export', me);
}

/** The createExport input for the button's props: each kind sends its filter in its own field. */
export function exportInput(props: ExportButtonProps, format: ExportFormat): CreateExportInput {
  switch (props.kind) {
    case 'CUSTOMERS':
      return { kind: 'CUSTOMERS', format, customerFilter: props.filter ?? null };
    case 'CONTRACTS':
      return { kind: 'CONTRACTS', format, contractFilter: props.filter ?? null };
    case 'OPPORTUNITIES':
      return { kind: 'OPPORTUNITIES', format, opportunityFilter: props.filter ?? null };
    case 'RECEIPTS':
      return { kind: 'RECEIPTS', format, receiptFilter: props.filter ?? null };
    case 'REPORT':
      return {
        kind: 'REPORT',
        format,
        report: props.report,
        reportFilter: props.filter ?? null,
        topCustomersBy: props.topCustomersBy ?? null,
      };
  }
}

export function ExportButton(props: ExportButtonProps) {
  const t = useExportT();
  const { message } = useFeedback();
  const { data } = useQuery(ExportViewerQuery, { fetchPolicy: 'cache-first' });
  const [createExport] = useMutation(CreateExportMutation);
  const [busy, setBusy] = useState(false);

  if (!mayExport(data?.me)) return null;

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const input = exportInput(props, format);
      const res = await createExport({ variables: { input } });
      const link = res.data?.createExport;
      if (!link) throw new Error('no link');
      void message.success(t('button.started'));
      // The link is relative: the web app's /files/exports route streams it from the API (same path on the API's origin).
      navigateToDownload(link.url);
    } catch (error) {
      const code = apiErrorInfo(error)?.code;
      const known = code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' || code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED';
      void message.error(known ? t(`errors.${code}`) : apiErrorInfo(error) ? t('errors.generic') : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  const common = { size: props.size, type: props.type, block: props.block, loading: busy, icon: <DownloadOutlined /> };
  const fixed = props.kind === 'REPORT' ? props.format : 'XLSX';
  if (fixed) {
    return (
      <Button {...common} data-testid="export-button" onClick={() => void run(fixed)}>
        {props.label ?? (fixed === 'PDF' ? t('button.pdf') : props.kind === 'REPORT' ? t('button.excel') : t('button.export'))}
      </Button>
    );
  }
  return (
    <Dropdown
      trigger={['click']}
      disabled={busy}
      menu={{
        items: [
          { key: 'XLSX', label: t('button.excel') },
          { key: 'PDF', label: t('button.pdf') },
        ],
        onClick: ({ key }) => void run(key as ExportFormat),
      }}
    >
      <Button {...common} data-testid="export-button">
        {props.label ?? t('button.export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
