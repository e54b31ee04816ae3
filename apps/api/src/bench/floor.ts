import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import type { CapturedStatement } from '../db/query-stats';
import { percentile } from './load';

/**
 * The database's own speed for the statements the API sent: PostgreSQL's client, `pgbench`, replays them
 * as prepared statements in the API's session settings, a random customer of the sample per transaction.
 *
 * Every customer's statements were captured from the API while it answered for that customer; their
 * parameters go into a table (`bench_floor`), and each transaction first reads one customer's parameters
 * by primary key (`\gset`), then sends the API's statements with them. Customers whose statements differ in
 * shape get a script per shape, weighted by how many customers have it.
 */
export const FLOOR_METHOD =
  "pgbench -M prepared, -j 1, the statements captured from the API for each customer of the sample, a random customer per transaction (its parameters read by primary key first), the API pools' session options (PGOPTIONS)";

export interface FloorResult {
  clients: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  transactions: number;
  failed: number;
}

export function pgbenchPath(): string | null {
  const r = spawnSync('which', ['pgbench'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// pg's own conversion of a JavaScript value to the text it sends (arrays as `{…}` literals, dates with offset).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue(v: unknown): string | Buffer | null | undefined };

const asText = (v: unknown): string | null => {
  const t = prepareValue(v);
  return t === null || t === undefined ? null : Buffer.isBuffer(t) ? t.toString() : String(t);
};

interface Shape {
  statements: { sql: string; sessionOptions?: string; paramCount: number }[];
  /** Per customer of this shape: every statement's parameters, flattened, as text. */
  params: (string | null)[][];
}

function shapesOf(captures: CapturedStatement[][]): Shape[] {
  const shapes = new Map<string, Shape>();
  for (const statements of captures) {
    const key = JSON.stringify(statements.map((s) => s.sql));
    let shape = shapes.get(key);
    if (!shape) {
      shape = {
        statements: statements.map((s) => ({ sql: s.sql, sessionOptions: s.sessionOptions, paramCount: s.params.length })),
        params: [],
      };
      shapes.set(key, shape);
    }
    shape.params.push(statements.flatMap((s) => s.params.map(asText)));
  }
  return [...shapes.values()];
}

/** `$n` → `:sXpY` (pgbench numbers its own parameters); a parameter that is null for every customer is inlined. */
function scriptStatement(sql: string, statementIndex: number, offset: number, alwaysNull: Set<number>): string {
  if (/(^|[^:]):[A-Za-z_]/.test(sql.replace(/'(?:[^']|'')*'/g, "''")))
    throw new Error('a captured statement uses ":name", which pgbench would take for a variable');
  const body = sql.replace(/\$(\d+)/g, (_, n: string) => (alwaysNull.has(offset + Number(n) - 1) ? 'NULL' : `:s${statementIndex}p${n}`));
  return body.trim().replace(/;\s*$/, '') + ';';
}

/**
 * Replays the captured statements of every customer (one array of statements per customer) with pgbench at
 * each client count. Null when pgbench is not installed.
 */
export async function pgbenchFloor(
  db: Client,
  url: string,
  label: string,
  captures: CapturedStatement[][],
  clientCounts: number[],
  seconds: number,
  mainSessionOptions: string,
): Promise<FloorResult[]> {
  const pgbench = pgbenchPath();
  if (!pgbench) throw new Error('pgbench is not installed');
  const shapes = shapesOf(captures);
  const options = new Set(shapes.flatMap((s) => s.statements.map((t) => t.sessionOptions ?? mainSessionOptions)));
  if (options.size !== 1)
    throw new Error(`the captured statements ran in ${options.size} different session settings; a pgbench session has one`);
  const dir = mkdtempSync(path.join(tmpdir(), `kehu-floor-${label}-`));
  try {
    await db.query(`CREATE TABLE IF NOT EXISTS bench_floor (label text, shape int, k int, p text[], PRIMARY KEY (label, shape, k))`);
    await db.query(`DELETE FROM bench_floor WHERE label = $1`, [label]);
    const files: string[] = [];
    for (const [shapeIndex, shape] of shapes.entries()) {
      const width = shape.params[0].length;
      const alwaysNull = new Set([...Array(width).keys()].filter((i) => shape.params.every((p) => p[i] === null)));
      if (shape.params.some((p) => p.some((v, i) => v === null && !alwaysNull.has(i))))
        throw new Error('a parameter is null for some customers only; pgbench cannot pass a null');
      await db.query(
        `INSERT INTO bench_floor (label, shape, k, p) SELECT $1, $2, k, ARRAY(SELECT json_array_elements_text(p)) FROM json_array_elements($3::json) WITH ORDINALITY AS x(p, k)`,
        [label, shapeIndex, JSON.stringify(shape.params)],
      );
      const lines = [`\\set k random(1, ${shape.params.length})`];
      const gets: string[] = [];
      const stmts: string[] = [];
      let offset = 0;
      for (const [i, s] of shape.statements.entries()) {
        const n = s.paramCount;
        for (let j = 1; j <= n; j++) if (!alwaysNull.has(offset + j - 1)) gets.push(`p[${offset + j}] AS s${i}p${j}`);
        stmts.push(scriptStatement(s.sql, i, offset, alwaysNull));
        offset += n;
      }
      if (gets.length)
        lines.push(`SELECT ${gets.join(', ')} FROM bench_floor WHERE label = '${label}' AND shape = ${shapeIndex} AND k = :k \\gset`);
      lines.push(...stmts);
      const file = path.join(dir, `shape${shapeIndex}.sql`);
      writeFileSync(file, lines.join('\n') + '\n');
      files.push(`${file}@${shape.params.length}`);
    }
    await db.query(`ANALYZE bench_floor`);

    const results: FloorResult[] = [];
    for (const clients of clientCounts) {
      const logDir = mkdtempSync(path.join(dir, `c${clients}-`));
      const args = [
        '-n',
        '-M',
        'prepared',
        '-c',
        String(clients),
        '-j',
        '1',
        '-T',
        String(seconds),
        '-l',
        '--log-prefix',
        path.join(logDir, 'tx'),
      ];
      for (const f of files) args.push('-f', f);
      const env = { ...process.env, PGOPTIONS: [...options][0] };
      // A short warm-up: plans, caches.
      execFileSync(pgbench, ['-n', '-M', 'prepared', '-c', '1', '-t', '50', ...files.flatMap((f) => ['-f', f]), url], {
        env,
        stdio: 'pipe',
      });
      const out = execFileSync(pgbench, [...args, url], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const latencies: number[] = [];
      for (const name of readdirSync(logDir)) {
        for (const line of readFileSync(path.join(logDir, name), 'utf8').split('\n')) {
          const cols = line.split(' ');
          if (cols.length > 2) latencies.push(Number(cols[2]) / 1000); // microseconds
        }
      }
      latencies.sort((a, b) => a - b);
      const failed = Number(/number of failed transactions: (\d+)/.exec(out)?.[1] ?? 0);
      const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? 0);
      results.push({
        clients,
        throughput: tps,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        transactions: latencies.length,
        failed,
      });
    }
    return results;
  } finally {
    // BENCH_FLOOR_KEEP=1 keeps the scripts (and pgbench's logs) to read or rerun by hand.
    if (process.env.BENCH_FLOOR_KEEP === '1') console.log(`[bench] pgbench scripts kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
