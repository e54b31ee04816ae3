'use client';

import { ShareAltOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useFeatureT } from '@/i18n/feature';
import { CustomerShares } from './CustomerShares';
import { SHARE_MESSAGES } from './messages';

/**
 * 共享给: a button that opens the customer's share list (loaded only then). Mount it where one customer is in
 * view — the 360 header, or the list's bulk bar with one row ticked.
 */
export function CustomerSharesButton({ customerId, canUnshare }: { customerId: string; canUnshare: boolean }) {
  const s = useFeatureT(SHARE_MESSAGES);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<ShareAltOutlined />} onClick={() => setOpen(true)}>
        {s('button')}
      </Button>
      <Modal open={open} title={s('button')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        {open ? <CustomerShares customerId={customerId} canUnshare={canUnshare} /> : null}
      </Modal>
    </>
  );
}
