'use client';

import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty list that says what to do next (not just "no data"). */
export function EmptyHint({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={children}>
      {action}
    </Empty>
  );
}
