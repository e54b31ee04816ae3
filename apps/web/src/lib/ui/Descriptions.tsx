import type { ReactNode } from 'react';
import styles from './ui.module.css';

export interface DescriptionItem {
  key: string;
  label: ReactNode;
  children: ReactNode;
  /** `wide`: two columns' room from a medium screen on; `row`: a whole row of its own. */
  span?: 'wide' | 'row';
}

/**
 * antd's Descriptions in plain markup (a `<dl>` laid out by CSS grid): label / value pairs, 1 per row on a
 * phone and up to `columns` (2 or 4 from `sm`, or 2 from `md` and 3 from `lg` for `bordered`) on wider screens.
 */
export function Descriptions({ items, bordered = false, title }: { items: DescriptionItem[]; bordered?: boolean; title?: ReactNode }) {
  return (
    <section className={styles.descriptionsBlock}>
      {title ? <h4 className={styles.descriptionsTitle}>{title}</h4> : null}
      <dl className={bordered ? styles.descriptionsBordered : styles.descriptions}>
        {items.map((item) => (
          <div key={item.key} className={item.span === 'row' ? styles.itemRow : item.span === 'wide' ? styles.itemWide : styles.item}>
            <dt className={styles.label}>{item.label}</dt>
            <dd className={styles.value}>{item.children}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
