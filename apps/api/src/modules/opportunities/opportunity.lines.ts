import type { EntityManager } from 'typeorm';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import type { FieldChange } from '../audit/change-log.entity';
import { money } from '../contracts/deal-common';
import type { OpportunityLineInput } from './opportunity.inputs';

/**
 * 商机产品: the products an opportunity is about. Each line is a catalogue product with a quantity and a unit
 * price (default: the product's list price); its amount is computed by PostgreSQL. The opportunity's own amount
 * stays its own field: it starts as the lines' sum when created without one, and is otherwise edited by hand
 * (a deal is often quoted below the list), so changing the lines never rewrites it.
 */
const MAX_LINES = 200;

export interface CleanOpportunityLine {
  productId: string;
  quantity: string;
  unitPrice: string | null;
}

export function cleanOpportunityLines(lines: OpportunityLineInput[] | null | undefined): CleanOpportunityLine[] | undefined {
  if (lines === undefined) return undefined;
  if (lines === null) return [];
  if (lines.length > MAX_LINES) throw badInput('input.lines', msg('opportunities.tooManyLines', { maxLines: MAX_LINES }));
  return lines.map((l, i) => {
    const f = `input.lines.${i}`;
    if (!l.productId || !isUuid(l.productId)) throw badInput(`${f}.productId`, msg('opportunities.unknownProduct'));
    if (/^0+(\.0+)?$/.test(l.quantity)) {
      throw badInput(`${f}.quantity`, msg('opportunities.quantityGreaterThan'));
    }
    return {
      productId: l.productId,
      quantity: l.quantity,
      unitPrice: money(`${f}.unitPrice`, l.unitPrice, '单价', { allowZero: true }) ?? null,
    };
  });
}

/** A readable summary of the lines for the change log: "name × quantity @ unit price". */
async function summary(em: EntityManager, opportunityId: string): Promise<string[]> {
  const rows: { s: string }[] = await em.query(
    `SELECT name || ' × ' || quantity || ' @ ' || unit_price AS s FROM opportunity_lines WHERE opportunity_id = $1 ORDER BY position`,
    [opportunityId],
  );
  return rows.map((r) => r.s);
}

/**
 * Replaces the lines of an opportunity (name and unit copied from the product; retired products refused) and
 * returns the change for the change log, or null when nothing changed.
 */
export async function writeOpportunityLines(
  em: EntityManager,
  opportunity: { id: string; customerId: string },
  lines: CleanOpportunityLine[],
): Promise<FieldChange | null> {
  const before = await summary(em, opportunity.id);
  const ids = [...new Set(lines.map((l) => l.productId))];
  const products = new Map<string, { name: string; unit: string | null; list_price: string; active: boolean }>(
    ids.length
      ? (await em.query(`SELECT id, name, unit, list_price, active FROM products WHERE id = ANY($1::uuid[])`, [ids])).map(
          (p: { id: string }) => [p.id, p],
        )
      : [],
  );
  await em.query(`DELETE FROM opportunity_lines WHERE opportunity_id = $1`, [opportunity.id]);
  for (const [i, l] of lines.entries()) {
    const p = products.get(l.productId);
    if (!p) throw badInput(`input.lines.${i}.productId`, msg('opportunities.unknownProduct2'));
    if (!p.active) throw badInput(`input.lines.${i}.productId`, msg('opportunities.productRetired', { name: p.name }));
    await em.query(
      `INSERT INTO opportunity_lines (customer_id, opportunity_id, position, product_id, name, unit, quantity, unit_price)
       VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, $8::numeric)`,
      [opportunity.customerId, opportunity.id, i + 1, l.productId, p.name, p.unit, l.quantity, l.unitPrice ?? p.list_price],
    );
  }
  const after = await summary(em, opportunity.id);
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  return { field: 'opportunity.lines', before: before.length ? { value: before } : null, after: after.length ? { value: after } : null };
}

/** The lines' sum, in SQL (numeric). */
export async function opportunityLinesSum(em: EntityManager, opportunityId: string): Promise<string> {
  const [{ sum }] = await em.query(
    `SELECT COALESCE(sum(amount), 0)::numeric(14,2)::text AS sum FROM opportunity_lines WHERE opportunity_id = $1`,
    [opportunityId],
  );
  return sum;
}

/** The opportunity's lines as contract lines (for a contract drafted from it without lines of its own). */
export async function opportunityLinesForContract(em: EntityManager, opportunityId: string) {
  const rows: { product_id: string; name: string; unit: string | null; quantity: string; unit_price: string }[] = await em.query(
    `SELECT product_id, name, unit, quantity::text AS quantity, unit_price::text AS unit_price FROM opportunity_lines WHERE opportunity_id = $1 ORDER BY position`,
    [opportunityId],
  );
  return rows.map((r) => ({
    productId: r.product_id,
    name: r.name,
    unit: r.unit,
    quantity: r.quantity,
    unitPrice: r.unit_price,
    discountPercent: '0',
  }));
}
