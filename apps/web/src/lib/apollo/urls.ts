// Where the GraphQL API lives, as seen from the browser and from the Next.js server.

export const DEFAULT_SERVER_API_URL = 'http://localhost:4000/graphql';

/** ws(s):// twin of an http(s):// GraphQL URL (graphql-ws serves subscriptions on the same path). */
export function toWebSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http(s?):\/\//i, (_m, s: string) => (s ? 'wss://' : 'ws://'));
}

export interface ApiUrls {
  http: string;
  ws: string;
}

/**
 * The browser's API URLs: `publicUrl` when the server was told one (API_PUBLIC_URL, read at request
 * time and passed down as a prop), otherwise the page's own host on port 4000. Nothing here depends on
 * build-time environment, so one build runs anywhere.
 */
export function browserApiUrls(publicUrl: string | undefined, location: Pick<Location, 'protocol' | 'hostname'>): ApiUrls {
  const http = publicUrl || `${location.protocol}//${location.hostname}:4000/graphql`;
  return { http, ws: toWebSocketUrl(http) };
}

/** The API URL during server-side rendering of client components (runtime env of the Node server). */
export function ssrApiUrl(): string {
  return process.env.API_URL || DEFAULT_SERVER_API_URL;
}
