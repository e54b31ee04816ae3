'use client';

import { createContext, useContext } from 'react';
import { browserApiUrls } from './urls';

/**
 * API_PUBLIC_URL as the root layout read it, for code that talks to the API outside Apollo (uploads, file
 * links). KehuApolloProvider provides it; without a provider the page's host on port 4000 is used.
 */
export const ApiPublicUrlContext = createContext<string | undefined>(undefined);

/** The browser's GraphQL URL, e.g. http://crm.example:4000/graphql (the upload routes live beside it). */
export function useApiHttpUrl(): string {
  const publicUrl = useContext(ApiPublicUrlContext);
  return browserApiUrls(publicUrl, typeof window === 'undefined' ? { protocol: 'http:', hostname: 'localhost' } : window.location).http;
}
