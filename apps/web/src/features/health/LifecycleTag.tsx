'use client';

import { enumLabel, fieldLabel } from '@kehu/domain/labels';
import type { CustomerLifecycle } from '@/gql/graphql';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { Tag } from '@/lib/ui/Tag';

export const LIFECYCLE_COLOR: Record<CustomerLifecycle, string> = {
  ACQUISITION: 'blue',
  GROWTH: 'cyan',
  MATURITY: 'green',
  DECLINE: 'orange',
  EXIT: 'red',
};

/** 获取期 … 离开期 as a coloured tag (the list column). */
export function LifecycleTag({ lifecycle }: { lifecycle: CustomerLifecycle }) {
  const [locale] = useLocale();
  return <Tag color={LIFECYCLE_COLOR[lifecycle]}>{enumLabel('CustomerLifecycle', lifecycle, locale)}</Tag>;
}

export const CustomerLifecycleTagFragment = graphql(`
  fragment CustomerLifecycleTag_customer on Customer {
    lifecycleInfo {
      lifecycle
      reason
      reasonEn
    }
  }
`);

/** The 360 header's tag: the stage and why ("近 12 个月下单 ¥20,000.00, 上一年 ¥100,000.00 (下降 80%)"). */
export function CustomerLifecycleTag(props: { customer: FragmentType<typeof CustomerLifecycleTagFragment> }) {
  const info = getFragmentData(CustomerLifecycleTagFragment, props.customer).lifecycleInfo;
  const [locale] = useLocale();
  const reason = locale === 'en' ? info.reasonEn : info.reason;
  return (
    <span data-testid="lifecycle-tag">
      <Tag color={LIFECYCLE_COLOR[info.lifecycle]} title={`${fieldLabel('customer.lifecycle', locale)}: ${reason}`}>
        {enumLabel('CustomerLifecycle', info.lifecycle, locale)} · {reason}
      </Tag>
    </span>
  );
}
