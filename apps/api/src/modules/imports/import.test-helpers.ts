import ExcelJS from 'exceljs';
import type { TestApp } from '../../test/test-app';

/** POSTs a file to the upload route as the browser does: the raw file as the body. */
export async function upload(app: TestApp, token: string | null, fileName: string, body: Buffer, kind = 'CUSTOMERS') {
  const url = app.server.url.replace(/\/graphql$/, `/imports?kind=${kind}&fileName=${encodeURIComponent(fileName)}`);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as { id?: string; totalRows?: number; errorRows?: number; duplicateRows?: number; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

/** An .xlsx with a header row and data rows (the header cells exactly as given). */
export async function xlsx(headers: string[], rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const JOB_FIELDS = `id status encoding totalRows errorRows duplicateRows processedRows createdCount updatedCount skippedCount failedCount progress revertReport lastError`;
export const ROW_FIELDS = `rowNumber status choice allowedChoices action customerId message errors { column message } duplicates { source reason customerId name ownerName rowNumber canUpdate }`;
