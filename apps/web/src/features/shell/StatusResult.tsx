import CloseCircleFilled from '@ant-design/icons-svg/es/asn/CloseCircleFilled';
import InfoCircleFilled from '@ant-design/icons-svg/es/asn/InfoCircleFilled';
import type { ReactNode } from 'react';
import { Icon } from '@/lib/ui/Icon';
import styles from './StatusResult.module.css';

export type StatusKind = 'error' | 'notFound' | 'info';

export interface StatusResultProps {
  status: StatusKind;
  title: ReactNode;
  subTitle?: ReactNode;
  /** Buttons or links under the text. */
  extra?: ReactNode;
}

/**
 * A whole-area status: not found, failed to load, nothing here yet. antd's Result without its three large
 * illustrations (antd's Result module ships all of them to every page that uses any status).
 */
export function StatusResult({ status, title, subTitle, extra }: StatusResultProps) {
  return (
    <div className={styles.result} role={status === 'error' ? 'alert' : undefined} data-status={status}>
      <div className={`${styles.icon} ${styles[status]}`} aria-hidden>
        {status === 'error' ? <Icon icon={CloseCircleFilled} /> : status === 'info' ? <Icon icon={InfoCircleFilled} /> : '404'}
      </div>
      <div className={styles.title}>{title}</div>
      {subTitle ? <div className={styles.subTitle}>{subTitle}</div> : null}
      {extra ? <div className={styles.extra}>{extra}</div> : null}
    </div>
  );
}
