'use client';

import { Button, Flex } from 'antd';
import { useState } from 'react';
import type { useUrlState } from './useUrlState';

/** Keyset paging with a trail of earlier cursors (for 上一页), the current cursor in the URL under `key`. */
export function usePager(url: ReturnType<typeof useUrlState>, key = 'after') {
  const [trail, setTrail] = useState<string[]>([]);
  const after = url.get(key);
  return {
    after,
    /** Forget the trail (the filter changed; the caller clears the cursor with the rest of its URL patch). */
    reset: () => setTrail([]),
    first: () => {
      setTrail([]);
      url.set({ [key]: null });
    },
    prev: () => {
      setTrail(trail.slice(0, -1));
      url.set({ [key]: trail[trail.length - 1] || null });
    },
    next: (cursor: string | null | undefined) => {
      setTrail([...trail, after ?? '']);
      url.set({ [key]: cursor ?? null });
    },
  };
}

export type Pager = ReturnType<typeof usePager>;

/** 首页 / 上一页 (once past the first page) and 下一页, right-aligned under a list. */
export function PagerButtons({
  pager,
  hasNext,
  endCursor,
  labels,
}: {
  pager: Pager;
  hasNext: boolean;
  endCursor?: string | null;
  labels: { first: string; prev: string; next: string };
}) {
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }} wrap>
      {pager.after ? (
        <>
          <Button onClick={pager.first}>{labels.first}</Button>
          <Button onClick={pager.prev}>{labels.prev}</Button>
        </>
      ) : null}
      <Button disabled={!hasNext} onClick={() => pager.next(endCursor)}>
        {labels.next}
      </Button>
    </Flex>
  );
}
