'use client';

import { PhoneOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CustomerListQuery } from '@/gql/graphql';
import { customValueText } from '../customFields/display';
import { formatDateTime } from '../format';
import { useFeatureT } from '@/i18n/feature';
import { useCustomerT } from '../useCustomerT';
import styles from './CustomerCards.module.css';

type Row = CustomerListQuery['customers']['edges'][number]['node'];

const WORDS = {
  'zh-CN': { call: '拨打 {name} {number}', noContact: '无联系人', notPlanned: '未安排' },
  en: { call: 'Call {name} {number}', noContact: 'No contact', notPlanned: 'Not planned' },
};

/** A phone number as a tel: link target: digits and a leading +, up to an extension ('010-8888 6666 转 2' → 01088886666). */
export function telHref(number: string): string {
  const dialled = /^\+?[\d\s\-()]+/.exec(number.trim())?.[0] ?? number;
  return `tel:${dialled.replace(/(?!^\+)[^\d]/g, '')}`;
}

/**
 * 客户 list on a phone: a card per customer with what a salesperson on the road needs (name, grade, next
 * follow-up, the primary contact with a tap-to-call link) instead of the desktop table in a sideways scroller.
 */
export function CustomerCards(props: {
  rows: readonly Row[];
  gradeColor: Record<string, string>;
  columns: readonly { key: string; label: string }[];
  empty: ReactNode;
}) {
  const t = useCustomerT();
  const w = useFeatureT(WORDS);
  if (!props.rows.length) return <div className={styles.empty}>{props.empty}</div>;
  return (
    <ul className={styles.cards} data-testid="customer-cards">
      {props.rows.map((c) => {
        const contact = c.primaryContact;
        const number = contact?.mobile ?? contact?.phone ?? null;
        return (
          <li key={c.id} className={styles.card} data-testid="customer-card">
            <div className={styles.head}>
              <Link href={`/customers/${c.id}`} className={styles.name}>
                {c.name}
              </Link>
              <Tag color={props.gradeColor[c.grade]} style={{ marginInlineEnd: 0 }}>
                {t(`enums.grade.${c.grade}`)}
              </Tag>
            </div>
            <div className={styles.row}>
              <span className={styles.label}>{t('fields.nextFollowUpAt')}</span>
              <span>{c.nextFollowUpAt ? formatDateTime(c.nextFollowUpAt) : w('notPlanned')}</span>
            </div>
            {props.columns.map((col) => (
              <div key={col.key} className={styles.row}>
                <span className={styles.label}>{col.label}</span>
                <span>{customValueText(c.customFields?.[col.key])}</span>
              </div>
            ))}
            <div className={styles.row}>
              <span>
                <span className={styles.label}>{t('fields.primaryContact')}</span> {contact ? contact.name : w('noContact')}
              </span>
              {contact && number ? (
                <a className={styles.call} href={telHref(number)} aria-label={w('call', { name: contact.name, number })}>
                  <PhoneOutlined /> {number}
                </a>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
