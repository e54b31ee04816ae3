'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, InputNumber, Result, Select, Skeleton, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { CustomerGrade } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { PoolRulesSettingsQuery, UpdatePoolRulesMutation } from './documents';
import { ReclaimNow } from './ReclaimNow';

const GRADES: CustomerGrade[] = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'];

interface GradeRow {
  grade?: CustomerGrade;
  noFollowUpDays?: number | null;
  notWonWithinDays?: number | null;
}
interface Fields {
  noFollowUpDays?: number | null;
  notWonWithinDays?: number | null;
  maxCustomersPerUser?: number | null;
  claimCooldownDays?: number | null;
  grades?: GradeRow[];
}

const FIELDS = ['noFollowUpDays', 'notWonWithinDays', 'maxCustomersPerUser', 'claimCooldownDays', 'grades'] as const;
const orNull = (v: number | null | undefined) => (v === undefined || v === null ? null : v);

/** 公海规则: when customers go back to the pool, the claim cap and cool-down; per-grade overrides. */
export function PoolRulesSection({ canManage }: { canManage: boolean }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const { data, loading, error, refetch } = useQuery(PoolRulesSettingsQuery);
  const [save, { loading: saving }] = useMutation(UpdatePoolRulesMutation);

  const range = (min: number, max: number): Rule => ({ type: 'integer', min, max, message: t('pool.range', { min, max }) });

  async function submit(v: Fields) {
    try {
      await save({
        variables: {
          input: {
            noFollowUpDays: orNull(v.noFollowUpDays),
            notWonWithinDays: orNull(v.notWonWithinDays),
            maxCustomersPerUser: orNull(v.maxCustomersPerUser),
            claimCooldownDays: v.claimCooldownDays ?? 0,
            grades: (v.grades ?? [])
              .filter((g): g is GradeRow & { grade: CustomerGrade } => !!g.grade)
              .map((g) => ({ grade: g.grade, noFollowUpDays: orNull(g.noFollowUpDays), notWonWithinDays: orNull(g.notWonWithinDays) })),
          },
        },
      });
      message.success(t('saved'));
    } catch (e) {
      if (!showFieldError(form, e, locale, FIELDS)) message.error(apiErrorText(e, locale));
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
  if (!data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const rules = data.poolRules;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      {canManage ? null : <Alert type="info" showIcon title={t('readOnly')} />}
      <Form<Fields>
        form={form}
        layout="vertical"
        name="pool-rules"
        disabled={!canManage || loading}
        onFinish={submit}
        initialValues={{
          noFollowUpDays: rules.noFollowUpDays,
          notWonWithinDays: rules.notWonWithinDays,
          maxCustomersPerUser: rules.maxCustomersPerUser,
          claimCooldownDays: rules.claimCooldownDays,
          grades: rules.grades.map((g) => ({ grade: g.grade, noFollowUpDays: g.noFollowUpDays, notWonWithinDays: g.notWonWithinDays })),
        }}
      >
        <Form.Item name="noFollowUpDays" label={t('pool.noFollowUpDays')} rules={[range(1, 3650)]}>
          <InputNumber min={1} max={3650} precision={0} suffix={t('pool.days')} placeholder={t('off')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="notWonWithinDays" label={t('pool.notWonWithinDays')} rules={[range(1, 3650)]}>
          <InputNumber min={1} max={3650} precision={0} suffix={t('pool.days')} placeholder={t('off')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="maxCustomersPerUser" label={t('pool.maxCustomersPerUser')} rules={[range(1, 100000)]}>
          <InputNumber
            min={1}
            max={100000}
            precision={0}
            suffix={t('pool.customers')}
            placeholder={t('pool.unlimited')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="claimCooldownDays" label={t('pool.claimCooldownDays')} rules={[range(0, 365)]}>
          <InputNumber min={0} max={365} precision={0} suffix={t('pool.days')} style={{ width: 200 }} />
        </Form.Item>
        <Card size="small" title={t('pool.grades')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('pool.gradesHint')}</Typography.Paragraph>
          <Form.List name="grades">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} wrap align="start">
                    <Form.Item
                      name={[field.name, 'grade']}
                      rules={[
                        { required: true, message: t('pool.gradeRequired') },
                        ({ getFieldValue }) => ({
                          validator: (_, g) =>
                            (getFieldValue('grades') as GradeRow[]).filter((r) => r?.grade === g).length > 1
                              ? Promise.reject(new Error(t('pool.gradeTwice')))
                              : Promise.resolve(),
                        }),
                      ]}
                      style={{ marginBottom: 0 }}
                    >
                      <Select
                        aria-label={t('pool.grade')}
                        placeholder={t('pool.grade')}
                        style={{ width: 140 }}
                        options={GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'noFollowUpDays']} rules={[range(1, 3650)]} style={{ marginBottom: 0 }}>
                      <InputNumber
                        aria-label={t('pool.noFollowUpShort')}
                        min={1}
                        max={3650}
                        precision={0}
                        prefix={t('pool.noFollowUpShort')}
                        suffix={t('pool.days')}
                        placeholder="—"
                        style={{ width: 220 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'notWonWithinDays']} rules={[range(1, 3650)]} style={{ marginBottom: 0 }}>
                      <InputNumber
                        aria-label={t('pool.notWonShort')}
                        min={1}
                        max={3650}
                        precision={0}
                        prefix={t('pool.notWonShort')}
                        suffix={t('pool.days')}
                        placeholder="—"
                        style={{ width: 240 }}
                      />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={t('delete')} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                {fields.length < GRADES.length ? (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'start' }}>
                    {t('pool.addGrade')}
                  </Button>
                ) : null}
              </Flex>
            )}
          </Form.List>
        </Card>
        {canManage ? (
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('save')}
          </Button>
        ) : null}
      </Form>
      {canManage ? <ReclaimNow /> : null}
    </Flex>
  );
}
