import { registerEnumType } from 'type-graphql';

/** What a file imports. */
export const ImportKind = { CUSTOMERS: 'CUSTOMERS', CONTACTS: 'CONTACTS', FOLLOW_UPS: 'FOLLOW_UPS' } as const;
export type ImportKind = (typeof ImportKind)[keyof typeof ImportKind];
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What an import file holds',
  valuesConfig: {
    CUSTOMERS: { description: '客户（含首要联系人）: one customer with its first contact per row' },
    CONTACTS: { description: '联系人: more contacts of existing customers (found by customer name)' },
    FOLLOW_UPS: { description: '跟进记录: follow-up history of existing customers (found by customer name), authored by the importer' },
  },
});

/** Kinds the upload accepts. */
export const IMPORTABLE_KINDS: readonly ImportKind[] = ['CUSTOMERS', 'CONTACTS', 'FOLLOW_UPS'];

export const ImportJobStatus = {
  VALIDATED: 'VALIDATED',
  QUEUED: 'QUEUED',
  RUNNING: 'RUNNING',
  FAILED: 'FAILED',
  DONE: 'DONE',
  REVERTED: 'REVERTED',
} as const;
export type ImportJobStatus = (typeof ImportJobStatus)[keyof typeof ImportJobStatus];
registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus',
  description: 'Where an import is',
  valuesConfig: {
    VALIDATED: { description: '已校验: uploaded and checked; shows the preview and waits for startImport' },
    QUEUED: { description: '排队中: started, waiting for the background worker' },
    RUNNING: { description: '导入中: the worker is writing batches (resumes by itself after a crash)' },
    FAILED: { description: '失败: stopped by an unexpected error (lastError); startImport resumes the remaining rows' },
    DONE: { description: '已完成: every row is done, skipped or failed' },
    REVERTED: { description: '已撤销: revertImport removed what it created and restored what it updated' },
  },
});

export const ImportRowStatus = { PENDING: 'PENDING', DONE: 'DONE', SKIPPED: 'SKIPPED', FAILED: 'FAILED', REVERTED: 'REVERTED' } as const;
export type ImportRowStatus = (typeof ImportRowStatus)[keyof typeof ImportRowStatus];
registerEnumType(ImportRowStatus, {
  name: 'ImportRowStatus',
  description: 'What became of one row of the file',
  valuesConfig: {
    PENDING: { description: '待导入: not written yet' },
    DONE: { description: '已导入: created or updated a record' },
    SKIPPED: { description: '已跳过: a duplicate the user chose to skip' },
    FAILED: { description: '失败: invalid, or refused while writing (message says why)' },
    REVERTED: { description: '已撤销: undone by revertImport' },
  },
});

export const ImportChoice = { SKIP: 'SKIP', UPDATE: 'UPDATE', IMPORT: 'IMPORT' } as const;
export type ImportChoice = (typeof ImportChoice)[keyof typeof ImportChoice];
registerEnumType(ImportChoice, {
  name: 'ImportChoice',
  description: 'What to do with a row that duplicates an existing record or an earlier row',
  valuesConfig: {
    SKIP: { description: '跳过: leave the existing record alone (default)' },
    UPDATE: { description: '更新已有: overwrite the existing record with the filled cells of the row' },
    IMPORT: { description: '仍然导入: create it anyway, where duplicates are allowed' },
  },
});
