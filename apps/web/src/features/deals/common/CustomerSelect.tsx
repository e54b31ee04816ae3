'use client';

import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { graphql } from '@/gql';
import { useDebounced } from '@/features/customers/create/useDebounced';

export const CustomerSelectSearchQuery = graphql(`
  query CustomerSelectSearch($search: String!) {
    customers(first: 20, filter: { search: $search, status: ACTIVE }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * 选择客户: a search select over the customers the user may see (active ones), for forms that start outside a
 * customer's page (新建商机 on /deals, 新建合同 on /contracts, 计划回访 on /visits). Controlled by antd's Form.
 */
export function CustomerSelect(props: { value?: string; onChange?: (id: string | undefined) => void; placeholder?: string; id?: string }) {
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const { data, loading } = useQuery(CustomerSelectSearchQuery, { variables: { search: term }, skip: term.length === 0 });
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      placeholder={props.placeholder}
      notFoundContent={null}
      options={(data?.customers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
      data-testid="customer-select"
    />
  );
}
