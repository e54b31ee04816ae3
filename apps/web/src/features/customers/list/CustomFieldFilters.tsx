'use client';

import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useCustomFieldT } from '../customFields/messages';
import type { CustomFieldDef } from '../customFields/values';
import { conditionSet, type CustomFieldFilterState } from '../listState';

type Def = Pick<CustomFieldDef, 'key' | 'label' | 'kind' | 'options'>;

/**
 * 按自定义字段筛选: pick a field, then the input of its kind — text contains, a number or date range (native date
 * inputs: no date library on the list page), any of the options. Every filled-in value goes to the URL via onChange.
 */
export function CustomFieldFilters(props: {
  defs: readonly Def[];
  value: readonly CustomFieldFilterState[];
  onChange: (cf: CustomFieldFilterState[]) => void;
}) {
  const t = useCustomFieldT();
  // Fields picked but not filled in yet live here only (the URL keeps only conditions that ask something).
  const [pending, setPending] = useState<string[]>([]);
  const byKey = new Map(props.defs.map((d) => [d.key, d]));
  const shownKeys = [...new Set([...props.value.map((c) => c.key), ...pending])].filter((k) => byKey.has(k));
  if (!props.defs.length) return null;

  const current = (key: string): CustomFieldFilterState => props.value.find((c) => c.key === key) ?? { key };
  const set = (next: CustomFieldFilterState) => {
    const rest = props.value.filter((c) => c.key !== next.key);
    props.onChange(conditionSet(next) ? [...rest, next] : rest);
  };
  const remove = (key: string) => {
    setPending((p) => p.filter((k) => k !== key));
    props.onChange(props.value.filter((c) => c.key !== key));
  };
  const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : undefined);

  function inputFor(def: Def) {
    const c = current(def.key);
    const aria = (what: string) => `${def.label} ${what}`;
    switch (def.kind) {
      case 'TEXT':
        return (
          <Input
            allowClear
            aria-label={aria(t('filterContains'))}
            placeholder={t('filterContains')}
            defaultValue={c.contains}
            style={{ width: 180 }}
            onPressEnter={(e) => set({ key: def.key, contains: blank(e.currentTarget.value) })}
            onBlur={(e) => blank(e.target.value) !== c.contains && set({ key: def.key, contains: blank(e.target.value) })}
          />
        );
      case 'NUMBER':
        return (
          <Flex gap={4} align="center">
            <InputNumber
              aria-label={aria(t('filterFrom'))}
              placeholder={t('filterFrom')}
              value={c.from ?? null}
              stringMode
              style={{ width: 110 }}
              onChange={(v) => set({ ...c, from: v == null ? undefined : String(v) })}
            />
            <span>–</span>
            <InputNumber
              aria-label={aria(t('filterTo'))}
              placeholder={t('filterTo')}
              value={c.to ?? null}
              stringMode
              style={{ width: 110 }}
              onChange={(v) => set({ ...c, to: v == null ? undefined : String(v) })}
            />
          </Flex>
        );
      case 'DATE':
        return (
          <Flex gap={4} align="center">
            <Input
              type="date"
              aria-label={aria(t('filterFrom'))}
              value={c.from ?? ''}
              style={{ width: 150 }}
              onChange={(e) => set({ ...c, from: blank(e.target.value) })}
            />
            <span>–</span>
            <Input
              type="date"
              aria-label={aria(t('filterTo'))}
              value={c.to ?? ''}
              style={{ width: 150 }}
              onChange={(e) => set({ ...c, to: blank(e.target.value) })}
            />
          </Flex>
        );
      default:
        return (
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            aria-label={aria(t('filterAny'))}
            placeholder={t('filterAny')}
            value={c.in ?? (c.equals ? [c.equals] : [])}
            onChange={(values: string[]) => set({ key: def.key, in: values })}
            options={def.options.map((o) => ({ value: o, label: o }))}
            style={{ minWidth: 160 }}
          />
        );
    }
  }

  return (
    <Flex gap={8} wrap align="center" data-testid="custom-field-filters" style={{ flex: '1 1 100%' }}>
      {shownKeys.map((key) => {
        const def = byKey.get(key)!;
        return (
          <Flex
            key={key}
            gap={6}
            align="center"
            style={{ border: '1px solid rgba(5,5,5,0.06)', borderRadius: 6, padding: '2px 4px 2px 8px' }}
          >
            <Typography.Text>{def.label}</Typography.Text>
            {inputFor(def)}
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={t('filterRemove', { label: def.label })}
              onClick={() => remove(key)}
            />
          </Flex>
        );
      })}
      <Select
        aria-label={t('filterAdd')}
        placeholder={t('filterAdd')}
        value={null}
        style={{ minWidth: 170 }}
        onChange={(key: string) => setPending((p) => [...p, key])}
        options={props.defs.filter((d) => !shownKeys.includes(d.key)).map((d) => ({ value: d.key, label: d.label }))}
      />
    </Flex>
  );
}
