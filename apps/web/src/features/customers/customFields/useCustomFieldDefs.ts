'use client';

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CustomerFormFieldsQuery } from './queries';
import { inFormOrder } from './display';

/** The admin's custom fields in form order; `ready` once they arrived or failed (the form is usable either way). */
export function useCustomFieldDefs() {
  // From the cache at once, then fresh from the API: an admin may have just added a field or made one required.
  const { data, error } = useQuery(CustomerFormFieldsQuery, { fetchPolicy: 'cache-and-network' });
  const defs = useMemo(() => inFormOrder(data?.customFields ?? []), [data]);
  return { defs, error, ready: !!data || !!error };
}
