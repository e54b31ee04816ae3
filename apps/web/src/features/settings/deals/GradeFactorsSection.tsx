'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Form, InputNumber, Select, Skeleton, Typography } from 'antd';
import { enumLabel } from '@kehu/domain/labels';
import type { CreditRating } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { GradingFactorsQuery, UpdateGradingFactorsMutation } from './documents';

interface Fields {
  tenureMonths: number;
  minCredit: CreditRating;
}

/** 分级因素: tenure and credit beside the amount thresholds (admins change; others read). */
export function GradeFactorsSection({ canManage }: { canManage: boolean }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const { data } = useQuery(GradingFactorsQuery);
  const [save, { loading }] = useMutation(UpdateGradingFactorsMutation);
  if (!data) return <Skeleton active paragraph={{ rows: 2 }} />;
  async function submit(v: Fields) {
    try {
      await save({ variables: { input: { tenureMonths: v.tenureMonths, minCredit: v.minCredit } } });
      message.success(t('deals.factorsSaved'));
    } catch (e) {
      if (!showFieldError(form, e, locale, ['tenureMonths', 'minCredit'])) message.error(apiErrorText(e, locale));
    }
  }
  return (
    <Card size="small" title={t('deals.factors')} data-testid="grade-factors">
      <Typography.Paragraph type="secondary">{t('deals.factorsHelp')}</Typography.Paragraph>
      <Form<Fields>
        form={form}
        layout="vertical"
        name="grade-factors"
        disabled={!canManage}
        onFinish={submit}
        initialValues={{ tenureMonths: data.gradingFactors.tenureMonths, minCredit: data.gradingFactors.minCredit }}
      >
        <Form.Item
          name="tenureMonths"
          label={t('deals.tenureMonths')}
          rules={[{ required: true, type: 'integer', min: 0, max: 600, message: t('deals.monthsRange') }]}
        >
          <InputNumber min={0} max={600} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="minCredit" label={t('deals.minCredit')}>
          <Select<CreditRating>
            style={{ width: 200 }}
            options={(['A', 'B', 'C'] as const).map((v) => ({
              value: v,
              label: v === 'C' ? t('deals.minCreditOff') : enumLabel('CreditRating', v, locale),
            }))}
          />
        </Form.Item>
        {canManage ? (
          <Button htmlType="submit" loading={loading}>
            {t('deals.saveFactors')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
