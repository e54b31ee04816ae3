'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const DealsViewerQuery = graphql(`
  query DealsViewer {
    me {
      id
      name
      role
    }
  }
`);

/** The signed-in user (id and role decide which actions a page offers; the API checks again). */
export function useViewer() {
  const { data } = useQuery(DealsViewerQuery, { fetchPolicy: 'cache-first' });
  return data?.me ?? null;
}
