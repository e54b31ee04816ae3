'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/gql';
import { can } from '../permissions';
import { CustomerSharesButton } from '../shares/CustomerSharesButton';
import type { Role } from '@/gql/schema';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useCustomerT } from '../useCustomerT';
import {
  DeactivateCustomerMutation,
  DeleteCustomerMutation,
  isDeleteRefused,
  ReactivateCustomerMutation,
} from '../detail/lifecycleDocuments';
import { useLifecycleT } from '../detail/useLifecycleT';

const BulkAddTags = graphql(`
  mutation BulkAddTags($customerId: ID!, $names: [String!]!) {
    addTags(customerId: $customerId, names: $names) {
      id
      tags {
        id
        name
        color
      }
    }
  }
`);
const BulkShare = graphql(`
  mutation BulkShareCustomer($customerId: ID!, $userIds: [ID!]!, $canEdit: Boolean!, $expiresAt: DateTimeISO) {
    shareCustomer(customerId: $customerId, userIds: $userIds, canEdit: $canEdit, expiresAt: $expiresAt) {
      customerId
    }
  }
`);
const BulkRelease = graphql(`
  mutation BulkReleaseCustomer($id: ID!, $reason: String!) {
    releaseCustomer(id: $id, reason: $reason) {
      id
    }
  }
`);
const BulkReassign = graphql(`
  mutation BulkReassignCustomers($customerIds: [ID!], $fromUserId: ID!, $toUserId: ID!) {
    reassignCustomers(customerIds: $customerIds, fromUserId: $fromUserId, toUserId: $toUserId) {
      customerIds
    }
  }
`);

export interface SelectedCustomer {
  id: string;
  owner: { id: string } | null;
}
type Action = 'tag' | 'share' | 'release' | 'reassign' | 'deactivate' | 'reactivate' | 'delete';

/** Runs one call per item, one after another; counts successes and keeps the first failure's reason. */
export async function runEach<T>(
  items: readonly T[],
  call: (item: T) => Promise<unknown>,
): Promise<{ ok: number; failed: number; error?: unknown }> {
  let ok = 0;
  let failed = 0;
  let error: unknown;
  for (const item of items) {
    try {
      await call(item);
      ok += 1;
    } catch (e) {
      failed += 1;
      error ??= e;
    }
  }
  return { ok, failed, error };
}

/** The bar above the list when rows are ticked: tag, share, release, reassign, merge, 停用/启用/删除 — as the role allows. */
export function BulkActions(props: {
  selected: readonly SelectedCustomer[];
  role: Role | undefined;
  userId: string | undefined;
  tags: readonly { name: string }[];
  users: readonly { id: string; name: string }[];
  onDone: () => void;
  onClear: () => void;
}) {
  const { selected, role } = props;
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const router = useRouter();
  const { message, modal } = useFeedback();
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const [addTags] = useMutation(BulkAddTags);
  const [share] = useMutation(BulkShare);
  const [release] = useMutation(BulkRelease);
  const [reassign] = useMutation(BulkReassign);
  const [deactivate] = useMutation(DeactivateCustomerMutation);
  const [reactivate] = useMutation(ReactivateCustomerMutation);
  const [remove] = useMutation(DeleteCustomerMutation);
  const lt = useLifecycleT();
  const client = useApolloClient();

  if (!selected.length) return null;
  const owned = selected.filter((c) => c.owner);
  const colleagues = props.users.filter((u) => u.id !== props.userId);

  const report = (name: string, r: { ok: number; failed: number; error?: unknown }) => {
    if (r.failed) message.warning(t('bulk.partial', { action: name, ok: r.ok, failed: r.failed, reason: errorText(r.error) }));
    else message.success(t('bulk.done', { action: name, ok: r.ok }));
  };

  const run = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      if (action === 'tag') {
        report(
          t('bulk.addTag'),
          await runEach(selected, (c) => addTags({ variables: { customerId: c.id, names: values.names as string[] } })),
        );
      } else if (action === 'share') {
        const expiresAt = values.expiresAt ? (values.expiresAt as Dayjs).endOf('day').toISOString() : null;
        report(
          t('bulk.share'),
          await runEach(owned, (c) =>
            share({ variables: { customerId: c.id, userIds: values.userIds as string[], canEdit: values.canEdit === true, expiresAt } }),
          ),
        );
      } else if (action === 'release') {
        if (owned.length < selected.length) message.info(t('bulk.onlyOwned'));
        report(t('bulk.release'), await runEach(owned, (c) => release({ variables: { id: c.id, reason: String(values.reason).trim() } })));
      } else if (action === 'reassign') {
        // The API moves one owner's customers at a time.
        const byOwner = new Map<string, string[]>();
        for (const c of owned) byOwner.set(c.owner!.id, [...(byOwner.get(c.owner!.id) ?? []), c.id]);
        const r = await runEach([...byOwner], ([from, ids]) =>
          reassign({ variables: { customerIds: ids, fromUserId: from, toUserId: values.toUserId as string } }),
        );
        report(t('bulk.reassign'), r);
      } else if (action === 'deactivate' || action === 'reactivate') {
        const reason = typeof values.reason === 'string' && values.reason.trim() ? values.reason.trim() : null;
        const r = await runEach(selected, (c) =>
          action === 'deactivate' ? deactivate({ variables: { id: c.id, reason } }) : reactivate({ variables: { id: c.id } }),
        );
        report(lt(action), r);
      } else if (action === 'delete') {
        const kept: SelectedCustomer[] = [];
        const r = await runEach(selected, async (c) => {
          try {
            await remove({ variables: { id: c.id } });
          } catch (e) {
            if (isDeleteRefused(e)) kept.push(c);
            throw e;
          }
        });
        report(lt('delete'), r);
        // Customers with contracts cannot be deleted: offer 停用 for exactly those. The dialog outlives this bar
        // (the list clears its selection), so it calls the client directly.
        if (kept.length) {
          modal.confirm({
            title: lt('bulkRefused', { count: kept.length }),
            content: lt('deleteRefusedOffer'),
            okText: lt('bulkDeactivateThese', { count: kept.length }),
            cancelText: lt('cancel'),
            onOk: async () => {
              report(
                lt('deactivate'),
                await runEach(kept, (c) => client.mutate({ mutation: DeactivateCustomerMutation, variables: { id: c.id, reason: null } })),
              );
              props.onDone();
            },
          });
        }
      }
      setAction(null);
      form.resetFields();
      props.onDone();
    } finally {
      setBusy(false);
    }
  };

  const titles: Record<Action, string> = {
    tag: t('bulk.addTag'),
    share: t('bulk.share'),
    release: t('bulk.release'),
    reassign: t('bulk.reassign'),
    deactivate: lt('deactivate'),
    reactivate: lt('reactivate'),
    delete: lt('delete'),
  };
  const count = selected.length;
  return (
    <Flex
      gap={8}
      wrap
      align="center"
      data-testid="bulk-actions"
      style={{ padding: '8px 12px', background: 'rgba(22,104,220,0.06)', borderRadius: 6 }}
    >
      <Typography.Text strong>{t('bulk.selected', { count: selected.length })}</Typography.Text>
      {can(role, 'tag.edit') ? <Button onClick={() => setAction('tag')}>{t('bulk.addTag')}</Button> : null}
      {can(role, 'customer.share') ? <Button onClick={() => setAction('share')}>{t('bulk.share')}</Button> : null}
      {/* One customer ticked: who it is shared with, and 取消共享. */}
      {selected.length === 1 && can(role, 'customer.share') ? <CustomerSharesButton customerId={selected[0].id} canUnshare /> : null}
      {can(role, 'pool.release') ? <Button onClick={() => setAction('release')}>{t('bulk.release')}</Button> : null}
      {can(role, 'customer.reassign') ? <Button onClick={() => setAction('reassign')}>{t('bulk.reassign')}</Button> : null}
      {can(role, 'customer.merge') ? (
        <Button
          onClick={() => {
            if (selected.length < 2) message.info(t('bulk.needTwo'));
            else router.push(`/customers/merge?ids=${selected.map((c) => c.id).join(',')}`);
          }}
        >
          {t('bulk.merge')}
        </Button>
      ) : null}
      {can(role, 'customer.delete') ? (
        <>
          <Button onClick={() => setAction('deactivate')}>{lt('deactivate')}</Button>
          <Button onClick={() => setAction('reactivate')}>{lt('reactivate')}</Button>
          <Button danger onClick={() => setAction('delete')}>
            {lt('delete')}
          </Button>
        </>
      ) : null}
      <Button type="link" onClick={props.onClear}>
        {t('bulk.clear')}
      </Button>
      <Modal
        title={action ? `${titles[action]} · ${t('bulk.selected', { count })}` : ''}
        open={!!action}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText={t('bulk.confirm')}
        cancelText={t('bulk.cancel')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void run(v)} initialValues={{ canEdit: false }}>
          {action === 'tag' ? (
            <Form.Item name="names" label={t('bulk.tagNames')} rules={[{ required: true, message: t('bulk.tagRequired') }]}>
              <Select
                mode="tags"
                placeholder={t('bulk.tagPlaceholder')}
                options={props.tags.map((x) => ({ value: x.name, label: x.name }))}
              />
            </Form.Item>
          ) : null}
          {action === 'share' ? (
            <>
              <Form.Item name="userIds" label={t('bulk.shareWith')} rules={[{ required: true, message: t('bulk.shareWithRequired') }]}>
                <Select
                  mode="multiple"
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('bulk.shareWithPlaceholder')}
                  options={colleagues.map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
              <Form.Item name="canEdit" label={t('bulk.permission')}>
                <Radio.Group
                  options={[
                    { value: false, label: t('bulk.readOnly') },
                    { value: true, label: t('bulk.canEdit') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="expiresAt" label={t('bulk.expiresAt')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </>
          ) : null}
          {action === 'release' ? (
            <Form.Item
              name="reason"
              label={t('bulk.reason')}
              rules={[
                { required: true, whitespace: true, message: t('bulk.reasonRequired') },
                { max: 200, message: t('bulk.reasonTooLong') },
              ]}
            >
              <Input.TextArea rows={3} placeholder={t('bulk.reasonPlaceholder')} maxLength={200} />
            </Form.Item>
          ) : null}
          {action === 'deactivate' ? (
            <Form.Item name="reason" label={lt('reason')} extra={lt('deactivateHint')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          ) : null}
          {action === 'delete' ? <Typography.Paragraph type="secondary">{lt('deleteHint')}</Typography.Paragraph> : null}
          {action === 'reassign' ? (
            <Form.Item
              name="toUserId"
              label={t('bulk.reassignTo')}
              extra={t('bulk.reassignHint')}
              rules={[{ required: true, message: t('bulk.reassignToRequired') }]}
            >
              <Select showSearch optionFilterProp="label" options={props.users.map((u) => ({ value: u.id, label: u.name }))} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </Flex>
  );
}
