'use client';

import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Tag, Typography } from 'antd';
import Link from 'next/link';
import { graphql } from '@/gql';
import { useCustomerT } from '../useCustomerT';
import { useDebounced } from './useDebounced';

export const DuplicateCandidatesQuery = graphql(`
  query DuplicateCandidates($name: String, $phone: String) {
    duplicateCandidates(name: $name, phone: $phone) {
      customerId
      name
      exact
      reasons
      visible
      owner {
        id
        name
      }
    }
  }
`);

export const DUPLICATE_CHECK_DELAY_MS = 400;

/** Asks the API for duplicates of the name and phone being typed (debounced) and says who holds them. */
export function DuplicateWarning({ name, phone }: { name: string; phone: string }) {
  const t = useCustomerT();
  const settled = useDebounced({ name: name.trim(), phone: phone.trim() }, DUPLICATE_CHECK_DELAY_MS);
  const askName = settled.name.length >= 2 ? settled.name : null;
  const askPhone = settled.phone.replace(/\D/g, '').length >= 7 ? settled.phone : null;
  const { data, loading } = useQuery(DuplicateCandidatesQuery, {
    variables: { name: askName, phone: askPhone },
    skip: !askName && !askPhone,
    fetchPolicy: 'network-only',
  });
  const list = askName || askPhone ? (data?.duplicateCandidates ?? []) : [];
  if (loading && !list.length) {
    return <Typography.Text type="secondary">{t('create.checking')}</Typography.Text>;
  }
  if (!list.length) return null;
  const exact = list.some((c) => c.exact);
  return (
    <Alert
      type={exact ? 'error' : 'warning'}
      showIcon
      role="alert"
      data-testid="duplicate-warning"
      title={t('create.dupTitle', { count: list.length })}
      description={
        <Flex vertical gap={4}>
          {list.map((c) => (
            <Flex key={c.customerId} gap={6} wrap align="center">
              {c.visible ? (
                <Link href={`/customers/${c.customerId}`} target="_blank">
                  {c.name}
                </Link>
              ) : (
                <Typography.Text>{c.name}</Typography.Text>
              )}
              {c.reasons.map((r) => (
                <Tag key={r} color={r === 'SIMILAR_NAME' ? 'orange' : 'red'}>
                  {t(`enums.reason.${r as 'SAME_NAME' | 'SIMILAR_NAME' | 'SAME_PHONE'}`)}
                </Tag>
              ))}
              <Typography.Text type="secondary">
                {c.owner ? t('create.dupOwner', { name: c.owner.name }) : t('create.dupPool')}
              </Typography.Text>
              {c.visible ? null : <Typography.Text type="secondary">（{t('create.dupHidden')}）</Typography.Text>}
              {c.exact ? <Typography.Text type="danger">{t('create.dupExact')}</Typography.Text> : null}
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
