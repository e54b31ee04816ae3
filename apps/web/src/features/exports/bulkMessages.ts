// Words of the 批量导出 panel on the exports page. Chinese is the source; `en` has the same keys (the type checks it).
const zhCN = {
  title: '批量导出',
  intro:
    '把整张列表（按你能看到的数据范围）在后台写成文件：JSON Lines 供程序读取，Excel 供人查看。完成后可在这里下载，下载链接几分钟内有效。',
  kind: '导出内容',
  format: '格式',
  start: '开始导出',
  started: '已开始导出，完成后可在下方下载',
  empty: '还没有批量导出。',
  createdAt: '开始时间',
  progress: '进度',
  status: '状态',
  download: '下载',
  rows: '{done} / {total} 条',
  xlsxOnlyFor: 'Excel 仅适用于客户、商机、合同和回款',
  kinds: {
    CUSTOMERS: '客户（含联系人）',
    CONTACTS: '联系人',
    FOLLOW_UPS: '跟进记录',
    OPPORTUNITIES: '商机',
    CONTRACTS: '合同',
    PAYMENT_PLANS: '收款计划',
    RECEIPTS: '回款',
    INVOICES: '发票',
  },
  formats: { JSONL: 'JSON Lines（程序）', XLSX: 'Excel（人员）' },
  statuses: { QUEUED: '排队中', RUNNING: '导出中', DONE: '已完成', FAILED: '失败' },
};

export type BulkExportMessages = typeof zhCN;

const en: BulkExportMessages = {
  title: 'Bulk export',
  intro:
    'Writes a whole list (within the data you may see) to a file in the background: JSON Lines for programs, Excel for people. Download it here when done; a download link works for a few minutes.',
  kind: 'Records',
  format: 'Format',
  start: 'Start export',
  started: 'The export has started; download it below when it is done',
  empty: 'No bulk exports yet.',
  createdAt: 'Started',
  progress: 'Progress',
  status: 'Status',
  download: 'Download',
  rows: '{done} / {total} rows',
  xlsxOnlyFor: 'Excel is available for customers, opportunities, contracts and receipts',
  kinds: {
    CUSTOMERS: 'Customers (with contacts)',
    CONTACTS: 'Contacts',
    FOLLOW_UPS: 'Follow-ups',
    OPPORTUNITIES: 'Opportunities',
    CONTRACTS: 'Contracts',
    PAYMENT_PLANS: 'Payment plans',
    RECEIPTS: 'Receipts',
    INVOICES: 'Invoices',
  },
  formats: { JSONL: 'JSON Lines (programs)', XLSX: 'Excel (people)' },
  statuses: { QUEUED: 'Queued', RUNNING: 'Running', DONE: 'Done', FAILED: 'Failed' },
};

export const bulkExportMessages = { 'zh-CN': zhCN, en };
