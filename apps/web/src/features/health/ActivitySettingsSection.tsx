'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, InputNumber, Skeleton, Typography } from 'antd';
import type { CustomerGrade } from '@/gql/graphql';
import { enumLabel } from '@/features/customers/domain';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { ActivitySettingsQuery, UpdateActivitySettingsMutation } from './documents';
import { useHealthT } from './useHealthT';

type Row = { grade: CustomerGrade; dormantDays: number; churnedDays: number };

/** 活跃度阈值 (设置 › 分级与合同): per grade, idle days before 沉睡 and 流失. Admins edit, others read. */
export function ActivitySettingsSection({ canManage }: { canManage: boolean }) {
  const t = useHealthT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ rows: Row[] }>();
  const { data, error } = useQuery(ActivitySettingsQuery);
  const [save, { loading: saving }] = useMutation(UpdateActivitySettingsMutation);

  if (error && !data) return <Alert type="error" showIcon title={apiErrorText(error, locale)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const range = { type: 'integer' as const, min: 1, max: 3650, message: t('settings.range') };

  async function submit(v: { rows: Row[] }) {
    try {
      await save({ variables: { input: v.rows.map((r) => ({ grade: r.grade, dormantDays: r.dormantDays, churnedDays: r.churnedDays })) } });
      message.success(locale === 'en' ? 'Saved' : '已保存');
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Card size="small" title={t('settings.title')} style={{ maxWidth: 720, marginTop: 16 }} data-testid="activity-settings">
      <Typography.Paragraph type="secondary">{t('settings.help')}</Typography.Paragraph>
      <Form
        form={form}
        name="activity-settings"
        disabled={!canManage}
        onFinish={submit}
        initialValues={{ rows: data.activitySettings.map(({ grade, dormantDays, churnedDays }) => ({ grade, dormantDays, churnedDays })) }}
      >
        <Form.List name="rows">
          {(fields) =>
            fields.map((field, i) => {
              const grade = data.activitySettings[i].grade;
              return (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Typography.Text style={{ width: 80, lineHeight: '32px' }}>{enumLabel('CustomerGrade', grade, locale)}</Typography.Text>
                  <Form.Item name={[field.name, 'dormantDays']} rules={[{ required: true, ...range }]} style={{ marginBottom: 8 }}>
                    <InputNumber
                      aria-label={`${enumLabel('CustomerGrade', grade, locale)} ${t('settings.dormantDays')}`}
                      prefix={t('settings.dormantDays')}
                      min={1}
                      max={3650}
                      precision={0}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'churnedDays']}
                    dependencies={[['rows', field.name, 'dormantDays']]}
                    rules={[
                      { required: true, ...range },
                      ({ getFieldValue }) => ({
                        validator: (_, v) =>
                          v > getFieldValue(['rows', field.name, 'dormantDays'])
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('settings.order'))),
                      }),
                    ]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={`${enumLabel('CustomerGrade', grade, locale)} ${t('settings.churnedDays')}`}
                      prefix={t('settings.churnedDays')}
                      min={1}
                      max={3650}
                      precision={0}
                      style={{ width: 200 }}
                    />
                  </Form.Item>
                </Flex>
              );
            })
          }
        </Form.List>
        {canManage ? (
          <Button type="primary" htmlType="submit" loading={saving}>
            {locale === 'en' ? 'Save' : '保存'}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
