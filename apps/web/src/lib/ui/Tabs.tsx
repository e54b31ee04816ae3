'use client';

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import styles from './ui.module.css';

export interface TabItem {
  key: string;
  label: ReactNode;
  /** The panel; called once the tab has been opened, and kept (hidden) after. */
  children: () => ReactNode;
}

/**
 * antd's line Tabs in plain markup: a WAI-ARIA tab list (arrow keys, Home / End move between tabs and open
 * them), a panel per opened tab. Panels stay mounted once opened, like antd's `destroyOnHidden={false}`.
 */
export function Tabs({
  items,
  activeKey,
  onChange,
  label,
}: {
  items: TabItem[];
  activeKey: string;
  onChange: (key: string) => void;
  label?: string;
}) {
  const id = useId();
  const opened = useRef(new Set<string>());
  opened.current.add(activeKey);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((item) => item.key === activeKey);
    const next =
      event.key === 'ArrowRight'
        ? index + 1
        : event.key === 'ArrowLeft'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? items.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = items[(next + items.length) % items.length];
    onChange(target.key);
    document.getElementById(`${id}-tab-${target.key}`)?.focus();
  };

  return (
    <div>
      <div role="tablist" aria-label={label} className={styles.tabList} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const selected = item.key === activeKey;
          return (
            <button
              key={item.key}
              id={`${id}-tab-${item.key}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${id}-panel-${item.key}`}
              tabIndex={selected ? 0 : -1}
              className={styles.tab}
              onClick={() => !selected && onChange(item.key)}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items
        .filter((item) => opened.current.has(item.key))
        .map((item) => (
          <div
            key={item.key}
            id={`${id}-panel-${item.key}`}
            role="tabpanel"
            aria-labelledby={`${id}-tab-${item.key}`}
            hidden={item.key !== activeKey}
            tabIndex={0}
          >
            {item.children()}
          </div>
        ))}
    </div>
  );
}
