import type { ReactNode } from 'react';
import styles from './ui.module.css';

/** antd's preset tag colours (and `processing`); anything else is taken as a CSS colour. */
const PRESETS = new Set([
  'default',
  'processing',
  'red',
  'volcano',
  'orange',
  'gold',
  'green',
  'cyan',
  'blue',
  'geekblue',
  'purple',
  'magenta',
]);

export interface TagProps {
  color?: string | null;
  title?: string;
  children: ReactNode;
  /** Shows a × button with this accessible name. */
  closeLabel?: string;
  onClose?: () => void;
}

/** antd's Tag look in plain markup, for parts of a page drawn before (or without) antd. */
export function Tag({ color, title, children, closeLabel, onClose }: TagProps) {
  const preset = !color || PRESETS.has(color);
  return (
    <span
      className={`${styles.tag} ${preset ? styles[`tag-${color || 'default'}`] : styles.tagCustom}`}
      style={preset ? undefined : { background: color ?? undefined, borderColor: 'transparent' }}
      title={title}
    >
      {children}
      {onClose ? (
        <button type="button" className={styles.tagClose} aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      ) : null}
    </span>
  );
}
