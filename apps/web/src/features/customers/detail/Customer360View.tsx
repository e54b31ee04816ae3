'use client';

import { useQuery } from '@apollo/client/react';
import { useViewReady } from '@/lib/ui/useViewReady';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { StatusResult } from '@/features/shell/StatusResult';
import { graphql } from '@/gql';
import { lazyAntd } from '@/lib/providers/lazyAntd';
import { Skeleton } from '@/lib/ui/Skeleton';
import { Tabs } from '@/lib/ui/Tabs';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { can } from '../permissions';
import { useCurrentUser } from '../useCurrentUser';
import { useCustomerCoreT } from '../useCustomerCoreT';
import { CustomerHeader } from './CustomerHeader';
import styles from './Customer360.module.css';
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

// The first paint — header, tab bar, 基本信息 — is plain markup (no antd runtime in the route's first load).
// The other tabs and the edit drawer are antd: each loads its code, with antd's providers, when first shown.
const tabLoading = <Skeleton rows={4} />;
const ContactsTab = lazyAntd(() => import('./tabs/ContactsTab').then((m) => m.ContactsTab), tabLoading);
const ContractsTab = lazyAntd(() => import('./tabs/ContractsTab').then((m) => m.ContractsTab), tabLoading);
const FollowUpsTab = lazyAntd(() => import('./tabs/FollowUpsTab').then((m) => m.FollowUpsTab), tabLoading);
const OpportunitiesTab = lazyAntd(() => import('./tabs/OpportunitiesTab').then((m) => m.OpportunitiesTab), tabLoading);
const InvoicesTab = lazyAntd(() => import('./tabs/InvoicesTab').then((m) => m.InvoicesTab), tabLoading);
const ReceiptsTab = lazyAntd(() => import('./tabs/ReceiptsTab').then((m) => m.ReceiptsTab), tabLoading);
const VisitsTab = lazyAntd(() => import('./tabs/VisitsTab').then((m) => m.VisitsTab), tabLoading);
const TasksTab = lazyAntd(() => import('./tabs/TasksTab').then((m) => m.TasksTab), tabLoading);
const ChangeLogTab = lazyAntd(() => import('./tabs/ChangeLogTab').then((m) => m.ChangeLogTab), tabLoading);
const AttachmentsPanel = lazyAntd(() => import('@/features/files/AttachmentsPanel').then((m) => m.AttachmentsPanel), tabLoading);
const EditCustomerDrawer = lazyAntd(() => import('./EditCustomerDrawer').then((m) => m.EditCustomerDrawer));

export const TAB_KEYS = [
  'basic',
  'contacts',
  'contracts',
  'followUps',
  'opportunities',
  'invoices',
  'receipts',
  'visits',
  'tasks',
  'files',
  'changeLog',
] as const;
type TabKey = (typeof TAB_KEYS)[number];

export function Customer360View({ id }: { id: string }) {
  useViewReady();
  const t = useCustomerCoreT();
  const errorText = useApiErrorText();
  const user = useCurrentUser();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tabParam = params.get('tab');
  const [tab, setTabState] = useState<TabKey>((TAB_KEYS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'basic');
  const [editing, setEditing] = useState(false);
  // A quick action of the phone header: which tab's create form to open once that tab shows.
  const [intent, setIntent] = useState<'followUp' | 'opportunity' | null>(null);
  const clearIntent = useCallback(() => setIntent(null), []);
  const { data, loading, error, refetch } = useQuery(Customer360Query, { variables: { id } });

  if (loading && !data) {
    return (
      <div className={styles.page} data-testid="customer-loading">
        <div className={`kehu-panel ${styles.panel}`}>
          <Skeleton rows={3} />
        </div>
        <div className={`kehu-panel ${styles.panel}`}>
          <Skeleton rows={6} />
        </div>
      </div>
    );
  }
  if (error && !data) {
    return (
      <div className="kehu-panel">
        <StatusResult
          status="error"
          title={t('detail.loadFailed')}
          subTitle={errorText(error)}
          extra={
            <button type="button" className="kehu-button" onClick={() => void refetch().catch(() => undefined)}>
              {t('detail.retry')}
            </button>
          }
        />
      </div>
    );
  }
  const customer = data?.customer;
  if (!customer) {
    return (
      <div className="kehu-panel">
        <StatusResult
          status="notFound"
          title={t('detail.notFound')}
          extra={
            <Link href="/customers" className="kehu-button kehu-button-primary">
              {t('detail.back')}
            </Link>
          }
        />
      </div>
    );
  }

  const role = user?.role;
  const canEdit = can(role, 'customer.edit');
  // Opportunities and contracts (the API's deal.edit) are for the same roles as editing the customer.
  const canDeal = canEdit;
  // 回访 (the API's visit.plan) is open to every role, 客服 included.
  const canPlanVisit = !!role;
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
    <div className={styles.page}>
      <CustomerHeader
        customer={customer}
        allTags={data.tags}
        canEdit={canEdit}
        canTag={can(role, 'tag.edit')}
        canLifecycle={can(role, 'customer.delete')}
        onEdit={() => setEditing(true)}
        onWriteFollowUp={
          can(role, 'followUp.create')
            ? () => {
                setIntent('followUp');
                setTab('followUps');
              }
            : undefined
        }
        onNewOpportunity={
          canDeal
            ? () => {
                setIntent('opportunity');
                setTab('opportunities');
              }
            : undefined
        }
      />
      <div className={`kehu-panel ${styles.tabsPanel}`}>
        <Tabs
          label={t('detail.tabsLabel')}
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'basic', label: t('tabs.basic'), children: () => <BasicInfoTab customer={customer} fieldDefs={data.customFields} /> },
            {
              key: 'contacts',
              label: t('tabs.contacts'),
              children: () => <ContactsTab customer={customer} canEdit={can(role, 'contact.edit')} />,
            },
            { key: 'contracts', label: t('tabs.contracts'), children: () => <ContractsTab customer={customer} canEdit={canDeal} /> },
            {
              key: 'followUps',
              label: t('tabs.followUps'),
              children: () => (
                <FollowUpsTab
                  customer={customer}
                  canCreate={can(role, 'followUp.create')}
                  openCreate={intent === 'followUp'}
                  onCreateOpened={clearIntent}
                />
              ),
            },
            {
              key: 'opportunities',
              label: t('tabs.opportunities'),
              children: () => (
                <OpportunitiesTab
                  customer={customer}
                  canEdit={canDeal}
                  openCreate={intent === 'opportunity'}
                  onCreateOpened={clearIntent}
                />
              ),
            },
            { key: 'invoices', label: t('tabs.invoices'), children: () => <InvoicesTab customer={customer} /> },
            { key: 'receipts', label: t('tabs.receipts'), children: () => <ReceiptsTab customer={customer} /> },
            { key: 'visits', label: t('tabs.visits'), children: () => <VisitsTab customer={customer} canPlan={canPlanVisit} /> },
            { key: 'tasks', label: t('tabs.tasks'), children: () => <TasksTab customer={customer} /> },
            {
              key: 'files',
              label: t('tabs.files'),
              children: () => <AttachmentsPanel recordKind="CUSTOMER" recordId={customer.id} canEdit={canEdit} />,
            },
            { key: 'changeLog', label: t('tabs.changeLog'), children: () => <ChangeLogTab customer={customer} /> },
          ]}
        />
      </div>
      {canEdit && editing ? <EditCustomerDrawer customer={customer} open={editing} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
