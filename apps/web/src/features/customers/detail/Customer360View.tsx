'use client';

import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Result, Skeleton, Tabs } from 'antd';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/gql';
import { errorText } from '../errors';
import { can } from '../permissions';
import { useCurrentUser } from '../useCurrentUser';
import { useCustomerT } from '../useCustomerT';
import { CustomerHeader } from './CustomerHeader';
import { BasicInfoTab } from './tabs/BasicInfoTab';

/**
 * The whole 360 page in ONE request: each tab declares what it shows in a fragment beside its component,
 * and this query spreads them all. Mutations answer with the fragments they change, so the page updates
 * from their replies (no reload, no second query).
 */
export const Customer360Query = graphql(`
  query Customer360($id: ID!) {
    customer(id: $id) {
      id
      version
      ...CustomerHeader_customer
      ...BasicInfoTab_customer
      ...ContactsTab_customer
      ...ContractsTab_customer
      ...FollowUpsTab_customer
      ...OpportunitiesTab_customer
      ...InvoicesTab_customer
      ...ReceiptsTab_customer
      ...VisitsTab_customer
      ...TasksTab_customer
      ...ChangeLogTab_customer
    }
    tags {
      id
      name
    }
    customFields {
      id
      key
      label
    }
  }
`);

// Tabs other than 基本信息 load their code when first opened: the route's first load stays small.
const tabLoading = () => <Skeleton active paragraph={{ rows: 4 }} />;
const ContactsTab = dynamic(() => import('./tabs/ContactsTab').then((m) => m.ContactsTab), { loading: tabLoading });
const ContractsTab = dynamic(() => import('./tabs/ContractsTab').then((m) => m.ContractsTab), { loading: tabLoading });
const FollowUpsTab = dynamic(() => import('./tabs/FollowUpsTab').then((m) => m.FollowUpsTab), { loading: tabLoading });
const OpportunitiesTab = dynamic(() => import('./tabs/OpportunitiesTab').then((m) => m.OpportunitiesTab), { loading: tabLoading });
const InvoicesTab = dynamic(() => import('./tabs/InvoicesTab').then((m) => m.InvoicesTab), { loading: tabLoading });
const ReceiptsTab = dynamic(() => import('./tabs/ReceiptsTab').then((m) => m.ReceiptsTab), { loading: tabLoading });
const VisitsTab = dynamic(() => import('./tabs/VisitsTab').then((m) => m.VisitsTab), { loading: tabLoading });
const TasksTab = dynamic(() => import('./tabs/TasksTab').then((m) => m.TasksTab), { loading: tabLoading });
const ChangeLogTab = dynamic(() => import('./tabs/ChangeLogTab').then((m) => m.ChangeLogTab), { loading: tabLoading });
const EditCustomerDrawer = dynamic(() => import('./EditCustomerDrawer').then((m) => m.EditCustomerDrawer), { ssr: false });

export const TAB_KEYS = ['basic', 'contacts', 'contracts', 'followUps', 'opportunities', 'invoices', 'receipts', 'visits', 'tasks', 'changeLog'] as const;
type TabKey = (typeof TAB_KEYS)[number];

export function Customer360View({ id }: { id: string }) {
  const t = useCustomerT();
  const user = useCurrentUser();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tabParam = params.get('tab');
  const [tab, setTabState] = useState<TabKey>((TAB_KEYS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'basic');
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(Customer360Query, { variables: { id } });

  if (loading && !data) {
    return (
      <Flex vertical gap={16} data-testid="customer-loading">
        <Card>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </Flex>
    );
  }
  if (error && !data) {
    return (
      <Card>
        <Result
          status="error"
          title={t('detail.loadFailed')}
          subTitle={errorText(error, t)}
          extra={<Button onClick={() => void refetch().catch(() => undefined)}>{t('detail.retry')}</Button>}
        />
      </Card>
    );
  }
  const customer = data?.customer;
  if (!customer) {
    return (
      <Card>
        <Result
          status="404"
          title={t('detail.notFound')}
          extra={
            <Link href="/customers">
              <Button type="primary">{t('detail.back')}</Button>
            </Link>
          }
        />
      </Card>
    );
  }

  const role = user?.role;
  const canEdit = can(role, 'customer.edit');
  // Switch at once; the address follows (replace, not push) so the open tab can be shared.
  const setTab = (key: string) => {
    setTabState(key as TabKey);
    const next = new URLSearchParams(params.toString());
    if (key === 'basic') next.delete('tab');
    else next.set('tab', key);
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };

  return (
    <Flex vertical gap={16}>
      <CustomerHeader
        customer={customer}
        allTags={data.tags}
        canEdit={canEdit}
        canTag={can(role, 'tag.edit')}
        onEdit={() => setEditing(true)}
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden={false}
          items={[
            { key: 'basic', label: t('tabs.basic'), children: <BasicInfoTab customer={customer} fieldDefs={data.customFields} /> },
            { key: 'contacts', label: t('tabs.contacts'), children: <ContactsTab customer={customer} canEdit={can(role, 'contact.edit')} /> },
            { key: 'contracts', label: t('tabs.contracts'), children: <ContractsTab customer={customer} /> },
            { key: 'followUps', label: t('tabs.followUps'), children: <FollowUpsTab customer={customer} canCreate={can(role, 'followUp.create')} /> },
            { key: 'opportunities', label: t('tabs.opportunities'), children: <OpportunitiesTab customer={customer} /> },
            { key: 'invoices', label: t('tabs.invoices'), children: <InvoicesTab customer={customer} /> },
            { key: 'receipts', label: t('tabs.receipts'), children: <ReceiptsTab customer={customer} /> },
            { key: 'visits', label: t('tabs.visits'), children: <VisitsTab customer={customer} /> },
            { key: 'tasks', label: t('tabs.tasks'), children: <TasksTab customer={customer} /> },
            { key: 'changeLog', label: t('tabs.changeLog'), children: <ChangeLogTab customer={customer} /> },
          ]}
        />
      </Card>
      {canEdit && editing ? <EditCustomerDrawer customer={customer} open={editing} onClose={() => setEditing(false)} /> : null}
    </Flex>
  );
}
