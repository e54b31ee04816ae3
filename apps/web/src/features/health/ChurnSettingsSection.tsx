'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { ChurnSettingsQuery, UpdateChurnSettingsMutation } from './documents';
import { useHealthT } from './useHealthT';

type Fields = { satisfactionDrop: number; overdueDays: number };

/** 流失预警设置 (设置 › 分级与合同): the satisfaction-drop margin and the overdue days. */
export function ChurnSettingsSection({ canManage }: { canManage: boolean }) {
  const t = useHealthT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const { data, error } = useQuery(ChurnSettingsQuery);
  const [save, { loading: saving }] = useMutation(UpdateChurnSettingsMutation);

  if (error && !data) return <Alert type="error" showIcon title={apiErrorText(error, locale)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 2 }} />;

  async function submit(v: Fields) {
    try {
      await save({ variables: { input: { satisfactionDrop: v.satisfactionDrop, overdueDays: v.overdueDays } } });
      message.success(locale === 'en' ? 'Saved' : '已保存');
    } catch (e) {
      if (!showFieldError(form, e, locale, ['satisfactionDrop', 'overdueDays'])) message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Card size="small" title={t('churnSettings.title')} style={{ maxWidth: 720, marginTop: 16 }} data-testid="churn-settings">
      <Typography.Paragraph type="secondary">{t('churnSettings.help')}</Typography.Paragraph>
      <Form<Fields>
        form={form}
        layout="vertical"
        name="churn-settings"
        disabled={!canManage}
        onFinish={submit}
        initialValues={{ satisfactionDrop: data.churnSettings.satisfactionDrop, overdueDays: data.churnSettings.overdueDays }}
      >
        <Form.Item
          name="satisfactionDrop"
          label={t('churnSettings.satisfactionDrop')}
          rules={[{ required: true, type: 'integer', min: 1, max: 4, message: t('churnSettings.dropRange') }]}
        >
          <InputNumber min={1} max={4} precision={0} suffix={t('churnSettings.points')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="overdueDays"
          label={t('churnSettings.overdueDays')}
          rules={[{ required: true, type: 'integer', min: 1, max: 365, message: t('churnSettings.daysRange') }]}
        >
          <InputNumber min={1} max={365} precision={0} suffix={t('churnSettings.days')} style={{ width: 200 }} />
        </Form.Item>
        {canManage ? (
          <Button type="primary" htmlType="submit" loading={saving}>
            {locale === 'en' ? 'Save' : '保存'}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
