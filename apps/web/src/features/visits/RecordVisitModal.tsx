'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, DatePicker, Flex, Form, Input, Modal, Rate, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { VisitMethod, VisitType } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useFeatureT } from '@/i18n/feature';
import { PlanVisitMutation, RecordVisitMutation } from './documents';
import { VISIT_MESSAGES } from './messages';
import { dimensionName, SatisfactionDimensionsQuery } from './satisfaction';

export const VISIT_METHODS: readonly VisitMethod[] = ['PHONE', 'ON_SITE', 'VIDEO'];

export interface RecordableVisit {
  id: string;
  version: number;
  topic: string;
  type: VisitType;
  customerId: string;
}

interface Fields {
  actualAt: Dayjs;
  method?: VisitMethod;
  overallScore?: number;
  scores?: Record<string, number | undefined>;
  content: string;
  feedback?: string;
  problems?: string;
  actions?: string;
  nextVisitAt?: Dayjs | null;
}

const FIELD_MAP = {
  'input.actualAt': 'actualAt',
  'input.method': 'method',
  'input.overallScore': 'overallScore',
  'input.content': 'content',
  'input.feedback': 'feedback',
  'input.problems': 'problems',
  'input.actions': 'actions',
};

/** A score 1–5 is required: a cleared star rating (0) or nothing at all is not a score. */
const isScore = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5;

/**
 * 记录回访: when and how it went, the result, an overall score and a score on each configured dimension (all 1–5),
 * problems and actions; optionally the next visit, which is planned (same type, same owner: you) right after the
 * record is saved.
 */
export function RecordVisitModal(props: { visit: RecordableVisit | null; onClose: () => void; onSaved?: () => void }) {
  const m = useFeatureT(VISIT_MESSAGES);
  const scoreWords = [0, 1, 2, 3, 4].map((i) => m(`scoreWords.${i}`));
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const [record, r] = useMutation(RecordVisitMutation);
  const [plan, p] = useMutation(PlanVisitMutation);
  const dims = useQuery(SatisfactionDimensionsQuery, { skip: !props.visit });
  const dimensions = dims.data?.satisfactionDimensions ?? [];
  const visit = props.visit;

  const submit = async (v: Fields) => {
    if (!visit) return;
    try {
      await record({
        variables: {
          id: visit.id,
          version: visit.version,
          input: {
            actualAt: v.actualAt.startOf('minute').toISOString(),
            method: v.method!,
            overallScore: v.overallScore!,
            scores: dimensions.map((d) => ({ dimension: d.key, score: v.scores![d.key]! })),
            content: v.content.trim(),
            feedback: v.feedback?.trim() || null,
            problems: v.problems?.trim() || null,
            actions: v.actions?.trim() || null,
          },
        },
      });
    } catch (e) {
      if (!showFieldError(form, e, locale, FIELD_MAP)) message.error(apiErrorText(e, locale));
      return;
    }
    if (v.nextVisitAt) {
      try {
        await plan({
          variables: {
            customerId: visit.customerId,
            input: {
              topic: m('nextTopic', { topic: visit.topic }).slice(0, 200),
              type: visit.type,
              plannedAt: v.nextVisitAt.startOf('minute').toISOString(),
            },
          },
        });
        message.success(m('nextPlanned'));
      } catch (e) {
        // The record is saved; say why the next one was not planned.
        message.error(apiErrorText(e, locale));
      }
    } else {
      message.success(m('recorded'));
    }
    props.onSaved?.();
    props.onClose();
  };

  return (
    <Modal
      open={!!visit}
      title={visit ? `${m('record')} · ${visit.topic}` : m('record')}
      okText={m('save')}
      cancelText={m('cancel')}
      confirmLoading={r.loading || p.loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        name="recordVisit"
        layout="vertical"
        preserve={false}
        initialValues={{ actualAt: dayjs() }}
        onFinish={(v) => void submit(v)}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="actualAt"
            label={m('actualAt')}
            style={{ flex: '1 1 200px' }}
            rules={[
              { required: true, message: m('actualAtFuture') },
              {
                validator: async (_, d?: Dayjs) =>
                  d && d.isAfter(dayjs().add(1, 'minute')) ? Promise.reject(new Error(m('actualAtFuture'))) : undefined,
              },
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="method"
            label={m('method')}
            style={{ flex: '1 1 160px' }}
            rules={[{ required: true, message: m('methodRequired') }]}
          >
            <Select options={VISIT_METHODS.map((x) => ({ value: x, label: m(`methods.${x}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="overallScore"
          label={m('overallScore')}
          rules={[{ validator: async (_, v) => (isScore(v) ? undefined : Promise.reject(new Error(m('overallRequired')))) }]}
        >
          <Rate tooltips={scoreWords} aria-label={m('overallScore')} />
        </Form.Item>
        <Typography.Text strong>{m('dimensionScores')}</Typography.Text>
        {dims.error && !dims.data ? (
          <Alert type="error" showIcon title={m('dimensionsLoadFailed')} style={{ margin: '8px 0' }} />
        ) : !dims.data ? (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        ) : (
          <Flex gap={12} wrap style={{ marginTop: 8 }} data-testid="dimension-scores">
            {dimensions.map((d) => {
              const name = dimensionName(d, locale);
              return (
                <Form.Item
                  key={d.key}
                  name={['scores', d.key]}
                  label={name}
                  style={{ flex: '1 1 220px', marginBottom: 12 }}
                  rules={[
                    {
                      validator: async (_, v) => (isScore(v) ? undefined : Promise.reject(new Error(m('dimensionRequired', { name })))),
                    },
                  ]}
                >
                  <Rate tooltips={scoreWords} aria-label={name} />
                </Form.Item>
              );
            })}
          </Flex>
        )}
        <Form.Item name="content" label={m('content')} rules={[{ required: true, whitespace: true, message: m('contentRequired') }]}>
          <Input.TextArea rows={3} maxLength={5000} autoFocus />
        </Form.Item>
        <Form.Item name="feedback" label={m('feedback')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="problems" label={m('problems')} style={{ flex: '1 1 200px' }}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="actions" label={m('actions')} style={{ flex: '1 1 200px' }}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="nextVisitAt"
          label={m('nextVisit')}
          extra={m('nextVisitHint')}
          rules={[
            {
              validator: async (_, d?: Dayjs | null) =>
                d && d.isBefore(dayjs()) ? Promise.reject(new Error(m('nextVisitPast'))) : undefined,
            },
          ]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
