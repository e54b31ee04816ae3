/** Leaves out what the user did not fill: the API takes an explicit null as "set to nothing" (and e.g. grade may not be). */
export function present<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]: Exclude<T[K], null> };
}
