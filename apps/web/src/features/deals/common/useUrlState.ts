'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';

export type UrlPatch = Record<string, string | string[] | null | undefined>;

/**
 * Filters live in the URL (bookmarkable, shareable). `get` reads one value, `getAll` a list (comma separated),
 * `set` merges a patch (null / '' / [] removes the key) and replaces the URL without a scroll jump.
 */
export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const get = useCallback((key: string) => params.get(key) ?? undefined, [params]);
  const getAll = useCallback(
    (key: string) =>
      (params.get(key) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    [params],
  );
  const set = useCallback(
    (patch: UrlPatch) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(patch)) {
        const v = Array.isArray(value) ? value.join(',') : value;
        if (v === null || v === undefined || v === '') next.delete(key);
        else next.set(key, v);
      }
      const qs = next.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  const key = params.toString();
  return useMemo(() => ({ get, getAll, set, key }), [get, getAll, set, key]);
}
