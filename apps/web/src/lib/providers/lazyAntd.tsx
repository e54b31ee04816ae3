'use client';

import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component that loads when first rendered, together with antd's providers (AntdProviders), for pages
 * whose first paint has no antd: `const Drawer = lazyAntd(() => import('./Drawer').then((m) => m.Drawer))`.
 * Nothing antd is imported here, so the page's first load stays without it. `fallback` shows meanwhile.
 */
export function lazyAntd<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => {
    const [Component, { AntdProviders }] = await Promise.all([load(), import('./AntdProviders')]);
    function WithAntd(props: P) {
      return (
        <AntdProviders>
          <Component {...props} />
        </AntdProviders>
      );
    }
    return { default: WithAntd };
  });
  function LazyAntd(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyAntd;
}
