import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from './index';

/** Every source file under src/ that spells out a `'zh-CN':` dictionary (tests excluded). */
function dictionaryFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dictionaryFiles(path);
    if (!/\.tsx?$/.test(name) || /\.test\.tsx?$/.test(name)) return [];
    return readFileSync(path, 'utf8').includes("'zh-CN':") ? [path] : [];
  });
}

/** Dotted paths of a dictionary's words (a list counts as one entry per position). */
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [prefix.slice(0, -1)];
  if (Array.isArray(node)) return node.map((_, i) => `${prefix}${i}`);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`));
}

function isFeatureDict(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === LOCALES.length && [...LOCALES].sort().every((l, i) => keys[i] === l);
}

const src = join(__dirname, '..');
const found: [string, Record<string, unknown>][] = [];
for (const file of dictionaryFiles(join(src, 'features'))) {
  const mod = require(file) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (isFeatureDict(value)) found.push([`${relative(src, file)} ${name}`, value]);
  }
}

describe('feature dictionaries', () => {
  it('are found', () => {
    expect(found.length).toBeGreaterThan(20);
  });

  it.each(found)('%s has the same keys in zh-CN and en', (_name, dict) => {
    const zh = keysOf(dict['zh-CN']).sort();
    for (const locale of LOCALES) expect(keysOf(dict[locale]).sort()).toEqual(zh);
  });
});
