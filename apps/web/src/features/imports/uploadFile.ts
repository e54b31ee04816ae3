/** The upload route beside the GraphQL endpoint: `…/graphql` → `…/imports`. */
export function importUploadUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '/imports');
}

export interface UploadedImport {
  id: string;
  totalRows: number;
  errorRows: number;
  duplicateRows: number;
}

/** An upload the API refused, with its `extensions.code` (BAD_USER_INPUT, FORBIDDEN, …) and message. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    /** The API's message key and parameters (render these, not the message). */
    readonly messageKey?: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * Sends the file as the request body (no multipart: the API reads the raw bytes) with the session token.
 * Answers the new import's id; the preview is then read with the importJob query.
 */
export async function uploadImportFile(opts: {
  graphqlUrl: string;
  token: string | undefined;
  file: File;
  kind?: string;
}): Promise<UploadedImport> {
  const url = `${importUploadUrl(opts.graphqlUrl)}?kind=${opts.kind ?? 'CUSTOMERS'}&fileName=${encodeURIComponent(opts.file.name)}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
      body: opts.file,
    });
  } catch {
    throw new UploadError('network', 'NETWORK');
  }
  const body = (await res.json().catch(() => ({}))) as Partial<UploadedImport> & {
    errors?: { message: string; extensions?: { code?: string; messageKey?: string; params?: Record<string, unknown> } }[];
  };
  if (!res.ok || !body.id) {
    const first = body.errors?.[0];
    throw new UploadError(
      first?.message ?? `HTTP ${res.status}`,
      first?.extensions?.code,
      first?.extensions?.messageKey,
      first?.extensions?.params,
    );
  }
  return body as UploadedImport;
}
