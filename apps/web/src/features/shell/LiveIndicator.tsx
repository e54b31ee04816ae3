'use client';

import { useSubscription } from '@apollo/client/react';
import { Badge, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { graphql } from '@/gql';
import { useT } from '@/i18n/I18nProvider';

export const LiveHeartbeatSubscription = graphql(`
  subscription LiveHeartbeat($intervalSeconds: Int!) {
    heartbeat(intervalSeconds: $intervalSeconds)
  }
`);

type LiveState = 'connecting' | 'live' | 'offline';

/** A dot in the header that shows whether the live connection (graphql-ws) to the API works. */
export function LiveIndicator({ compact = false }: { compact?: boolean }) {
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
  const status = state === 'live' ? 'success' : state === 'offline' ? 'error' : 'processing';
  return (
    <Tooltip title={error ? `${label}: ${error.message}` : label}>
      <span data-testid="live-indicator" data-state={state} aria-label={label} role="status">
        <Badge status={status} text={compact ? undefined : label} />
      </span>
    </Tooltip>
  );
}
