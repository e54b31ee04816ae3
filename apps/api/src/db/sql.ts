/** Collects positional parameters while a SQL string is assembled: `p(value)` returns "$n". */
export class SqlParams {
  readonly values: unknown[] = [];
  p = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
