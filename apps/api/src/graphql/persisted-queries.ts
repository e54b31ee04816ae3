/**
 * The store of automatic persisted queries (APQ): clients send `extensions.persistedQuery.sha256Hash`
 * instead of the document once the server has seen it. Bounded by entries and by characters, least recently
 * used out first, so a client registering endless distinct documents cannot grow the process.
 * Per replica: a miss answers PERSISTED_QUERY_NOT_FOUND and the client resends the document once.
 */
export class BoundedQueryCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;
  constructor(
    private readonly maxEntries = 5_000,
    private readonly maxChars = 20_000_000,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    if (value.length > this.maxChars) return;
    await this.delete(key);
    this.entries.set(key, value);
    this.chars += value.length;
    while (this.entries.size > this.maxEntries || this.chars > this.maxChars) {
      const [oldest, v] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.chars -= v.length;
    }
  }

  async delete(key: string): Promise<boolean> {
    const old = this.entries.get(key);
    if (old === undefined) return false;
    this.entries.delete(key);
    this.chars -= old.length;
    return true;
  }

  get size() {
    return this.entries.size;
  }
}
