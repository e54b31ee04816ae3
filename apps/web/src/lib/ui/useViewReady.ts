'use client';

import { useEffect } from 'react';

/**
 * Marks the page's view as interactive (`<html data-view="ready">`) once React has hydrated it. A page's view
 * loads as a chunk of its own (app/lazyViews.tsx) and a click on its server-drawn markup before then does
 * nothing; the browser flows wait for this mark after each navigation instead of clicking into the void.
 */
export function useViewReady() {
  useEffect(() => {
    document.documentElement.dataset.view = 'ready';
    return () => {
      delete document.documentElement.dataset.view;
    };
  }, []);
}
