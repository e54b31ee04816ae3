'use client';

import { useMutation } from '@apollo/client/react';
import ArrowLeftOutlined from '@ant-design/icons-svg/es/asn/ArrowLeftOutlined';
import EditOutlined from '@ant-design/icons-svg/es/asn/EditOutlined';
import FundOutlined from '@ant-design/icons-svg/es/asn/FundOutlined';
import MessageOutlined from '@ant-design/icons-svg/es/asn/MessageOutlined';
import PhoneOutlined from '@ant-design/icons-svg/es/asn/PhoneOutlined';
import PlusOutlined from '@ant-design/icons-svg/es/asn/PlusOutlined';
import Link from 'next/link';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeedback } from '@/lib/feedback/Feedback';
import { lazyAntd } from '@/lib/providers/lazyAntd';
import { Descriptions } from '@/lib/ui/Descriptions';
import { Icon } from '@/lib/ui/Icon';
import { Tag } from '@/lib/ui/Tag';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { CustomerActivityTag } from '@/features/health/ActivityTag';
import { CustomerLifecycleTag } from '@/features/health/LifecycleTag';
import { enumLabel } from '../domain';
import { formatDateTime, formatMoney, isPositiveMoney } from '../format';
import { useCustomerCoreT } from '../useCustomerCoreT';
import type { LifecycleAction } from './CustomerLifecycleDialog';
import { useLifecycleT } from './useLifecycleT';
import styles from './Customer360.module.css';

export const CustomerHeaderFragment = graphql(`
  fragment CustomerHeader_customer on Customer {
    id
    number
    name
    type
    grade
    status
    inPool
    creditRating
    nextFollowUpAt
    lastFollowUpAt
    ...CustomerActivityTag_customer
    ...CustomerLifecycleTag_customer
    gradeInfo {
      reason
      reasonEn
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
    tags {
      id
      name
      color
    }
    receivable {
      contracted
      received
      outstanding
      overdue
      longestOverdueDays
    }
  }
`);

// Tag changes answer with the customer's tags: the header updates from the reply, no refetch.
const AddTagsMutation = graphql(`
  mutation AddCustomerTags($customerId: ID!, $names: [String!]!) {
    addTags(customerId: $customerId, names: $names) {
      id
      version
      tags {
        id
        name
        color
      }
    }
  }
`);
const RemoveTagsMutation = graphql(`
  mutation RemoveCustomerTags($customerId: ID!, $names: [String!]!) {
    removeTags(customerId: $customerId, names: $names) {
      id
      version
      tags {
        id
        name
        color
      }
    }
  }
`);

const GRADE_COLOR: Record<string, string> = { VIP: 'gold', IMPORTANT: 'volcano', NORMAL: 'blue', POTENTIAL: 'default' };
const CREDIT_COLOR: Record<string, string> = { A: 'green', B: 'orange', C: 'red' };

// antd's Select loads when the user starts adding a tag.
const TagAdder = lazyAntd(() => import('./TagAdder').then((m) => m.TagAdder));
// 停用 / 启用 / 删除 confirm in an antd dialog that loads when asked for.
const CustomerLifecycleDialog = lazyAntd(() => import('./CustomerLifecycleDialog').then((m) => m.CustomerLifecycleDialog));
// 共享给 (who it is shared with, 取消共享): antd, loaded after the first paint.
const CustomerSharesButton = lazyAntd(() => import('../shares/CustomerSharesButton').then((m) => m.CustomerSharesButton));

/**
 * The 360 page's header: who the customer is, who owns it, tags, credit, money owed, next follow-up. Plain
 * markup in antd's look: it is the page's first paint, drawn before (and without) antd's runtime.
 */
export function CustomerHeader(props: {
  customer: FragmentType<typeof CustomerHeaderFragment>;
  allTags: readonly { id: string; name: string }[];
  canEdit: boolean;
  canTag: boolean;
  /** 停用 / 启用 / 删除 (the API's customer.deactivate and customer.delete). */
  canLifecycle: boolean;
  onEdit: () => void;
  /** The phone's quick actions (写跟进, 新建商机); hidden when not given. */
  onWriteFollowUp?: () => void;
  onNewOpportunity?: () => void;
}) {
  const c = getFragmentData(CustomerHeaderFragment, props.customer);
  const t = useCustomerCoreT();
  const errorText = useApiErrorText();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const lt = useLifecycleT();
  const [adding, setAdding] = useState(false);
  const [lifecycle, setLifecycle] = useState<LifecycleAction | null>(null);
  const [addTags, { loading: addingTag }] = useMutation(AddTagsMutation);
  const [removeTags] = useMutation(RemoveTagsMutation);

  const add = async (names: string[]) => {
    const clean = names.map((n) => n.trim()).filter(Boolean);
    if (!clean.length) return;
    try {
      await addTags({ variables: { customerId: c.id, names: clean } });
      message.success(t('detail.tagAdded'));
      setAdding(false);
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const remove = async (name: string) => {
    try {
      await removeTags({ variables: { customerId: c.id, names: [name] } });
      message.success(t('detail.tagRemoved'));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  const r = c.receivable;
  const have = new Set(c.tags.map((x) => x.name));
  const phone = c.primaryContact?.mobile ?? c.primaryContact?.phone ?? null;

  return (
    <section className={`kehu-panel ${styles.header}`}>
      <Link href="/customers" className={styles.back}>
        <Icon icon={ArrowLeftOutlined} /> {t('detail.back')}
      </Link>
      <div className={styles.titleRow}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title} data-testid="customer-name">
            {c.name}
          </h1>
          <div className={styles.badges}>
            <Tag title={t('fields.number')}>
              <span data-testid="customer-number">
                {t('fields.number')} {c.number}
              </span>
            </Tag>
            <Tag>{t(`enums.type.${c.type}`)}</Tag>
            <span data-testid="grade-tag" title={locale === 'en' ? c.gradeInfo.reasonEn : c.gradeInfo.reason}>
              <Tag color={GRADE_COLOR[c.grade]} title={locale === 'en' ? c.gradeInfo.reasonEn : c.gradeInfo.reason}>
                {t(`enums.grade.${c.grade}`)}
              </Tag>
            </span>
            {c.status === 'DEACTIVATED' ? <Tag color="red">{t('detail.deactivated')}</Tag> : null}
            {c.inPool ? <Tag color="purple">{t('detail.pool')}</Tag> : null}
            <Tag color={CREDIT_COLOR[c.creditRating]} title={t('detail.credit')}>
              {t('detail.credit')} {enumLabel('CreditRating', c.creditRating, locale)}
            </Tag>
            <CustomerActivityTag customer={c} />
            <CustomerLifecycleTag customer={c} />
          </div>
        </div>
        <div className={styles.headerActions}>
          {props.canEdit ? (
            <button type="button" className="kehu-button" onClick={props.onEdit}>
              <Icon icon={EditOutlined} />
              {t('detail.edit')}
            </button>
          ) : null}
          {props.canEdit ? <CustomerSharesButton customerId={c.id} canUnshare /> : null}
          {props.canLifecycle ? (
            <>
              <button
                type="button"
                className="kehu-button"
                onClick={() => setLifecycle(c.status === 'DEACTIVATED' ? 'reactivate' : 'deactivate')}
              >
                {c.status === 'DEACTIVATED' ? lt('reactivate') : lt('deactivate')}
              </button>
              <button type="button" className={`kehu-button ${styles.dangerButton}`} onClick={() => setLifecycle('delete')}>
                {lt('delete')}
              </button>
            </>
          ) : null}
        </div>
      </div>
      <div className={styles.quickActions} data-testid="quick-actions">
        {props.onWriteFollowUp ? (
          <button type="button" className="kehu-button kehu-button-primary" onClick={props.onWriteFollowUp}>
            <Icon icon={MessageOutlined} />
            {lt('writeFollowUp')}
          </button>
        ) : null}
        {phone ? (
          <a className="kehu-button" href={`tel:${phone.replace(/[^\d+]/g, '')}`} data-testid="call-primary">
            <Icon icon={PhoneOutlined} />
            {lt('call')} {c.primaryContact?.name}
          </a>
        ) : (
          <span className={`kehu-button ${styles.disabled}`} title={lt('noPhone')} aria-disabled="true">
            <Icon icon={PhoneOutlined} />
            {lt('call')}
          </span>
        )}
        {props.onNewOpportunity ? (
          <button type="button" className="kehu-button" onClick={props.onNewOpportunity}>
            <Icon icon={FundOutlined} />
            {lt('newOpportunity')}
          </button>
        ) : null}
      </div>
      {lifecycle ? (
        <CustomerLifecycleDialog customer={{ id: c.id, name: c.name }} action={lifecycle} onClose={() => setLifecycle(null)} />
      ) : null}
      <div className={styles.tags} data-testid="customer-tags">
        {c.tags.map((tag) => (
          <Tag
            key={tag.id}
            color={tag.color ?? 'processing'}
            closeLabel={t('detail.removeTag', { name: tag.name })}
            onClose={props.canTag ? () => void remove(tag.name) : undefined}
          >
            {tag.name}
          </Tag>
        ))}
        {props.canTag ? (
          adding ? (
            <TagAdder
              options={props.allTags.filter((x) => !have.has(x.name)).map((x) => x.name)}
              loading={addingTag}
              onAdd={(names) => void add(names)}
              onDone={() => setAdding(false)}
            />
          ) : (
            <button type="button" className={`kehu-button ${styles.addTag}`} onClick={() => setAdding(true)}>
              <Icon icon={PlusOutlined} />
              {t('detail.addTag')}
            </button>
          )
        ) : null}
      </div>
      <p className={styles.phoneSummary}>
        {t('fields.owner')} {c.owner?.name ?? t('list.pool')} · {t('detail.nextFollowUp')}{' '}
        {c.nextFollowUpAt ? formatDateTime(c.nextFollowUpAt) : t('detail.none')}
      </p>
      <div className={styles.details}>
        <Descriptions
          items={[
            { key: 'owner', label: t('fields.owner'), children: c.owner?.name ?? t('list.pool') },
            {
              key: 'next',
              label: t('detail.nextFollowUp'),
              children: c.nextFollowUpAt ? formatDateTime(c.nextFollowUpAt) : t('detail.none'),
            },
            {
              key: 'last',
              label: t('detail.lastFollowUp'),
              children: c.lastFollowUpAt ? formatDateTime(c.lastFollowUpAt) : t('list.never'),
            },
            {
              key: 'receivable',
              label: t('detail.receivable'),
              children: (
                <span data-testid="receivable">
                  {t('detail.received')} {formatMoney(r.received)} / {t('detail.contracted')} {formatMoney(r.contracted)}
                  {isPositiveMoney(r.outstanding) ? ` · ${t('detail.outstanding')} ${formatMoney(r.outstanding)}` : ''}
                  {isPositiveMoney(r.overdue) ? (
                    <span className={styles.danger}>
                      {' '}
                      · {t('detail.overdue')} {formatMoney(r.overdue)}（{t('detail.overdueDays', { days: r.longestOverdueDays })}）
                    </span>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}

/** For component tests that answer the mutation. */
export const AddTagsMutationForTest = AddTagsMutation;
