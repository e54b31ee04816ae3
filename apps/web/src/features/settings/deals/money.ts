// Money is a decimal string (never a JS float): compare amounts as whole cents in BigInt.

export const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** "1234.5" → 123450n; undefined when not a valid amount. */
export function toCents(value: string | undefined | null): bigint | undefined {
  const v = value?.trim() ?? '';
  if (!MONEY_PATTERN.test(v)) return undefined;
  const [whole, frac = ''] = v.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** The thresholds must rise: VIP > IMPORTANT > NORMAL > 0. */
export function thresholdsInOrder(vip: string, important: string, normal: string): boolean {
  const [v, i, n] = [toCents(vip), toCents(important), toCents(normal)];
  if (v === undefined || i === undefined || n === undefined) return false;
  return v > i && i > n && n > 0n;
}
