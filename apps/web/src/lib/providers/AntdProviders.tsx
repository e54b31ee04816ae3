'use client';

import { AntdRegistry } from '@ant-design/nextjs-registry';
import type { ReactNode } from 'react';
import { AntdConfig } from './AntdConfig';

/**
 * What antd components need around them: the style registry (server-rendered CSS-in-JS) and AntdConfig.
 * Not in the root layout: a page that draws antd at once wraps its view in this (page.tsx); a page whose
 * first paint is plain (the customer 360) loads it with its first antd part (lazyAntd), so the antd
 * runtime is not in that page's first load.
 */
export function AntdProviders({ children }: { children: ReactNode }) {
  return (
    <AntdRegistry>
      <AntdConfig>{children}</AntdConfig>
    </AntdRegistry>
  );
}
