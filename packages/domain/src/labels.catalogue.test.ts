import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ENUM_LABELS, FIELD_LABELS, RECORD_TYPE_LABELS, type EnumName } from './labels';

/**
 * One catalogue (issue 15, item 1): every value has a label in both languages, one zh label per value, and the
 * apps do not say a value's name another way (已签订 beside 已签署, 部分回款 beside 部分收款).
 */
describe('label catalogue', () => {
  it.each(Object.keys(ENUM_LABELS) as EnumName[])('%s: every value labelled in zh-CN and en, no zh label twice', (name) => {
    const table = ENUM_LABELS[name] as Record<string, { 'zh-CN': string; en: string }>;
    const zh = Object.values(table).map((l) => l['zh-CN']);
    for (const l of Object.values(table)) {
      expect(l['zh-CN'].trim()).not.toBe('');
      expect(l.en.trim()).not.toBe('');
      expect(l.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(new Set(zh).size).toBe(zh.length);
  });

  it('record types and field labels are labelled in both languages', () => {
    for (const l of [...Object.values(RECORD_TYPE_LABELS), ...Object.values(FIELD_LABELS)]) {
      expect(l['zh-CN'].trim()).not.toBe('');
      expect(l.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  /** Other names seen for catalogue values: each must not appear in the apps' source. */
  const SECOND_NAMES: Record<string, string> = {
    已签订: 'ContractStatus.SIGNED is 已签署',
    部分回款: 'PaymentPlanStatus.PARTLY_PAID is 部分收款',
    待回款: 'PaymentPlanStatus.PENDING is 待收款',
  };
  const root = path.resolve(__dirname, '../../..');
  function* sources(dir: string): Generator<string> {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (name === 'node_modules' || name === 'gql' || name === 'migrations' || name === 'dist') continue;
      if (statSync(p).isDirectory()) yield* sources(p);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) yield p;
    }
  }
  it('no value has a second zh name in the API or the web', () => {
    const found: string[] = [];
    for (const dir of ['apps/api/src', 'apps/web/src']) {
      for (const file of sources(path.join(root, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const [word, why] of Object.entries(SECOND_NAMES))
          if (text.includes(word)) found.push(`${path.relative(root, file)}: ${word} (${why})`);
      }
    }
    expect(found).toEqual([]);
  });
});
