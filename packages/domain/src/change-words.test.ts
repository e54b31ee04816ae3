import { changeLogRefs, sayAction, sayChanges, sayEntryTitle, tableLabel } from './change-words';

const v = (value: unknown) => ({ value });
const OWNER_A = '7bc1cd5e-0000-4000-8000-00000000000a';
const OWNER_B = '7bc1cd5e-0000-4000-8000-00000000000b';
const CONTACT = '7bc1cd5e-0000-4000-8000-00000000000c';

describe('change-log words', () => {
  const entry = {
    entityType: 'Customer',
    entityId: 'c1',
    action: 'UPDATE',
    changes: [
      { field: 'type', before: v(null), after: v('PROSPECT') },
      { field: 'gradePinned', before: v(false), after: v(true) },
      { field: 'ownerId', before: v(OWNER_A), after: v(OWNER_B) },
      { field: 'customFields', before: v({ budget: '50万', size: 'L' }), after: v({ budget: '100万', size: 'L' }) },
      { field: 'deletedAt', before: v(null), after: v('2026-12-07T08:02:00.000Z') },
    ],
  };
  const ctx = { names: { [OWNER_A]: '李娜' }, customFieldLabels: { budget: '预算' } };

  it('says labels, enum labels, yes/no, names and custom fields by label, in zh-CN and en', () => {
    expect(sayChanges(entry, 'zh-CN', ctx)).toEqual([
      { label: '客户类型', before: '—', after: '意向' },
      { label: '手动设置等级', before: '否', after: '是' },
      { label: '负责人', before: '李娜', after: '（已删除的用户）' },
      { label: '预算', before: '50万', after: '100万' },
      { label: '删除时间', before: '—', after: '2026-12-07 16:02' },
    ]);
    expect(sayChanges(entry, 'en', ctx).map((l) => `${l.label}: ${l.before} → ${l.after}`)).toEqual([
      'Customer type: — → Prospect',
      'Grade set by hand: No → Yes',
      'Owner: 李娜 → (deleted user)',
      '预算: 50万 → 100万',
      'Deleted at: — → 2026-12-07 16:02',
    ]);
  });

  it('titles a contact’s entry by the contact’s name, from the names or from the entry itself', () => {
    const contact = {
      entityType: 'Contact',
      entityId: CONTACT,
      action: 'DELETE',
      changes: [{ field: 'contact.name', before: v('张三'), after: null }],
    };
    expect(sayEntryTitle(contact, 'zh-CN')).toBe('联系人「张三」');
    expect(sayEntryTitle(contact, 'en', { names: { [CONTACT]: '张三丰' } })).toBe('Contact “张三丰”');
    expect(sayEntryTitle(entry, 'zh-CN', { customerId: 'c1' })).toBeNull();
    expect(sayAction('MERGED_INTO', 'zh-CN')).toBe('被合并');
  });

  it('lists the ids it needs names for, and says tables as record types', () => {
    expect(changeLogRefs(entry)).toEqual([
      { kind: 'user', id: OWNER_A },
      { kind: 'user', id: OWNER_B },
    ]);
    expect(changeLogRefs({ ...entry, entityId: OWNER_A, changes: [] })).toEqual([{ kind: 'customer', id: OWNER_A }]);
    expect(tableLabel('contract_lines', 'zh-CN')).toBe('合同明细');
    expect(tableLabel('"public"."contract_lines"', 'en')).toBe('Contract line');
    expect(tableLabel('some_new_table', 'zh-CN')).toBe('其他数据');
  });
});
