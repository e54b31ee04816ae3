import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy / waitFor wait up to 10 s: antd forms render slowly in jsdom on a busy 2-core CI machine, and the 1 s
// default failed there while the same test passed alone. A harness limit, not an assertion about speed.
configure({ asyncUtilTimeout: 10_000 });

// Browser polyfills only apply to jsdom suites (a file may opt into `@jest-environment node`).
if (typeof window !== 'undefined') {
  // antd reads media queries (Grid, responsive Descriptions) and observes sizes; jsdom has neither.
  // Width queries are answered against window.innerWidth (1024 in jsdom: a desktop layout).
  function matchesWidthQuery(query: string): boolean {
    const width = window.innerWidth;
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
    if (!min && !max) return false;
    return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  }

  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: matchesWidthQuery(query),
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }

  if (!('ResizeObserver' in window)) {
    class ResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserver });
  }

  // antd's scrollbar measurement calls getComputedStyle with a pseudo element, which jsdom does not implement.
  const originalGetComputedStyle = window.getComputedStyle;
  window.getComputedStyle = (element: Element, pseudo?: string | null) => originalGetComputedStyle(element, pseudo ? undefined : pseudo);
}

// jsdom has no MessageChannel (antd's form scheduling uses it); a timer-based stand-in is enough here.
if (typeof globalThis.MessageChannel === 'undefined') {
  type Port = { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (data: unknown) => void; close: () => void };
  class TimerMessageChannel {
    port1: Port;
    port2: Port;
    constructor() {
      const make = (target: () => Port): Port => ({
        onmessage: null,
        postMessage: (data) => void setTimeout(() => target().onmessage?.({ data }), 0),
        close: () => undefined,
      });
      this.port1 = make(() => this.port2);
      this.port2 = make(() => this.port1);
    }
  }
  Object.defineProperty(globalThis, 'MessageChannel', { writable: true, value: TimerMessageChannel });
}
