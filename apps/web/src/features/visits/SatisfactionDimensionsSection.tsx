'use client';

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useFeatureT } from '@/i18n/feature';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { VISIT_MESSAGES } from './messages';
import {
  dimensionName,
  newDimensionKey,
  SatisfactionDimensionSettingsQuery,
  SatisfactionDimensionsQuery,
  UpdateSatisfactionDimensionsMutation,
} from './satisfaction';

interface Row {
  key: string;
  nameZh: string;
  nameEn: string;
}
interface Fields {
  dimensions: Row[];
}

const nameRule = (message: string) => [{ required: true, whitespace: true, max: 50, message }];

/**
 * 设置 › 满意度维度 (admins): the dimensions a recorded visit is scored on, in order. Rename, reorder, add;
 * removing one archives it (its scores stay); an archived one can be restored.
 */
export function SatisfactionDimensionsSection() {
  const m = useFeatureT(VISIT_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const { data, error } = useQuery(SatisfactionDimensionSettingsQuery);
  const [save, { loading }] = useMutation(UpdateSatisfactionDimensionsMutation, {
    refetchQueries: [SatisfactionDimensionSettingsQuery, SatisfactionDimensionsQuery],
  });

  if (error && !data) return <Alert type="error" showIcon title={apiErrorText(error, locale)} />;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const active = data.satisfactionDimensions.filter((d) => d.active);
  const archived = data.satisfactionDimensions.filter((d) => !d.active);

  async function submit(v: Fields) {
    try {
      await save({
        variables: { input: v.dimensions.map((d) => ({ key: d.key, nameZh: d.nameZh.trim(), nameEn: d.nameEn.trim() })) },
      });
      message.success(m('dims.saved'));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Card size="small" title={m('dims.title')} style={{ maxWidth: 820 }} data-testid="satisfaction-dimensions">
      <Typography.Paragraph type="secondary">{m('dims.help')}</Typography.Paragraph>
      <Form<Fields>
        form={form}
        name="satisfaction-dimensions"
        onFinish={(v) => void submit(v)}
        initialValues={{ dimensions: active.map((d) => ({ key: d.key, nameZh: d.nameZh, nameEn: d.nameEn })) }}
      >
        <Form.List
          name="dimensions"
          rules={[{ validator: async (_, rows?: Row[]) => (rows?.length ? undefined : Promise.reject(new Error(m('dims.atLeastOne')))) }]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="flex-start" wrap data-testid="dimension-row">
                  <Form.Item name={[f.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameZh']} rules={nameRule(m('dims.nameRequired'))} style={{ flex: '1 1 200px' }}>
                    <Input placeholder={m('dims.nameZh')} aria-label={`${m('dims.nameZh')} ${i + 1}`} maxLength={50} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'nameEn']} rules={nameRule(m('dims.nameRequired'))} style={{ flex: '1 1 200px' }}>
                    <Input placeholder={m('dims.nameEn')} aria-label={`${m('dims.nameEn')} ${i + 1}`} maxLength={50} />
                  </Form.Item>
                  <Button icon={<ArrowUpOutlined />} aria-label={m('dims.up')} disabled={i === 0} onClick={() => move(i, i - 1)} />
                  <Button
                    icon={<ArrowDownOutlined />}
                    aria-label={m('dims.down')}
                    disabled={i === fields.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                  <Button icon={<DeleteOutlined />} aria-label={m('dims.remove')} danger onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Flex gap={8} wrap style={{ marginBottom: 16 }}>
                <Button icon={<PlusOutlined />} onClick={() => add({ key: newDimensionKey(), nameZh: '', nameEn: '' })}>
                  {m('dims.add')}
                </Button>
                {archived.length ? (
                  <Flex gap={4} align="center" wrap>
                    <Typography.Text type="secondary">{m('dims.archived')}:</Typography.Text>
                    {archived
                      .filter((d) => !(form.getFieldValue('dimensions') as Row[] | undefined)?.some((r) => r.key === d.key))
                      .map((d) => (
                        <Tag
                          key={d.key}
                          style={{ cursor: 'pointer' }}
                          onClick={() => add({ key: d.key, nameZh: d.nameZh, nameEn: d.nameEn })}
                          title={m('dims.restore')}
                        >
                          {dimensionName(d, locale)} · {m('dims.restore')}
                        </Tag>
                      ))}
                  </Flex>
                ) : null}
              </Flex>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={loading}>
          {m('dims.save')}
        </Button>
      </Form>
    </Card>
  );
}
