import { createTestDatabase, type TestDatabase } from '../test/test-db';
import { logger } from '../common/logger';
import { BoundedMap, newStatementBatch, orderedForBatch, preparedQuery } from './prepared';
import { queryStats } from './query-stats';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.dataSource.query(`
    CREATE TABLE batch_probe (
      id int PRIMARY KEY, amount numeric(14,2), big bigint, day date, at timestamptz, ok boolean,
      tags text[], data jsonb, label text, "Odd ""name""" text
    );
    INSERT INTO batch_probe VALUES
      (1, 12345678901.10, 9007199254740993, '2026-11-23', '2026-11-23T08:30:00.123Z', true, '{a,"b c"}', '{"x": [1, 2]}', '带,逗号"和引号', 'q'),
      (2, 0.05, -1, NULL, NULL, false, '{}', 'null', NULL, NULL),
      (3, NULL, NULL, '1999-01-01', '1999-12-31T23:59:59Z', NULL, NULL, NULL, '', '');`);
});
afterAll(() => db.drop());

const ALL = `SELECT * FROM batch_probe WHERE id = ANY($1::int[]) ORDER BY id DESC`;
const ONE = `SELECT label, amount + $2 AS more FROM batch_probe WHERE id = $1`;
const COUNT = `SELECT count(*)::int AS n, sum(amount) AS total FROM batch_probe WHERE id <> $1`;
const NONE = `SELECT id, label FROM batch_probe WHERE id = $1`;

/** What a request's context gives a loader: the data source and the request's own batch. */
const request = () => ({ dataSource: db.dataSource, statementBatch: newStatementBatch() });

async function alone() {
  // Outside a request: every statement on its own (this also teaches the batcher their columns).
  return [
    await preparedQuery(db.dataSource, ALL, [[1, 2, 3]]),
    await preparedQuery(db.dataSource, ONE, [1, '0.01']),
    await preparedQuery(db.dataSource, COUNT, [99]),
    await preparedQuery(db.dataSource, NONE, [42]),
  ];
}

describe('statements of one request, sent as one', () => {
  it('returns exactly the rows each statement returns alone, in their order, in one statement', async () => {
    const expected = await alone();
    expect(expected[0][2].amount).toBe('12345678901.10'); // numeric stays a string
    expect(expected[0][2].big).toBe('9007199254740993');

    const before = queryStats.total;
    const ctx = request();
    const got = await Promise.all([
      preparedQuery(ctx, ALL, [[1, 2, 3]]),
      preparedQuery(ctx, ONE, [1, '0.01']),
      preparedQuery(ctx, COUNT, [99]),
      preparedQuery(ctx, NONE, [42]),
    ]);
    expect(queryStats.total - before).toBe(1);
    expect(got).toEqual(expected);
    expect(got[0].map((r) => r.id)).toEqual([3, 2, 1]);
    expect(got[0][2].at).toEqual(new Date('2026-11-23T08:30:00.123Z'));
    expect(got[0][2].data).toEqual({ x: [1, 2] });
    expect(got[0][2].tags).toEqual(['a', 'b c']);
    expect(got[0][2]['Odd "name"']).toBe('q');
    expect(got[1]).toEqual([{ label: '带,逗号"和引号', more: '12345678901.11' }]);
    expect(got[3]).toEqual([]);
  });

  it('two requests at the same time do not share statements (each keeps a stable, reusable shape)', async () => {
    await alone();
    const before = queryStats.total;
    const [a, b] = [request(), request()];
    await Promise.all([
      preparedQuery(a, ALL, [[1]]),
      preparedQuery(a, NONE, [1]),
      preparedQuery(b, ALL, [[2]]),
      preparedQuery(b, NONE, [2]),
    ]);
    expect(queryStats.total - before).toBe(2);
  });

  it('statements in later turns of the same request make statements of their own', async () => {
    await alone();
    const before = queryStats.total;
    const ctx = request();
    await Promise.all([preparedQuery(ctx, ALL, [[1]]), preparedQuery(ctx, NONE, [1])]);
    await Promise.all([preparedQuery(ctx, ONE, [2, '1']), preparedQuery(ctx, COUNT, [1])]);
    expect(queryStats.total - before).toBe(2);
  });

  it('a failing statement fails only its own caller', async () => {
    await alone();
    const ctx = request();
    const results = await Promise.allSettled([
      preparedQuery(ctx, ONE, [1, 'not a number']),
      preparedQuery(ctx, ALL, [[1, 2]]),
      preparedQuery(ctx, NONE, [3]),
    ]);
    expect(results[0].status).toBe('rejected');
    expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/invalid input syntax for type numeric/);
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: [{ id: 2 }, { id: 1 }] });
    expect(results[2]).toEqual({ status: 'fulfilled', value: [{ id: 3, label: '' }] });
  });

  it('logs a failed combined statement before running its statements alone', async () => {
    await alone();
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
    try {
      const ctx = request();
      await Promise.allSettled([preparedQuery(ctx, ONE, [1, 'x']), preparedQuery(ctx, NONE, [3])]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('combined statement failed'), expect.objectContaining({ statements: 2 }));
    } finally {
      warn.mockRestore();
    }
  });

  it("keeps each statement's row order explicitly, whatever order the rows are read in", async () => {
    // Ordered by a column the rows are not stored in: the combined statement must sort by the statement's own ORDER BY.
    const BY_LABEL = `SELECT id FROM batch_probe b WHERE b.id = ANY($1::int[]) ORDER BY b.label NULLS FIRST, b.id DESC LIMIT 3`;
    const expected = await preparedQuery(db.dataSource, BY_LABEL, [[1, 2, 3]]);
    const ctx = request();
    const [got] = await Promise.all([preparedQuery(ctx, BY_LABEL, [[1, 2, 3]]), preparedQuery(ctx, NONE, [1])]);
    expect(got).toEqual(expected);
    expect(got.map((r) => r.id)).toEqual([2, 3, 1]);
  });
});

describe('orderedForBatch', () => {
  it('repeats the top-level ORDER BY as a row number, leaving subqueries, strings and LIMIT alone', () => {
    expect(
      orderedForBatch(`SELECT a, (SELECT max(x) FROM t ORDER BY 1) AS m FROM u WHERE s = 'ORDER BY' ORDER BY u.a DESC, u.id LIMIT $2`),
    ).toBe(
      `SELECT row_number() OVER (ORDER BY u.a DESC, u.id) AS "__kehu_row", a, (SELECT max(x) FROM t ORDER BY 1) AS m FROM u WHERE s = 'ORDER BY' ORDER BY u.a DESC, u.id LIMIT $2`,
    );
    expect(orderedForBatch(`WITH w AS (SELECT 1 AS a ORDER BY 1) SELECT * FROM w ORDER BY a`)).toBe(
      `WITH w AS (SELECT 1 AS a ORDER BY 1) SELECT row_number() OVER (ORDER BY a) AS "__kehu_row", * FROM w ORDER BY a`,
    );
  });

  it('leaves a statement without ORDER BY as it is, and refuses orders it cannot carry over', () => {
    expect(orderedForBatch(`SELECT * FROM t WHERE id = $1`)).toBe(`SELECT * FROM t WHERE id = $1`);
    expect(orderedForBatch(`SELECT DISTINCT a FROM t ORDER BY a`)).toBeNull();
    expect(orderedForBatch(`SELECT a FROM t UNION SELECT b FROM u ORDER BY a`)).toBeNull();
    expect(orderedForBatch(`SELECT a, b FROM t ORDER BY 2 DESC`)).toBeNull();
  });
});

describe('BoundedMap (the caches keyed by SQL text)', () => {
  it('forgets the oldest entry past its bound', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2).set('a', 3).set('c', 4);
    expect([...m.keys()]).toEqual(['b', 'c']);
  });
});
