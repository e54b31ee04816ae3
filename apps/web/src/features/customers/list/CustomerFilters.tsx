'use client';

import { Button, Flex, Input, InputNumber, Select, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import type { Ownership, Role } from '@/gql/schema';
import {
  activeFilterCount,
  CUSTOMER_GRADES,
  CUSTOMER_TYPES,
  FOLLOW_UP_STATES,
  ACTIVITIES,
  LIFECYCLES,
  INDUSTRIES,
  OWNERSHIPS,
  PROVINCES,
  SOURCES,
  type ListState,
} from '../listState';
import type { CustomFieldDef } from '../customFields/values';
import { can } from '../permissions';
import { CustomFieldFilters } from './CustomFieldFilters';
import { useCustomerT } from '../useCustomerT';
import { useHealthT } from '@/features/health/useHealthT';
import { enumLabel, fieldLabel } from '@kehu/domain/labels';
import { useLocale } from '@/i18n/I18nProvider';

export interface FilterOptions {
  tags: readonly { id: string; name: string }[];
  users: readonly { id: string; name: string }[];
}

/** Search box and filters of the customer list; every change goes to the URL through `onChange`. */
export function CustomerFilters(props: {
  state: ListState;
  options: FilterOptions;
  role?: Role;
  /** The admin's custom fields: the more-filters row filters by them. */
  customFields?: readonly CustomFieldDef[];
  onChange: (change: Partial<ListState>) => void;
}) {
  const { state, options, onChange } = props;
  const t = useCustomerT();
  const ht = useHealthT();
  const [locale] = useLocale();
  const [q, setQ] = useState(state.q ?? '');
  const [more, setMore] = useState(
    !!(
      state.industries.length ||
      state.sources.length ||
      state.province ||
      state.city ||
      state.ownerIds.length ||
      state.tags.length ||
      state.notFollowedForDays ||
      state.cf.length
    ),
  );
  // Back/forward or a saved view changes the URL: the box follows it.
  useEffect(() => setQ(state.q ?? ''), [state.q]);

  const multi = {
    mode: 'multiple' as const,
    allowClear: true,
    maxTagCount: 'responsive' as const,
    style: { minWidth: 160, flex: '1 1 160px' },
  };
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Input.Search
          aria-label={t('list.searchPlaceholder')}
          placeholder={t('list.searchPlaceholder')}
          allowClear
          enterButton
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            if (!e.target.value) onChange({ q: undefined });
          }}
          onSearch={(v) => onChange({ q: v.trim() || undefined })}
          style={{ flex: '2 1 280px', maxWidth: 520 }}
          data-testid="customer-search"
        />
        <Segmented<Ownership>
          value={state.ownership ?? 'ALL'}
          onChange={(v) => onChange({ ownership: v })}
          options={OWNERSHIPS.filter((v) => v !== 'TEAM' || can(props.role, 'customer.teamList')).map((v) => ({
            value: v,
            label: t(`enums.ownership.${v}`),
          }))}
          style={{ overflowX: 'auto', maxWidth: '100%' }}
        />
      </Flex>
      <Flex gap={8} wrap>
        <Select
          {...multi}
          aria-label={t('fields.type')}
          placeholder={t('fields.type')}
          value={state.types}
          onChange={(types) => onChange({ types })}
          options={CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`enums.type.${v}`) }))}
        />
        <Select
          {...multi}
          aria-label={t('fields.grade')}
          placeholder={t('fields.grade')}
          value={state.grades}
          onChange={(grades) => onChange({ grades })}
          options={CUSTOMER_GRADES.map((v) => ({ value: v, label: t(`enums.grade.${v}`) }))}
        />
        <Select
          {...multi}
          aria-label={ht('activity')}
          placeholder={ht('activity')}
          value={state.activities ?? []}
          onChange={(activities) => onChange({ activities: activities.length ? activities : undefined })}
          options={ACTIVITIES.map((v) => ({ value: v, label: ht(`activities.${v}`) }))}
          data-testid="activity-filter"
        />
        <Select
          {...multi}
          aria-label={fieldLabel('customer.lifecycle', locale)}
          placeholder={fieldLabel('customer.lifecycle', locale)}
          value={state.lifecycles ?? []}
          onChange={(lifecycles) => onChange({ lifecycles: lifecycles.length ? lifecycles : undefined })}
          options={LIFECYCLES.map((v) => ({ value: v, label: enumLabel('CustomerLifecycle', v, locale) }))}
          data-testid="lifecycle-filter"
        />
        <Select
          allowClear
          aria-label={t('fields.followUp')}
          placeholder={t('fields.followUp')}
          value={state.followUp}
          style={{ minWidth: 140, flex: '1 1 140px' }}
          onChange={(followUp) => onChange({ followUp })}
          options={FOLLOW_UP_STATES.map((v) => ({ value: v, label: t(`enums.followUpState.${v}`) }))}
        />
        <Button onClick={() => setMore((m) => !m)} aria-expanded={more}>
          {t('list.moreFilters')}
        </Button>
        {activeFilterCount(state) ? (
          <Button
            type="link"
            onClick={() =>
              onChange({
                q: undefined,
                types: [],
                grades: [],
                industries: [],
                sources: [],
                province: undefined,
                city: undefined,
                ownership: undefined,
                ownerIds: [],
                tags: [],
                tagMatch: undefined,
                followUp: undefined,
                notFollowedForDays: undefined,
                cf: [],
                activities: undefined,
                lifecycles: undefined,
              })
            }
          >
            {t('list.clearFilters')}
          </Button>
        ) : null}
      </Flex>
      {more ? (
        <Flex gap={8} wrap data-testid="more-filters">
          <Select
            {...multi}
            aria-label={t('fields.industry')}
            placeholder={t('fields.industry')}
            value={state.industries}
            onChange={(industries) => onChange({ industries })}
            options={INDUSTRIES.map((v) => ({ value: v, label: v }))}
          />
          <Select
            {...multi}
            aria-label={t('fields.source')}
            placeholder={t('fields.source')}
            value={state.sources}
            onChange={(sources) => onChange({ sources })}
            options={SOURCES.map((v) => ({ value: v, label: v }))}
          />
          <Select
            allowClear
            showSearch
            aria-label={t('fields.province')}
            placeholder={t('fields.province')}
            value={state.province}
            style={{ minWidth: 140, flex: '1 1 140px' }}
            onChange={(province) => onChange({ province })}
            options={PROVINCES.map((v) => ({ value: v, label: v }))}
          />
          <Input
            allowClear
            aria-label={t('fields.city')}
            placeholder={t('fields.city')}
            defaultValue={state.city}
            style={{ width: 140 }}
            onBlur={(e) => onChange({ city: e.target.value.trim() || undefined })}
            onPressEnter={(e) => onChange({ city: e.currentTarget.value.trim() || undefined })}
          />
          <Select
            {...multi}
            showSearch
            optionFilterProp="label"
            aria-label={t('fields.owner')}
            placeholder={t('fields.owner')}
            value={state.ownerIds}
            onChange={(ownerIds) => onChange({ ownerIds })}
            options={options.users.map((u) => ({ value: u.id, label: u.name }))}
          />
          <Select
            {...multi}
            aria-label={t('fields.tags')}
            placeholder={t('fields.tags')}
            value={state.tags}
            onChange={(tags) => onChange({ tags })}
            options={options.tags.map((x) => ({ value: x.name, label: x.name }))}
          />
          {state.tags.length > 1 ? (
            <Segmented
              value={state.tagMatch ?? 'ANY'}
              onChange={(tagMatch) => onChange({ tagMatch: tagMatch as 'ANY' | 'ALL' })}
              options={[
                { value: 'ANY', label: t('list.anyTags') },
                { value: 'ALL', label: t('list.allTags') },
              ]}
            />
          ) : null}
          <InputNumber
            min={1}
            max={3650}
            aria-label={t('fields.notFollowedForDays')}
            placeholder={t('fields.notFollowedForDays')}
            value={state.notFollowedForDays}
            suffix={t('list.days')}
            style={{ width: 160 }}
            onChange={(v) => onChange({ notFollowedForDays: typeof v === 'number' && v > 0 ? v : undefined })}
          />
          <CustomFieldFilters defs={props.customFields ?? []} value={state.cf} onChange={(cf) => onChange({ cf })} />
        </Flex>
      ) : null}
    </Flex>
  );
}
