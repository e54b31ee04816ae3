import type { AttachmentCategory, AttachmentRecordKind } from '@/gql/schema';

/** The upload route beside the GraphQL endpoint: `…/graphql` → `…/files`. */
export function fileUploadUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '/files');
}

/** A link the API gave (relative to its origin, e.g. /files/…?s=…) as an absolute URL the browser can open. */
export function apiLink(graphqlUrl: string, downloadUrl: string): string {
  return new URL(downloadUrl, graphqlUrl).href;
}

/** A refused upload: `reason` (FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, ZIP_BOMB, EMPTY_FILE) or `code` says why. */
export class AttachmentUploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

export interface AttachmentUpload {
  /** Settles when the API answers: the new file's id, or an AttachmentUploadError (code ABORTED when cancelled). */
  done: Promise<{ id: string }>;
  abort: () => void;
}

interface UploadOptions {
  graphqlUrl: string;
  token: string | undefined;
  recordKind: AttachmentRecordKind;
  recordId: string;
  category: AttachmentCategory;
  file: File;
  /** Fraction sent, 0–1 (XMLHttpRequest upload progress: fetch has no upload progress). */
  onProgress?: (fraction: number) => void;
}

/** Sends the file as the raw request body with the session token, like the import upload. */
export function uploadAttachment(opts: UploadOptions): AttachmentUpload {
  const query = new URLSearchParams({
    recordKind: opts.recordKind,
    recordId: opts.recordId,
    category: opts.category,
    fileName: opts.file.name,
  });
  const xhr = new XMLHttpRequest();
  const done = new Promise<{ id: string }>((resolve, reject) => {
    xhr.open('POST', `${fileUploadUrl(opts.graphqlUrl)}?${query}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (opts.token) xhr.setRequestHeader('authorization', `Bearer ${opts.token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opts.onProgress?.(e.loaded / e.total);
    };
    xhr.onabort = () => reject(new AttachmentUploadError('cancelled', 'ABORTED'));
    xhr.onerror = () => reject(new AttachmentUploadError('network', 'NETWORK'));
    xhr.onload = () => {
      let body: { id?: string; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON (a proxy's error page): fall through to the status
      }
      if (xhr.status >= 200 && xhr.status < 300 && body.id) return resolve({ id: body.id });
      const first = body.errors?.[0];
      reject(
        new AttachmentUploadError(
          first?.message ?? `HTTP ${xhr.status}`,
          first?.extensions?.code ?? `HTTP_${xhr.status}`,
          first?.extensions?.reason,
        ),
      );
    };
    xhr.send(opts.file);
  });
  return { done, abort: () => xhr.abort() };
}
