import { fenToMoney, toFen } from '@/features/deals/common/money';

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A non-negative decimal string as an integer and its power of ten ("1.25" → [125n, 100n]); null if not one. */
function scaled(value: string): [bigint, bigint] | null {
  const m = DECIMAL.exec(value.trim());
  if (!m) return null;
  const frac = m[2] ?? '';
  return [BigInt(m[1] + frac), 10n ** BigInt(frac.length)];
}

/**
 * The preview of a contract line's amount, exact (BigInt fen, half up): quantity × unit price × (1 − discount%).
 * The API computes the real amount; this only shows it while typing. Null when an input is not a number.
 */
export function lineAmount(
  quantity: string | undefined,
  unitPrice: string | undefined,
  discountPercent: string | undefined,
): string | null {
  const q = scaled(quantity ?? '');
  const price = toFen((unitPrice ?? '').trim());
  const d = scaled(discountPercent?.trim() ? discountPercent : '0');
  if (!q || price === null || price < 0n || !d) return null;
  const keep = 100n * d[1] - d[0]; // (100 − discount) × scale of the discount
  if (keep < 0n) return null;
  const num = price * q[0] * keep;
  const den = q[1] * 100n * d[1];
  return fenToMoney((num * 2n + den) / (2n * den));
}

/** Sum of line previews as a Money string (lines that are not filled in yet count as 0). */
export function linesTotal(lines: readonly { quantity?: string; unitPrice?: string; discountPercent?: string }[]): string {
  let fen = 0n;
  for (const l of lines) fen += toFen(lineAmount(l.quantity, l.unitPrice, l.discountPercent) ?? '0') ?? 0n;
  return fenToMoney(fen);
}
