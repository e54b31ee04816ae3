import styles from './ui.module.css';

/** antd Skeleton's look (a title bar and `rows` paragraph lines), in plain markup. */
export function Skeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div className={styles.skeleton} aria-hidden>
      <div className={styles.skeletonTitle} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.skeletonLine} />
      ))}
    </div>
  );
}
