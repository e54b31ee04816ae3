'use client';

import type { CustomerActivity } from '@/gql/graphql';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { Tag } from '@/lib/ui/Tag';
import { useHealthT } from './useHealthT';

export const ACTIVITY_COLOR: Record<CustomerActivity, string> = { ACTIVE: 'green', DORMANT: 'orange', CHURNED: 'red' };

/** 活跃 / 沉睡 / 流失 as a coloured tag (the list column). */
export function ActivityTag({ activity, reason }: { activity: CustomerActivity; reason?: string }) {
  const t = useHealthT();
  return (
    <Tag color={ACTIVITY_COLOR[activity]} title={reason}>
      {t(`activities.${activity}`)}
    </Tag>
  );
}

export const CustomerActivityTagFragment = graphql(`
  fragment CustomerActivityTag_customer on Customer {
    activityInfo {
      activity
      reason
      reasonEn
    }
  }
`);

/** The 360 header's tag: the activity and, beside it, why ("45 天无跟进, 上次下单 2026-08-03"). */
export function CustomerActivityTag(props: { customer: FragmentType<typeof CustomerActivityTagFragment> }) {
  const info = getFragmentData(CustomerActivityTagFragment, props.customer).activityInfo;
  const [locale] = useLocale();
  const t = useHealthT();
  const reason = locale === 'en' ? info.reasonEn : info.reason;
  return (
    <span data-testid="activity-tag">
      <Tag color={ACTIVITY_COLOR[info.activity]} title={reason}>
        {t(`activities.${info.activity}`)} · {reason}
      </Tag>
    </span>
  );
}
