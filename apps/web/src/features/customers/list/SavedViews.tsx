'use client';

import { DeleteOutlined, DownOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Dropdown, Form, Input, Modal } from 'antd';
import type { MenuProps } from 'antd';
import { useEffect, useState } from 'react';
import { addView, loadViews, PRESET_VIEWS, saveViews, viewQuery, type SavedView } from '../savedViews';
import { useCustomerT } from '../useCustomerT';
import { useFeedback } from '@/lib/feedback/Feedback';

/** "视图": the presets (我的VIP客户, 7日未跟进) and the user's own saved filters, one click each. */
export function SavedViews(props: { userId: string | undefined; search: string; onOpen: (query: string) => void }) {
  const t = useCustomerT();
  const { message } = useFeedback();
  const [views, setViews] = useState<SavedView[]>([]);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  useEffect(() => setViews(props.userId ? loadViews(props.userId) : []), [props.userId]);

  const current = viewQuery(props.search);
  const presetName = (v: SavedView) => (v.preset ? t(`list.${v.name as 'vipView' | 'staleView'}`) : v.name);
  const active = [...PRESET_VIEWS, ...views].find((v) => v.query === current);

  const store = (next: SavedView[]) => {
    setViews(next);
    if (props.userId) saveViews(props.userId, next);
  };

  const items: MenuProps['items'] = [
    { key: 'all', label: t('list.allCustomers'), onClick: () => props.onOpen('') },
    {
      type: 'group',
      label: t('list.presetViews'),
      children: PRESET_VIEWS.map((v) => ({ key: v.id, label: presetName(v), onClick: () => props.onOpen(v.query) })),
    },
    ...(views.length
      ? [
          {
            type: 'group' as const,
            label: t('list.myViews'),
            children: views.map((v) => ({
              key: v.id,
              label: (
                <span style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
                  {v.name}
                  <DeleteOutlined
                    aria-label={t('list.deleteView')}
                    onClick={(e) => {
                      e.stopPropagation();
                      store(views.filter((x) => x.id !== v.id));
                    }}
                  />
                </span>
              ),
              onClick: () => props.onOpen(v.query),
            })),
          },
        ]
      : []),
    { type: 'divider' },
    { key: 'save', icon: <SaveOutlined />, label: t('list.saveView'), disabled: !current, onClick: () => setSaving(true) },
  ];

  return (
    <>
      <Dropdown menu={{ items, selectable: true, selectedKeys: active ? [active.id] : current ? [] : ['all'] }} trigger={['click']}>
        <Button data-testid="saved-views">
          {t('list.views')}：{active ? presetName(active) : current ? t('list.filters') : t('list.allCustomers')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        title={t('list.saveView')}
        open={saving}
        onCancel={() => setSaving(false)}
        onOk={() => form.submit()}
        okText={t('bulk.confirm')}
        cancelText={t('bulk.cancel')}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={({ name }) => {
            store(addView(views, name.trim(), props.search));
            setSaving(false);
            message.success(t('list.viewSaved'));
          }}
        >
          <Form.Item
            name="name"
            label={t('list.viewName')}
            rules={[{ required: true, whitespace: true, message: t('list.viewNameRequired') }, { max: 30 }]}
          >
            <Input autoFocus placeholder={t('list.viewNamePlaceholder')} maxLength={30} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
