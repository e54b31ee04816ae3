'use client';

import { useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '@/gql';
import { useT } from '@/i18n/I18nProvider';
import styles from './LiveIndicator.module.css';

export const LiveHeartbeatSubscription = graphql(`
  subscription LiveHeartbeat($intervalSeconds: Int!) {
    heartbeat(intervalSeconds: $intervalSeconds)
  }
`);

type LiveState = 'connecting' | 'live' | 'offline';

/** A dot in the header that shows whether the live connection (graphql-ws) to the API works (the word hides on phones). */
export function LiveIndicator() {
  const t = useT();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  // Subscriptions only run in the browser (server rendering has no socket).
  const { data, error } = useSubscription(LiveHeartbeatSubscription, {
    variables: { intervalSeconds: 30 },
    skip: !mounted,
  });
  const state: LiveState = error ? 'offline' : data ? 'live' : 'connecting';
  const label = t(`live.${state}`);
  return (
    <span
      className={styles.indicator}
      data-testid="live-indicator"
      data-state={state}
      aria-label={label}
      role="status"
      title={error ? `${label}: ${error.message}` : label}
    >
      <span className={`${styles.dot} ${styles[state]}`} aria-hidden />
      <span className={styles.text}>{label}</span>
    </span>
  );
}
