/** Dotted keys of a nested dictionary, e.g. `'list.title'` (a list of words is indexed: `'scoreWords.0'`). */
export type DictKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends readonly string[] ? `${K}.${number}` : `${K}.${DictKey<T[K]>}`;
}[keyof T & string];

/** Placeholder values; a missing, null or undefined value leaves its `{name}` as it is. */
export type DictVars = Record<string, string | number | null | undefined>;

/** Look a dotted key up in a dictionary and fill `{name}` placeholders (a missing key shows itself). */
export function lookup(dict: unknown, key: string, vars?: DictVars): string {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const text = typeof node === 'string' ? node : key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] == null ? whole : String(vars[name])));
}
