/** `input.contact.mobile` → `['contact', 'mobile']` (an antd Form name path), or undefined. */
export function fieldPath(field: string | undefined, prefix = 'input.'): string[] | undefined {
  if (!field) return undefined;
  const path = field.startsWith(prefix) ? field.slice(prefix.length) : field;
  return path ? path.split('.') : undefined;
}
