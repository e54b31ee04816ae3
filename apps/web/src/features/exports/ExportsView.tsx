'use client';

import { BulkExportsPanel } from './BulkExportsPanel';
import { ExportAuditView } from './ExportAuditView';

/** /exports: bulk exports (start, progress, download) above the export audit log. */
export function ExportsView() {
  return (
    <>
      <BulkExportsPanel />
      <ExportAuditView />
    </>
  );
}
