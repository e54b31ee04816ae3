'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, DatePicker, Drawer, Flex, Form, Input, Select, Space, Table } from 'antd';
import { validateEmail } from '../domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { BasicInfoTab_CustomerFragment, UpdateCustomerInput } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useFeedback } from '@/lib/feedback/Feedback';
import { showFieldError, useApiErrorText } from '@/lib/apollo/errorText';
import { useLocale } from '@/i18n/I18nProvider';
import { CustomFieldItems, useCustomFieldDefs } from '../customFields/CustomFieldItems';
import { changedCustomFields, toFormValues, type CustomFieldDef, type CustomFieldFormValues } from '../customFields/values';
import { CUSTOMER_GRADES, CUSTOMER_TYPES, INDUSTRIES, PROVINCES, SOURCES } from '../listState';
import { useCustomerT } from '../useCustomerT';
import { useDrawerSize } from '../useDrawerSize';
import { BasicInfoTabFragment } from './tabs/BasicInfoTab';

const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $version: Int!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, version: $version, input: $input) {
      id
      version
      ...BasicInfoTab_customer
      ...CustomerHeader_customer
    }
  }
`);

/** The editable fields, in form order. */
const FIELDS = [
  'name',
  'type',
  'grade',
  'gradePinned',
  'source',
  'industry',
  'province',
  'city',
  'address',
  'email',
  'website',
  'firstContactDate',
  'remark',
] as const;
type Field = (typeof FIELDS)[number];
type Snapshot = Pick<BasicInfoTab_CustomerFragment, Field | 'version' | 'customFields'>;
type FormValues = Omit<Record<Field, unknown>, 'firstContactDate'> & {
  firstContactDate?: Dayjs | null;
  customFields?: CustomFieldFormValues;
};

function toForm(c: Snapshot, defs: readonly CustomFieldDef[] = []): FormValues {
  return {
    ...c,
    firstContactDate: c.firstContactDate ? dayjs(c.firstContactDate) : null,
    customFields: toFormValues(defs, c.customFields),
  };
}
/** A form value as the API wants it ('' → null, dates as LocalDate). */
function norm(field: Field, v: unknown): unknown {
  if (field === 'firstContactDate') return v && dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : (v ?? null);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return v ?? null;
}
/**
 * Fields whose form value differs from the snapshot: only those are sent, so nobody else's edit is clobbered
 * (custom fields too, one key at a time: `customFields: { key: value or null }`).
 */
export function changedFields(
  base: Snapshot,
  values: FormValues,
  defs: readonly CustomFieldDef[] = [],
): Partial<Record<Field | 'customFields', unknown>> {
  const out: Partial<Record<Field | 'customFields', unknown>> = {};
  for (const f of FIELDS) {
    const before = norm(f, f === 'firstContactDate' ? base.firstContactDate : base[f]);
    const after = norm(f, values[f]);
    if (before !== after) out[f] = after;
  }
  const custom = changedCustomFields(defs, base.customFields, values.customFields);
  if (custom) out.customFields = custom;
  return out;
}
const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v));

type Conflict = { currentVersion?: number; comparing: boolean };

/**
 * 编辑客户 with optimistic locking: it saves against the version it was opened with. When someone saved in
 * between the API answers CONFLICT and nothing is overwritten; the user reloads, or compares and decides.
 */
export function EditCustomerDrawer(props: { customer: FragmentType<typeof BasicInfoTabFragment>; open: boolean; onClose: () => void }) {
  const latest = getFragmentData(BasicInfoTabFragment, props.customer);
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const client = useApolloClient();
  const fields = useCustomFieldDefs();
  const defs = fields.defs;
  const [formError, setFormError] = useState<string | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  const [form] = Form.useForm<FormValues>();
  const drawerSize = useDrawerSize(560);
  // What the user started editing from: its version is the one sent, and moves only by the user's choice.
  const [base, setBase] = useState<Snapshot>(latest);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloading, setReloading] = useState(false);
  const [update, { loading }] = useMutation(UpdateCustomerMutation);

  useEffect(() => {
    if (props.open) {
      setBase(latest);
      setConflict(null);
      setFormError(null);
      form.setFieldsValue(toForm(latest));
    }
    // Snapshot when the drawer opens, not on every cache change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.open]);
  // The custom inputs appear once their definitions are known (a date needs its kind to be shown).
  useEffect(() => {
    if (props.open && fields.ready) form.setFieldsValue({ customFields: toFormValues(defs, base.customFields) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.open, fields.ready]);
  useEffect(() => {
    if (formError) formErrorRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [formError]);

  const submit = async (values: FormValues) => {
    setFormError(null);
    const input = changedFields(base, values, defs) as UpdateCustomerInput;
    if (Object.keys(input).length === 0) {
      props.onClose();
      return;
    }
    try {
      await update({ variables: { id: latest.id, version: base.version, input } });
      message.success(t('edit.saved'));
      props.onClose();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        const ext = (error as { errors?: { extensions?: { currentVersion?: unknown } }[] }).errors?.[0]?.extensions;
        setConflict({ currentVersion: typeof ext?.currentVersion === 'number' ? ext.currentVersion : undefined, comparing: false });
        return;
      }
      // On the input the API names (e.g. input.customFields.credit_code), or above the form: never silently.
      if (!showFieldError(form, error, locale)) setFormError(errorText(error));
    }
  };

  /** Re-reads the 360 query (the page shows the latest data); the form is left alone. */
  const reloadPage = async () => {
    setReloading(true);
    try {
      await client.refetchQueries({ include: ['Customer360'] });
    } finally {
      setReloading(false);
    }
  };

  const discardMine = async () => {
    await reloadPage();
    props.onClose();
    message.info(t('edit.reloaded'));
  };
  const compare = async () => {
    await reloadPage();
    setConflict((c) => (c ? { ...c, comparing: true } : c));
  };
  const keepMine = () => {
    const values = form.getFieldsValue(true) as FormValues;
    const mine = changedFields(base, values, defs);
    const theirs = toForm(latest, defs);
    const myCustom = Object.keys((mine.customFields as Record<string, unknown> | undefined) ?? {});
    setBase(latest);
    form.setFieldsValue({
      ...theirs,
      ...Object.fromEntries(
        Object.keys(mine)
          .filter((f) => f !== 'customFields')
          .map((f) => [f, form.getFieldValue(f)]),
      ),
      customFields: { ...theirs.customFields, ...Object.fromEntries(myCustom.map((k) => [k, values.customFields?.[k]])) },
    });
    setConflict(null);
    message.info(t('edit.keepMineHint'));
  };

  const rows = useMemo(() => {
    if (!conflict?.comparing) return [];
    const mine = changedFields(base, form.getFieldsValue(true));
    const theirs = changedFields(base, toForm(latest));
    const changed = FIELDS.filter((f) => f in mine || f in theirs);
    return changed.map((f) => ({
      field: f,
      base: show(norm(f, f === 'firstContactDate' ? base.firstContactDate : base[f])),
      mine: f in mine ? show(mine[f]) : show(norm(f, f === 'firstContactDate' ? base.firstContactDate : base[f])),
      theirs: show(norm(f, f === 'firstContactDate' ? latest.firstContactDate : latest[f])),
      clash: f in mine && f in theirs && mine[f] !== theirs[f],
    }));
  }, [conflict?.comparing, base, latest, form]);

  const label = (f: Field): string => {
    if (f === 'gradePinned') return t('detail.gradePinned');
    if (f === 'address' || f === 'email' || f === 'website' || f === 'firstContactDate' || f === 'remark') return t(`basic.${f}`);
    return t(`fields.${f}`);
  };

  return (
    <Drawer
      title={t('edit.title')}
      open={props.open}
      onClose={props.onClose}
      size={drawerSize}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>{t('edit.cancel')}</Button>
          <Button type="primary" loading={loading} disabled={!!conflict} onClick={() => form.submit()}>
            {t('edit.save')}
          </Button>
        </Space>
      }
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="edit-conflict"
          title={t('edit.conflictTitle')}
          description={
            <Flex vertical gap={8}>
              <span>{t('edit.conflictText', { version: conflict.currentVersion ?? '?' })}</span>
              {conflict.comparing ? (
                <>
                  <Table
                    size="small"
                    rowKey="field"
                    pagination={false}
                    dataSource={rows}
                    locale={{ emptyText: t('edit.noDiff') }}
                    columns={[
                      { title: t('edit.field'), dataIndex: 'field', render: (f: Field) => label(f) },
                      { title: t('edit.mine'), dataIndex: 'mine', render: (v: string, r) => (r.clash ? <b>{v}</b> : v) },
                      { title: t('edit.theirs'), dataIndex: 'theirs', render: (v: string, r) => (r.clash ? <b>{v}</b> : v) },
                    ]}
                  />
                  <Flex gap={8} wrap>
                    <Button type="primary" onClick={keepMine}>
                      {t('edit.keepMine')}
                    </Button>
                    <Button loading={reloading} onClick={() => void discardMine()}>
                      {t('edit.reload')}
                    </Button>
                  </Flex>
                </>
              ) : (
                <Flex gap={8} wrap>
                  <Button type="primary" loading={reloading} onClick={() => void compare()}>
                    {t('edit.compare')}
                  </Button>
                  <Button loading={reloading} onClick={() => void discardMine()}>
                    {t('edit.reload')}
                  </Button>
                </Flex>
              )}
            </Flex>
          }
        />
      ) : null}
      <div ref={formErrorRef}>
        {formError ? (
          <Alert
            type="error"
            showIcon
            closable
            data-testid="form-error"
            title={formError}
            style={{ marginBottom: 12 }}
            onClose={() => setFormError(null)}
          />
        ) : null}
      </div>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={!!conflict} scrollToFirstError={{ block: 'center' }}>
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[
            { required: true, whitespace: true, message: t('create.nameRequired') },
            { min: 2, max: 100, message: t('create.nameLength') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="type" label={t('fields.type')} style={{ flex: '1 1 140px' }}>
            <Select options={CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`enums.type.${v}`) }))} />
          </Form.Item>
          <Form.Item name="grade" label={t('fields.grade')} style={{ flex: '1 1 140px' }}>
            <Select options={CUSTOMER_GRADES.map((v) => ({ value: v, label: t(`enums.grade.${v}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="gradePinned" valuePropName="checked">
          <Checkbox>{t('detail.gradePinned')}</Checkbox>
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="source" label={t('fields.source')} style={{ flex: '1 1 140px' }}>
            <Select allowClear options={SOURCES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="industry" label={t('fields.industry')} style={{ flex: '1 1 140px' }}>
            <Select allowClear options={INDUSTRIES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="province" label={t('fields.province')} style={{ flex: '1 1 140px' }}>
            <Select allowClear showSearch options={PROVINCES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="city" label={t('fields.city')} style={{ flex: '1 1 140px' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
        <Form.Item name="address" label={t('basic.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('basic.email')}
          rules={[
            {
              validator: async (_, v?: string) => (v && validateEmail(v) ? Promise.reject(new Error(t('create.emailInvalid'))) : undefined),
            },
          ]}
        >
          <Input inputMode="email" />
        </Form.Item>
        <Form.Item name="website" label={t('basic.website')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="firstContactDate" label={t('basic.firstContactDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="remark" label={t('basic.remark')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {fields.ready ? <CustomFieldItems defs={defs} error={fields.error} /> : null}
      </Form>
    </Drawer>
  );
}

/** For component tests that answer the mutation. */
export const UpdateCustomerMutationForTest = UpdateCustomerMutation;
