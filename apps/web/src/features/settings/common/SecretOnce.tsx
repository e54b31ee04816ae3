'use client';

import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useSettingsT } from '../useSettingsT';

export interface SecretOnceProps {
  /** The secret to show; null closes the dialog. */
  secret: string | null;
  title: string;
  hint: string;
  onClose: () => void;
}

/**
 * A secret the API returns once (an API key, a webhook signing secret): shown with a copy button and a
 * warning that it will not be shown again. Closing asks nothing: the admin has been told.
 */
export function SecretOnce({ secret, title, hint, onClose }: SecretOnceProps) {
  const t = useSettingsT();
  const [copied, setCopied] = useState(false);

  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard (an http page, a refused permission): the text stays selected for Ctrl-C.
      (document.querySelector('[data-testid="secret-once"] input') as HTMLInputElement | null)?.select();
    }
  }

  return (
    <Modal
      open={!!secret}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      afterClose={() => setCopied(false)}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.done')}
        </Button>
      }
    >
      <Flex vertical gap={12} data-testid="secret-once">
        <Alert type="warning" showIcon title={t('secret.once')} description={hint} />
        <Flex gap={8}>
          <Input
            readOnly
            value={secret ?? ''}
            aria-label={t('secret.label')}
            onFocus={(e) => e.target.select()}
            style={{ fontFamily: 'monospace' }}
          />
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {copied ? t('secret.copied') : t('secret.copy')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('secret.stored')}</Typography.Text>
      </Flex>
    </Modal>
  );
}
