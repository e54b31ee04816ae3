'use client';

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CustomerFormFieldsQuery } from './queries';
import { inFormOrder } from './display';

/** The admin's custom fields in form order; `ready` once they arrived or failed (the form is usable either way). */
export function useCustomFieldDefs() {
  const { data, error } = useQuery(CustomerFormFieldsQuery);
  const defs = useMemo(() => inFormOrder(data?.customFields ?? []), [data]);
  return { defs, error, ready: !!data || !!error };
}
