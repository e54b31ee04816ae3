'use client';

import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { Descriptions } from '@/lib/ui/Descriptions';
import { formatDate, formatDateTime } from '../../format';
import { useCustomerCoreT } from '../../useCustomerCoreT';

export const BasicInfoTabFragment = graphql(`
  fragment BasicInfoTab_customer on Customer {
    id
    version
    name
    type
    grade
    gradePinned
    source
    industry
    province
    city
    address
    email
    website
    firstContactDate
    remark
    status
    createdAt
    updatedAt
    customFields
    createdBy {
      id
      name
    }
    owner {
      id
      name
    }
    primaryContact {
      id
      name
      mobile
      phone
    }
  }
`);

export interface CustomFieldDef {
  key: string;
  label: string;
}

function customValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.join('、');
  return String(v);
}

/** 基本信息: the customer's own fields, contact details, address, source and grade, custom fields (plain markup: the 360 page's first paint). */
export function BasicInfoTab(props: { customer: FragmentType<typeof BasicInfoTabFragment>; fieldDefs: readonly CustomFieldDef[] }) {
  const c = getFragmentData(BasicInfoTabFragment, props.customer);
  const t = useCustomerCoreT();
  const dash = (v: string | null | undefined) => (v ? v : '—');
  const primary = c.primaryContact;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Descriptions
        bordered
        items={[
          { key: 'name', label: t('fields.name'), children: c.name },
          { key: 'type', label: t('fields.type'), children: t(`enums.type.${c.type}`) },
          {
            key: 'grade',
            label: t('fields.grade'),
            children: `${t(`enums.grade.${c.grade}`)}${c.gradePinned ? `（${t('detail.gradePinned')}）` : ''}`,
          },
          { key: 'source', label: t('fields.source'), children: dash(c.source) },
          { key: 'industry', label: t('fields.industry'), children: dash(c.industry) },
          { key: 'region', label: t('fields.region'), children: [c.province, c.city].filter(Boolean).join(' ') || '—' },
          { key: 'address', label: t('basic.address'), children: dash(c.address), span: 'wide' },
          {
            key: 'primary',
            label: t('fields.primaryContact'),
            children: primary ? [primary.name, primary.mobile, primary.phone].filter(Boolean).join(' · ') : '—',
          },
          { key: 'email', label: t('basic.email'), children: dash(c.email) },
          { key: 'website', label: t('basic.website'), children: dash(c.website) },
          { key: 'first', label: t('basic.firstContactDate'), children: formatDate(c.firstContactDate) },
          { key: 'owner', label: t('fields.owner'), children: c.owner?.name ?? t('list.pool') },
          { key: 'status', label: t('basic.status'), children: t(`enums.status.${c.status}`) },
          {
            key: 'createdAt',
            label: t('fields.createdAt'),
            children: `${formatDateTime(c.createdAt)}${c.createdBy ? ` · ${c.createdBy.name}` : ''}`,
          },
          { key: 'updatedAt', label: t('basic.updatedAt'), children: formatDateTime(c.updatedAt) },
          {
            key: 'remark',
            label: t('basic.remark'),
            span: 'row',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(c.remark)}</span>,
          },
        ]}
      />
      {props.fieldDefs.length ? (
        <Descriptions
          title={t('basic.customFields')}
          bordered
          items={props.fieldDefs.map((d) => ({ key: d.key, label: d.label, children: customValue((c.customFields ?? {})[d.key]) }))}
        />
      ) : null}
    </div>
  );
}
