// Custom fields without the form's date library: what lists and cards need.

/** Form order: by position, then key (the API sends them so; a cached list may not be). */
export function inFormOrder<T extends { key: string; position: number }>(defs: readonly T[]): T[] {
  return [...defs].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
}

/** A stored value as text (list cells, cards): a list joined with 、, nothing as —. */
export function customValueText(v: unknown): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
  if (Array.isArray(v)) return v.join('、');
  return String(v);
}
