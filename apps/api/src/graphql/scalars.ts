import { GraphQLScalarType, Kind } from 'graphql';

const MONEY = /^-?\d{1,12}(\.\d{1,2})?$/;

/**
 * Money as a decimal string ("12345.67"): numeric(14,2) in PostgreSQL, never a JS float.
 * Input accepts a string or an integer literal; output is always a string with two decimals as PostgreSQL gives it.
 */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An amount of money in yuan as a decimal string with at most two decimals, e.g. "12800.00"',
  serialize(value) {
    return typeof value === 'string' ? value : String(value);
  },
  parseValue(value) {
    const s = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof s !== 'string' || !MONEY.test(s.trim())) {
      throw new TypeError(`Money must be a decimal string with at most 2 decimals, e.g. "12800.00" (got ${JSON.stringify(value)})`);
    }
    return s.trim();
  },
  parseLiteral(ast) {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.INT) && MONEY.test(ast.value)) return ast.value;
    throw new TypeError('Money must be a decimal string with at most 2 decimals, e.g. "12800.00"');
  },
});

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkLocalDate(value: unknown): string {
  if (typeof value === 'string' && LOCAL_DATE.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return value;
  }
  throw new TypeError(`LocalDate must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value)})`);
}

/** A calendar date without a time (birthdays, due dates, contract dates): "2026-11-23", in the business time zone. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date in the business time zone, YYYY-MM-DD, e.g. "2026-11-23"',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: checkLocalDate,
  parseLiteral: (ast) => checkLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function literalToJson(ast: import('graphql').ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      throw new TypeError('JSONObject does not accept variables inside literals');
  }
}

/** A JSON object, e.g. custom field values keyed by the field's key. */
export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object, e.g. custom field values keyed by field key: {"budget": 50000, "channels": ["线上"]}',
  serialize: (value) => value,
  parseValue(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError('JSONObject must be an object');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.OBJECT) throw new TypeError('JSONObject must be an object');
    return literalToJson(ast);
  },
});
