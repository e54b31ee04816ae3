/** A short human summary of an audited export filter (what createExport stored), e.g. "2026-03-01 至 2026-03-31 · grades: VIP". */
export function describeFilter(filter: unknown, none: string): string {
  if (!filter || typeof filter !== 'object') return none;
  type F = Record<string, unknown> | null | undefined;
  const f = filter as { customerFilter?: F; contractFilter?: F; opportunityFilter?: F; receiptFilter?: F; reportFilter?: F };
  const inner = f.customerFilter ?? f.contractFilter ?? f.opportunityFilter ?? f.receiptFilter ?? f.reportFilter ?? {};
  const parts: string[] = [];
  const { from, to, ...rest } = inner as { from?: string; to?: string } & Record<string, unknown>;
  if (from || to) parts.push(`${from ?? '…'} 至 ${to ?? '…'}`);
  for (const [key, value] of Object.entries(rest)) {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) continue;
    parts.push(`${key}: ${Array.isArray(value) ? value.join('、') : String(value)}`);
  }
  return parts.length ? parts.join(' · ') : none;
}

/** "REPORT:MONEY" → ['REPORT', 'MONEY']; "CUSTOMERS" → ['CUSTOMERS', undefined]. */
export function splitKind(kind: string): [string, string | undefined] {
  const [head, report] = kind.split(':');
  return [head, report];
}
