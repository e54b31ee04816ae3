import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import type { FloorResult } from './floor';
import type { LoadResult } from './load';
import type { BenchSizes } from './seed';
import { renderStorm, type StormRow } from './sign-in-storm';
import { renderWebhookRow, type WebhookRow } from './webhooks';

/** One run's results, kept in bench/results/ (the README's table is made from the newest: bench/readme-table.mjs). */
export interface ResultRow extends LoadResult {
  scenario: string;
  key: string;
  clients: number;
}
export interface FloorRow extends FloorResult {
  key: string;
  /** API requests/s ÷ pgbench transactions/s, same customers, same client count. */
  apiShare: number;
}
/** A bulk job timed end to end, with the API's resident memory before and at its highest during it. */
export interface BulkRow {
  name: string;
  rows: number;
  seconds: number;
  bytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}
export interface BenchResult {
  at: string;
  commit: string;
  cpu: string;
  cores: number;
  /** The machine's 1-minute load average when the rows started and when they ended (other work skews them). */
  loadAverage: [number, number];
  sizes: BenchSizes;
  data: Record<string, number>;
  samples: Record<string, { count: number; followUps: Record<string, number> }>;
  secondsPerRow: number;
  apiPeakMb: number;
  statementsPer360: number;
  rows: ResultRow[];
  floor: FloorRow[];
  floorMethod: string;
  bulk?: BulkRow[];
  /** 50 sign-ins at once and what a plain request felt meanwhile. */
  storm?: StormRow;
  /** Webhook deliveries per second from one process to a receiver on this machine. */
  webhooks?: WebhookRow;
  /** BENCH_ONLY of a partial run (some rows only); absent for a full run. */
  only?: string[];
  /** The table as printed, for the README. */
  markdown?: string;
}

/** The issue's targets (16 clients unless said), judged on each run. */
const TARGETS: Record<string, { clients: number; text: string; met: (r: ResultRow, f?: FloorRow) => boolean | null }[]> = {
  '360': [{ clients: 16, text: 'p95 ≤ 25 ms, ≥ 50 % of the floor', met: (r, f) => r.p95 <= 25 && (f ? f.apiShare >= 0.5 : null) }],
  '360-busiest': [{ clients: 16, text: 'p95 ≤ 60 ms', met: (r) => r.p95 <= 60 }],
  list: [{ clients: 16, text: 'p95 ≤ 40 ms', met: (r) => r.p95 <= 40 }],
  'search-common': [{ clients: 16, text: 'p95 ≤ 30 ms, ≥ 682/s (2× 341/s)', met: (r) => r.p95 <= 30 && r.throughput >= 682 }],
  'search-rare': [{ clients: 1, text: 'p95 ≤ 10 ms', met: (r) => r.p95 <= 10 }],
  duplicates: [
    { clients: 1, text: 'p95 ≤ 10 ms', met: (r) => r.p95 <= 10 },
    { clients: 16, text: 'p95 ≤ 40 ms', met: (r) => r.p95 <= 40 },
  ],
};

export function machine(): { commit: string; cpu: string; cores: number } {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    if (dirty) commit += '+changes';
  } catch {
    /* not a git checkout */
  }
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    /* not Linux */
  }
  return { commit, cpu, cores: os.cpus().length };
}

const n0 = (x: number) => x.toFixed(0);
const n1 = (x: number) => x.toFixed(1);

export function renderTable(r: BenchResult): string {
  const lines = [
    `${r.sizes.customers.toLocaleString('en')} customers (${r.data.followUps?.toLocaleString('en')} follow-ups: median ${r.data.followUpsMedian} per customer, ` +
      `99th percentile ${r.data.followUpsP99}, at most ${r.data.followUpsMax}` +
      `${r.data.shareWith500 !== undefined ? `, ${(r.data.shareWith500 * 100).toFixed(1)} % of customers with 500 or more` : ''}; ` +
      `${r.data.changeLogs?.toLocaleString('en')} change-log rows, ` +
      `${r.data.opportunities?.toLocaleString('en')} opportunities, ${r.data.contracts?.toLocaleString('en')} contracts), ${r.secondsPerRow} s per row, ` +
      `commit ${r.commit}, ${r.cpu} × ${r.cores}, ${r.at.slice(0, 16).replace('T', ' ')} UTC; ` +
      `load average ${r.loadAverage?.map((x) => x.toFixed(1)).join(' → ') ?? 'not recorded'} over the rows` +
      (Math.max(...(r.loadAverage ?? [0])) > 1.5 * r.cores
        ? ` (far above ${r.cores} cores: other work shared the machine, the figures are low).`
        : '.'),
  ];
  if (r.rows.length) {
    lines.push(
      '',
      '| scenario | clients | requests/s | p50 ms | p95 ms | p99 ms | errors | database floor (pgbench) | API ÷ floor | target |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
  }
  for (const row of r.rows) {
    const f = r.floor.find((x) => x.key === row.key && x.clients === row.clients);
    const target = TARGETS[row.key]?.find((t) => t.clients === row.clients);
    const met = target?.met(row, f);
    const targetText = target
      ? `${target.text} — ${met === null || met === undefined ? 'no floor measured' : met ? 'met' : 'not met'}`
      : '';
    lines.push(
      `| ${row.scenario} | ${row.clients} | ${n0(row.throughput)} | ${n1(row.p50)} | ${n1(row.p95)} | ${n1(row.p99)} | ${row.errors} | ` +
        `${f ? `${n0(f.throughput)}/s, p95 ${n1(f.p95)} ms` : ''} | ${f ? `${n0(f.apiShare * 100)} %` : ''} | ${targetText} |`,
    );
  }
  for (const b of r.bulk ?? []) {
    lines.push(
      '',
      `${b.name}: ${b.seconds.toFixed(1)} s (${(b.bytes / 1e6).toFixed(1)} MB file), API resident memory ${b.rssBeforeMb} → at most ${b.rssPeakMb} MB ` +
        `(target ≤ 60 s with flat memory — ${b.seconds <= 60 ? 'time met' : 'time not met'}, grew ${b.rssPeakMb - b.rssBeforeMb} MB).`,
    );
  }
  if (r.storm) lines.push('', renderStorm(r.storm));
  if (r.webhooks) lines.push('', renderWebhookRow(r.webhooks));
  lines.push(
    '',
    `API peak resident memory over the rows above: ${r.apiPeakMb} MB (target ≤ 400 MB — ${r.apiPeakMb <= 400 ? 'met' : 'not met'}). ` +
      `Statements per 360 request: ${r.statementsPer360 || 'not captured'}.`,
    `360 samples: ${r.samples.tail.count} of the salesperson's customers drawn across the tail (follow-ups median ${r.samples.tail.followUps.median}, ` +
      `max ${r.samples.tail.followUps.max}); her customers among the busiest 1 % of all: ${r.samples.busiest.count} (${r.samples.busiest.followUps.min}–${r.samples.busiest.followUps.max} follow-ups).`,
    `Floor: ${r.floorMethod}.`,
  );
  return lines.join('\n');
}

export function writeResult(r: BenchResult): string {
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${r.at.replace(/[:.]/g, '-')}-${r.commit}.json`);
  writeFileSync(file, JSON.stringify({ ...r, markdown: renderTable(r) }, null, 2) + '\n');
  return file;
}
