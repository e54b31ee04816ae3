'use client';

import { Select } from 'antd';
import { useCustomerT } from '../useCustomerT';

/** The header's "添加标签" box: antd's tags Select (choose or type), loaded when the button is pressed. */
export function TagAdder(props: { options: readonly string[]; loading: boolean; onAdd: (names: string[]) => void; onDone: () => void }) {
  const t = useCustomerT();
  return (
    <Select
      mode="tags"
      autoFocus
      open
      size="small"
      style={{ minWidth: 180 }}
      placeholder={t('detail.tagPlaceholder')}
      aria-label={t('detail.addTag')}
      loading={props.loading}
      options={props.options.map((name) => ({ value: name, label: name }))}
      onChange={(names: string[]) => props.onAdd(names)}
      onBlur={props.onDone}
    />
  );
}
