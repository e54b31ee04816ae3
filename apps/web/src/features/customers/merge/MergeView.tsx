'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Radio, Result, Select, Skeleton, Table, Typography } from 'antd';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { graphql } from '@/gql';
import type { MergeCandidatesQuery } from '@/gql/graphql';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useDebounced } from '../create/useDebounced';
import { formatDate } from '../format';
import { CustomerListQuery } from '../list/queries';
import { can } from '../permissions';
import { useCurrentUser } from '../useCurrentUser';
import { useCustomerT } from '../useCustomerT';
import { sayField, tableLabel } from '@kehu/domain/change-words';
import { enumLabel, type Locale } from '@kehu/domain/labels';
import { useLocale } from '@/i18n/I18nProvider';

/** Rows a merge moves, said per record type in the reader's language (合同明细, not contract_lines), equal types added up. */
export function movedByRecord(tables: readonly { table: string; moved: number; merged: number }[], locale: Locale): [string, number][] {
  const out = new Map<string, number>();
  for (const x of tables) {
    const label = tableLabel(x.table, locale);
    out.set(label, (out.get(label) ?? 0) + x.moved + x.merged);
  }
  return [...out];
}

const MergeCandidatesDoc = graphql(`
  query MergeCandidates($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Customer {
        id
        name
        type
        grade
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
    }
  }
`);

const MergeCustomersDoc = graphql(`
  mutation MergeCustomers($masterId: ID!, $duplicateIds: [ID!]!, $fieldChoices: [MergeFieldChoice!]!, $dryRun: Boolean!) {
    mergeCustomers(masterId: $masterId, duplicateIds: $duplicateIds, fieldChoices: $fieldChoices, dryRun: $dryRun) {
      dryRun
      mergedCustomerIds
      master {
        id
        name
      }
      tables {
        table
        column
        moved
        merged
      }
    }
  }
`);

type Candidate = Extract<NonNullable<MergeCandidatesQuery['nodes'][number]>, { __typename?: 'Customer'; id: string; name: string }>;
/** The fields a merge lets the user pick, as mergeCustomers names them. */
export const MERGE_FIELDS = [
  'name',
  'type',
  'grade',
  'source',
  'industry',
  'province',
  'city',
  'address',
  'email',
  'website',
  'firstContactDate',
  'remark',
  'ownerId',
  'status',
  'primaryContact',
] as const;
type MergeField = (typeof MERGE_FIELDS)[number];

/** The comparable value of a field (null when blank), the same rule the API uses to pick a default. */
function raw(c: Candidate, f: MergeField): string | null {
  const v = f === 'ownerId' ? c.owner?.id : f === 'primaryContact' ? c.primaryContact?.id : c[f];
  return v === null || v === undefined || v === '' ? null : String(v);
}

/** Default choice: the master's value, else the first other customer that has one. */
export function defaultChoice(list: readonly Candidate[], masterId: string, f: MergeField): string {
  const ordered = [...list.filter((c) => c.id === masterId), ...list.filter((c) => c.id !== masterId)];
  return (ordered.find((c) => raw(c, f) !== null) ?? ordered[0]).id;
}

/** 合并: pick duplicates, compare them side by side, choose each field's surviving value, preview, confirm. */
export function MergeView() {
  const t = useCustomerT();
  const [locale] = useLocale();
  const errorText = useApiErrorText();
  const user = useCurrentUser();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { message, modal } = useFeedback();
  const ids = useMemo(
    () => [
      ...new Set(
        (params.get('ids') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    [params],
  );
  const [masterPick, setMasterPick] = useState<string | null>(null);
  const [picked, setPicked] = useState<Partial<Record<MergeField, string>>>({});
  const [q, setQ] = useState('');
  const debouncedQ = useDebounced(q.trim(), 300);

  const { data, loading, error, refetch } = useQuery(MergeCandidatesDoc, { variables: { ids }, skip: ids.length === 0 });
  const { data: found } = useQuery(CustomerListQuery, {
    variables: { filter: { search: debouncedQ }, first: 10 },
    skip: debouncedQ.length < 2,
  });
  const [merge, { data: preview, loading: merging, reset }] = useMutation(MergeCustomersDoc);

  const list = useMemo(() => (data?.nodes ?? []).filter((n): n is Candidate => !!n && 'name' in n), [data]);
  const masterId = masterPick && list.some((c) => c.id === masterPick) ? masterPick : list[0]?.id;
  const choice = (f: MergeField) =>
    picked[f] && list.some((c) => c.id === picked[f]) ? picked[f]! : masterId ? defaultChoice(list, masterId, f) : undefined;

  if (!can(user?.role, 'customer.merge') && user) {
    return (
      <Card>
        <Result status="403" title={t('merge.forbidden')} />
      </Card>
    );
  }

  const setIds = (next: string[]) => {
    reset();
    router.replace(next.length ? `${pathname}?ids=${next.join(',')}` : pathname, { scroll: false });
  };
  // Field and enum labels from the domain's one catalogue, in the reader's language.
  const label = (f: MergeField): string => sayField('Customer', f === 'primaryContact' ? 'primaryContactId' : f, locale);
  const display = (c: Candidate, f: MergeField): string => {
    switch (f) {
      case 'type':
        return enumLabel('CustomerType', c.type, locale);
      case 'grade':
        return enumLabel('CustomerGrade', c.grade, locale);
      case 'status':
        return enumLabel('CustomerStatus', c.status, locale);
      case 'source':
        return c.source ? enumLabel('CustomerSource', c.source, locale) : t('merge.empty');
      case 'industry':
        return c.industry ? enumLabel('CustomerIndustry', c.industry, locale) : t('merge.empty');
      case 'ownerId':
        return c.owner?.name ?? t('list.pool');
      case 'primaryContact':
        return c.primaryContact
          ? [c.primaryContact.name, c.primaryContact.mobile ?? c.primaryContact.phone].filter(Boolean).join(' ')
          : t('merge.empty');
      case 'firstContactDate':
        return c.firstContactDate ? formatDate(c.firstContactDate) : t('merge.empty');
      default:
        return (c[f] as string | null) || t('merge.empty');
    }
  };

  const variables = (dryRun: boolean) => ({
    masterId: masterId!,
    duplicateIds: list.filter((c) => c.id !== masterId).map((c) => c.id),
    fieldChoices: MERGE_FIELDS.map((f) => ({ field: f, fromCustomerId: choice(f)! })),
    dryRun,
  });
  const runPreview = async () => {
    try {
      await merge({ variables: variables(true) });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const confirm = () => {
    modal.confirm({
      title: t('merge.confirmTitle', { count: list.length }),
      content: t('merge.confirmText'),
      okText: t('merge.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('bulk.cancel'),
      onOk: async () => {
        try {
          const res = await merge({ variables: variables(false) });
          message.success(t('merge.done'));
          router.push(`/customers/${res.data?.mergeCustomers.master.id ?? masterId}`);
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });
  };

  const rows = MERGE_FIELDS.map((f) => ({ field: f }));
  const missing = ids.length - list.length;
  const moved = preview?.mergeCustomers.dryRun ? preview.mergeCustomers.tables.filter((x) => x.moved || x.merged) : [];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('merge.title')}
        </Typography.Title>
        <Link href="/customers">{t('detail.back')}</Link>
      </Flex>
      <Alert type="info" showIcon title={t('merge.intro')} />
      <Card>
        <Flex vertical gap={12}>
          <Select
            showSearch
            filterOption={false}
            value={null}
            style={{ maxWidth: 480, width: '100%' }}
            placeholder={t('merge.addPlaceholder')}
            aria-label={t('merge.add')}
            onSearch={setQ}
            onChange={(id: string) => {
              setQ('');
              if (id && !ids.includes(id)) setIds([...ids, id]);
            }}
            options={(found?.customers.edges ?? []).map((e) => ({
              value: e.node.id,
              label: `${e.node.name}${e.node.owner ? ` · ${e.node.owner.name}` : ''}`,
              disabled: ids.includes(e.node.id),
            }))}
            notFoundContent={null}
          />
          {error ? (
            <Alert
              type="error"
              showIcon
              title={t('merge.loadFailed')}
              description={errorText(error)}
              action={<Button onClick={() => void refetch()}>{t('list.retry')}</Button>}
            />
          ) : null}
          {missing > 0 && data ? <Alert type="warning" showIcon title={t('merge.missing', { count: missing })} /> : null}
          {loading ? (
            <Skeleton active paragraph={{ rows: 8 }} />
          ) : list.length < 2 ? (
            <Result status="info" title={t('merge.needTwo')} />
          ) : (
            <>
              <Table
                rowKey="field"
                size="small"
                bordered
                pagination={false}
                scroll={{ x: 220 + list.length * 220 }}
                dataSource={rows}
                columns={[
                  { title: t('merge.field'), key: 'field', width: 110, fixed: 'left', render: (_, r) => <b>{label(r.field)}</b> },
                  ...list.map((c) => ({
                    key: c.id,
                    width: 220,
                    title: (
                      <Flex vertical gap={4}>
                        <Flex justify="space-between" gap={4}>
                          <Link href={`/customers/${c.id}`} target="_blank">
                            {c.name}
                          </Link>
                          <Button
                            size="small"
                            type="text"
                            aria-label={t('merge.remove')}
                            icon={<CloseOutlined />}
                            onClick={() => setIds(ids.filter((x) => x !== c.id))}
                          />
                        </Flex>
                        <Radio
                          checked={c.id === masterId}
                          onChange={() => {
                            setMasterPick(c.id);
                            reset();
                          }}
                        >
                          {c.id === masterId ? t('merge.master') : t('merge.setMaster')}
                        </Radio>
                      </Flex>
                    ),
                    render: (_: unknown, r: { field: MergeField }) => (
                      <Radio
                        checked={choice(r.field) === c.id}
                        onChange={() => {
                          setPicked((p) => ({ ...p, [r.field]: c.id }));
                          reset();
                        }}
                        aria-label={`${label(r.field)}: ${display(c, r.field)}`}
                      >
                        {display(c, r.field)}
                      </Radio>
                    ),
                  })),
                ]}
              />
              {moved.length ? (
                <Card size="small" title={t('merge.moved')}>
                  <Flex gap={16} wrap data-testid="merge-preview">
                    {movedByRecord(moved, locale).map(([label, count]) => (
                      <Typography.Text key={label}>
                        {label}：{count}
                      </Typography.Text>
                    ))}
                  </Flex>
                </Card>
              ) : null}
              <Flex gap={8} justify="flex-end" wrap>
                <Button loading={merging && !preview} onClick={() => void runPreview()}>
                  {t('merge.preview')}
                </Button>
                <Button type="primary" danger loading={merging && !!preview} onClick={confirm}>
                  {t('merge.confirm')}
                </Button>
              </Flex>
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
