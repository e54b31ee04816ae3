import type { Client } from 'graphql-ws';

/** Helpers shared by the socket test files (not a test file itself). */

export interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** One operation over a graphql-ws socket: its result, or the errors its subscribe was refused with. */
export function overSocket(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let last: Answer = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => void (last = value as Answer),
        error: (err) => {
          if (Array.isArray(err)) resolve({ errors: err });
          else
            reject(
              err instanceof Error
                ? err
                : new Error(`socket closed: ${(err as { code?: number }).code} ${(err as { reason?: string }).reason}`),
            );
        },
        complete: () => resolve(last),
      },
    );
  });
}
