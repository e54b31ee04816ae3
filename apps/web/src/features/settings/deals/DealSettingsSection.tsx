'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Popconfirm, Result, Skeleton } from 'antd';
import { getFragmentData } from '@/gql';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { DealSettingsFieldsFragment, DealSettingsQuery, RecomputeGradesMutation, UpdateDealSettingsMutation } from './documents';
import { MONEY_PATTERN, thresholdsInOrder } from './money';
import { ContractTemplatesSection } from './ContractTemplatesSection';
import { GradeFactorsSection } from './GradeFactorsSection';

interface Fields {
  contractNumberPattern: string;
  customerNumberPattern: string;
  gradeVip: string;
  gradeImportant: string;
  gradeNormal: string;
}
const FIELDS = ['contractNumberPattern', 'customerNumberPattern', 'gradeVip', 'gradeImportant', 'gradeNormal'] as const;
const SEQ = /\{SEQ\d+\}/g;

/** 分级与合同: the contract and customer number patterns and the grading thresholds (admins change; others read). */
export function DealSettingsSection({ canManage }: { canManage: boolean }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const { data, error, refetch } = useQuery(DealSettingsQuery);
  const [save, { loading: saving }] = useMutation(UpdateDealSettingsMutation);
  const [recompute, { loading: recomputing }] = useMutation(RecomputeGradesMutation);
  const settings = data ? getFragmentData(DealSettingsFieldsFragment, data.dealSettings) : undefined;

  async function submit(v: Fields) {
    if (!settings) return;
    try {
      await save({
        variables: {
          version: settings.version,
          input: {
            contractNumberPattern: v.contractNumberPattern.trim(),
            customerNumberPattern: v.customerNumberPattern.trim(),
            gradeVip: v.gradeVip.trim(),
            gradeImportant: v.gradeImportant.trim(),
            gradeNormal: v.gradeNormal.trim(),
          },
        },
        refetchQueries: [DealSettingsQuery],
      });
      message.success(t('saved'));
    } catch (e) {
      if (showFieldError(form, e, locale, FIELDS)) return;
      message.error(apiErrorText(e, locale));
      if (hasErrorCode(e, 'CONFLICT')) {
        const fresh = await refetch().catch(() => undefined);
        const s = fresh?.data ? getFragmentData(DealSettingsFieldsFragment, fresh.data.dealSettings) : undefined;
        if (s)
          form.setFieldsValue({
            contractNumberPattern: s.contractNumberPattern,
            customerNumberPattern: s.customerNumberPattern,
            gradeVip: s.gradeVip,
            gradeImportant: s.gradeImportant,
            gradeNormal: s.gradeNormal,
          });
      }
    }
  }

  async function regrade() {
    try {
      const res = await recompute();
      message.success(t('deals.recomputed', { count: res.data?.recomputeGrades ?? 0 }));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  if (error && !data) {
    return (
      <Result
        status="error"
        title={t('loadFailed')}
        subTitle={apiErrorText(error, locale)}
        extra={<Button onClick={() => void refetch()}>{t('retry')}</Button>}
      />
    );
  }
  if (!settings) return <Skeleton active paragraph={{ rows: 5 }} />;

  const amountRules = [
    { required: true, message: t('deals.amountRequired') },
    { pattern: MONEY_PATTERN, message: t('deals.amountInvalid') },
  ];
  const orderRule = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: () => {
      const [v, i, n] = (['gradeVip', 'gradeImportant', 'gradeNormal'] as const).map((k) => String(getFieldValue(k) ?? ''));
      if (![v, i, n].every((x) => MONEY_PATTERN.test(x))) return Promise.resolve();
      return thresholdsInOrder(v, i, n) ? Promise.resolve() : Promise.reject(new Error(t('deals.orderInvalid')));
    },
  });

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      {canManage ? null : <Alert type="info" showIcon title={t('readOnly')} />}
      <Form<Fields>
        form={form}
        layout="vertical"
        name="deal-settings"
        disabled={!canManage}
        onFinish={submit}
        initialValues={{
          contractNumberPattern: settings.contractNumberPattern,
          customerNumberPattern: settings.customerNumberPattern,
          gradeVip: settings.gradeVip,
          gradeImportant: settings.gradeImportant,
          gradeNormal: settings.gradeNormal,
        }}
      >
        <Form.Item
          name="contractNumberPattern"
          label={t('deals.pattern')}
          extra={t('deals.patternHint')}
          rules={[
            { required: true, whitespace: true, message: t('deals.patternRequired') },
            {
              validator: (_, v: string | undefined) =>
                !v || (v.match(SEQ) ?? []).length === 1 ? Promise.resolve() : Promise.reject(new Error(t('deals.patternSeq'))),
            },
          ]}
        >
          <Input style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item
          name="customerNumberPattern"
          label={t('deals.customerPattern')}
          extra={t('deals.customerPatternHint')}
          rules={[
            { required: true, whitespace: true, message: t('deals.customerPatternRequired') },
            {
              validator: (_, v: string | undefined) =>
                !v || (v.match(SEQ) ?? []).length === 1 ? Promise.resolve() : Promise.reject(new Error(t('deals.patternSeq'))),
            },
          ]}
        >
          <Input style={{ maxWidth: 320 }} />
        </Form.Item>
        <Card size="small" title={t('deals.thresholds')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="gradeVip"
            label={t('deals.gradeVip')}
            rules={[...amountRules, orderRule]}
            dependencies={['gradeImportant', 'gradeNormal']}
          >
            <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="gradeImportant" label={t('deals.gradeImportant')} rules={amountRules}>
            <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="gradeNormal" label={t('deals.gradeNormal')} rules={amountRules} style={{ marginBottom: 0 }}>
            <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 240 }} />
          </Form.Item>
        </Card>
        {canManage ? (
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('save')}
            </Button>
            <Popconfirm title={t('deals.recomputeConfirm')} onConfirm={() => void regrade()} okText={t('yes')} cancelText={t('no')}>
              <Button icon={<ReloadOutlined />} loading={recomputing}>
                {t('deals.recompute')}
              </Button>
            </Popconfirm>
          </Flex>
        ) : null}
      </Form>
      <GradeFactorsSection canManage={canManage} />
      <ContractTemplatesSection canManage={canManage} />
    </Flex>
  );
}
