'use client';

import { useEffect } from 'react';
import useMessage from 'antd/es/message/useMessage';
import useModal from 'antd/es/modal/useModal';
import useNotification from 'antd/es/notification/useNotification';
import { AntdConfig } from '@/lib/providers/AntdConfig';
import type { FeedbackHoldersProps } from './Feedback';

/** Loaded by FeedbackProvider: antd's hook-based message, notification and modal, and where they render. */
export function FeedbackHolders({ onReady }: FeedbackHoldersProps) {
  const [message, messageHolder] = useMessage();
  const [notification, notificationHolder] = useNotification();
  const [modal, modalHolder] = useModal();
  useEffect(() => onReady({ message, notification, modal }), [onReady, message, notification, modal]);
  // Inside antd's config (theme, locale): the root layout has none of its own.
  return (
    <AntdConfig>
      {messageHolder}
      {notificationHolder}
      {modalHolder}
    </AntdConfig>
  );
}
