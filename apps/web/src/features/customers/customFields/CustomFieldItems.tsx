'use client';

import { Alert, DatePicker, Divider, Form, Input, InputNumber, Select, type FormRule } from 'antd';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useCustomFieldT } from './messages';
import type { CustomFieldDef } from './values';

export { useCustomFieldDefs } from './useCustomFieldDefs';

function rulesFor(def: CustomFieldDef, t: ReturnType<typeof useCustomFieldT>): FormRule[] {
  const rules: FormRule[] = [];
  // A rule with more keys than `required` checks the value's type too (a string by default): say which.
  const required = { required: true, message: t('required', { label: def.label }) };
  if (def.required) {
    if (def.kind === 'TEXT') rules.push({ ...required, whitespace: true });
    else if (def.kind === 'NUMBER') rules.push({ ...required, type: 'number' });
    else if (def.kind === 'MULTI_SELECT') rules.push({ ...required, type: 'array' });
    else rules.push(required);
  }
  if (def.kind === 'TEXT') rules.push({ max: 500, message: t('textLength', { label: def.label }) });
  if (def.kind === 'NUMBER') rules.push({ type: 'number', message: t('number', { label: def.label }) });
  return rules;
}

function inputFor(def: CustomFieldDef, t: ReturnType<typeof useCustomFieldT>) {
  const options = def.options.map((o) => ({ value: o, label: o }));
  switch (def.kind) {
    case 'NUMBER':
      return <InputNumber style={{ width: '100%' }} />;
    case 'DATE':
      return <DatePicker style={{ width: '100%' }} placeholder={t('datePlaceholder')} />;
    case 'SELECT':
      return <Select allowClear options={options} placeholder={t('selectPlaceholder')} />;
    case 'MULTI_SELECT':
      return <Select mode="multiple" allowClear options={options} placeholder={t('selectPlaceholder')} />;
    default:
      return <Input maxLength={500} />;
  }
}

/**
 * The custom fields as form inputs named `['customFields', key]` (the API's error field
 * `input.customFields.<key>` lands on its input), each with the input of its kind; required ones are marked.
 */
export function CustomFieldItems(props: { defs: readonly CustomFieldDef[]; error?: unknown }) {
  const t = useCustomFieldT();
  const errorText = useApiErrorText();
  if (!props.defs.length && !props.error) return null;
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('section')}
      </Divider>
      {props.error ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('loadFailed', { error: errorText(props.error) })} />
      ) : null}
      {props.defs.map((d) => (
        <Form.Item key={d.key} name={['customFields', d.key]} label={d.label} rules={rulesFor(d, t)}>
          {inputFor(d, t)}
        </Form.Item>
      ))}
    </>
  );
}
