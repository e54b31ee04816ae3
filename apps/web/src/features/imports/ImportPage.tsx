'use client';

import { useCallback } from 'react';
import { browserApiUrls } from '@/lib/apollo/urls';
import { useAppSession } from '@/lib/auth/SessionContext';
import type { ImportKind } from '@/gql/graphql';
import { ImportView } from './ImportView';
import { uploadImportFile } from './uploadFile';

/** Wires the session token and the browser's API URL into the import view. */
export function ImportPage({ apiPublicUrl, initialJobId }: { apiPublicUrl?: string; initialJobId?: string | null }) {
  const token = useAppSession()?.accessToken;
  const upload = useCallback(
    (file: File, kind: ImportKind) =>
      uploadImportFile({ graphqlUrl: browserApiUrls(apiPublicUrl, window.location).http, token, file, kind }),
    [apiPublicUrl, token],
  );
  return <ImportView initialJobId={initialJobId} upload={upload} />;
}
