import { configure, screen, within } from '@testing-library/react';
import { ENUM_LABELS, FIELD_LABELS, type Locale } from '@kehu/domain/labels';
import { renderWithProviders } from '@/test/render';
import { movedByRecord } from '../../merge/MergeView';
import { customer360Data } from '../customer360.fixture';
import { Customer360Query, Customer360View } from '../Customer360View';

jest.setTimeout(120_000);
configure({ asyncUtilTimeout: 10_000 });

jest.mock('next/navigation', () => ({
  useRouter: () => ({ replace: jest.fn(), push: jest.fn(), refresh: jest.fn() }),
  usePathname: () => '/customers/c1',
  useSearchParams: () => new URLSearchParams('tab=changeLog'),
}));
jest.mock('@/lib/auth/SessionContext', () => ({
  useAppSession: () => ({ user: { id: 'u2', name: '李娜', role: 'SALES', email: 'li.na@kehu.demo', mustChangePassword: false } }),
}));

const query = { request: { query: Customer360Query, variables: { id: 'c1' } }, result: { data: customer360Data() } };

const ENUM_CODES = new Set(Object.values(ENUM_LABELS).flatMap((t) => Object.keys(t).filter((k) => /^[A-Z_]{2,}$/.test(k) && k !== 'VIP')));
const FIELD_KEYS = new Set(Object.keys(FIELD_LABELS).flatMap((k) => [k, k.slice(k.indexOf('.') + 1)]));

/** Fails on an ISO instant, a UUID, a raw enum code or a raw field key (camelCase, dotted or snake_case). */
function expectBusinessWords(text: string) {
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  for (const word of text.split(/[\s：:→、,，;；「」“”()（）]+/).filter(Boolean)) {
    expect(ENUM_CODES.has(word) ? `enum code ${word}` : word).toBe(word);
    const keyLike = /[a-z][A-Z]/.test(word) || /^[a-z]+\.[a-z]/.test(word);
    expect(keyLike || (FIELD_KEYS.has(word) && word === 'customFields') ? `field key ${word}` : word).toBe(word);
  }
}

describe.each<[Locale, string[]]>([
  [
    'zh-CN',
    [
      '负责人：李娜 → 王磊',
      '合并的客户：— → 华信电子（深圳）',
      '联系人「张伟」',
      '首要联系人：— → 是',
      '客户类型：— → 意向',
      '手动设置等级：否 → 是',
      '预算：50万 → 100万',
      '客户等级：重要 → VIP',
      '合并了重复客户「华信电子（深圳）」；转移：合同明细 1 条',
      '删除时间：— → 2026-11-05 10:00',
    ],
  ],
  [
    'en',
    [
      'Owner：李娜 → 王磊',
      'Contact “张伟”',
      'Primary contact：— → Yes',
      'Customer type：— → Prospect',
      'Grade set by hand：No → Yes',
      'Grade：Important → VIP',
      'Merged the duplicates “华信电子（深圳）” into this customer; moved: Contract line: 1',
    ],
  ],
])('the change log in %s', (locale, expected) => {
  it('says each entry in business words: labels, names, the contact by name, custom fields by label', async () => {
    renderWithProviders(<Customer360View id="c1" />, { mocks: [query], locale });
    const panel = await screen.findByRole('tabpanel');
    await within(panel).findByText(expected[0]);
    const rows = within(panel).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    // Each innermost element on its own line, as the reader sees it.
    const leaves = rows.flatMap((r) => Array.from(r.querySelectorAll('td *')).filter((el) => el.children.length === 0));
    const text = leaves.map((el) => el.textContent).join('\n');
    for (const line of expected) expect(text).toContain(line);
    expectBusinessWords(text);
  });
});

describe('the merge preview', () => {
  it.each<Locale>(['zh-CN', 'en'])('says the tables it moves as record types (%s)', (locale) => {
    const said = movedByRecord(
      [
        { table: 'contacts', moved: 2, merged: 0 },
        { table: 'contract_lines', moved: 1, merged: 0 },
        { table: 'customer_tags', moved: 1, merged: 1 },
        { table: 'opportunities', moved: 1, merged: 0 },
        { table: 'opportunity_lines', moved: 2, merged: 0 },
      ],
      locale,
    );
    const text = said.map(([label, n]) => `${label}：${n}`).join('\n');
    expect(text).toContain(locale === 'en' ? 'Contract line：1' : '合同明细：1');
    expect(text).toContain(locale === 'en' ? 'Opportunity：3' : '商机：3');
    expectBusinessWords(text);
  });
});
