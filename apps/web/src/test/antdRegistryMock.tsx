// Jest has no server render whose antd styles the registry would collect: render the children as they are.
import type { ReactNode } from 'react';

export function AntdRegistry({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
