// Exact money arithmetic on the API's decimal strings, in integer fen (BigInt): totals shown on a page
// never go through JS floats.

const MONEY_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** Fen of a Money string ("1234.5" -> 123450n); null for anything that is not a money amount. */
export function toFen(value: string | null | undefined): bigint | null {
  if (value == null) return null;
  const m = MONEY_RE.exec(value.trim());
  if (!m) return null;
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -fen : fen;
}

/** A Money string of fen ("123450" -> "1234.50"). */
export function fenToMoney(fen: bigint): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** Sum of Money strings, exact. */
export function addMoney(values: readonly (string | null | undefined)[]): string {
  let total = 0n;
  for (const v of values) total += toFen(v) ?? 0n;
  return fenToMoney(total);
}

/** Whether a typed amount is a positive money amount with at most two decimals. */
export function isPositiveMoney(value: string | null | undefined): boolean {
  const fen = toFen(value ?? '');
  return fen !== null && fen > 0n;
}

/** a <= b, exactly. */
export function moneyLte(a: string, b: string): boolean {
  return (toFen(a) ?? 0n) <= (toFen(b) ?? 0n);
}
