import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import type { CustomFieldFilterState } from '../listState';
import { CustomFieldFilters } from './CustomFieldFilters';

jest.setTimeout(60_000);
const slow = { timeout: 20_000 };

const defs = [
  { key: 'credit_code', label: '信用代码', kind: 'TEXT' as const, options: [] },
  { key: 'budget', label: '年采购预算', kind: 'NUMBER' as const, options: [] },
  { key: 'signed_on', label: '首签日期', kind: 'DATE' as const, options: [] },
  { key: 'level', label: '客户级别', kind: 'SELECT' as const, options: ['A', 'B', 'C'] },
];

function setup(value: CustomFieldFilterState[] = []) {
  const onChange = jest.fn();
  renderWithProviders(<CustomFieldFilters defs={defs} value={value} onChange={onChange} />);
  return onChange;
}

async function pick(label: string) {
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole('combobox', { name: '按自定义字段筛选' }));
  await user.click(await screen.findByTitle(label, {}, slow));
}

describe('CustomFieldFilters (按自定义字段筛选)', () => {
  it('a text field filters by the text it contains', async () => {
    const onChange = setup();
    await pick('信用代码');
    const input = await screen.findByLabelText('信用代码 包含的文字', {}, slow);
    fireEvent.change(input, { target: { value: ' 9111 ' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(onChange).toHaveBeenLastCalledWith([{ key: 'credit_code', contains: '9111' }]);
  });

  it('a number field takes a range, a date field two dates', async () => {
    const onChange = setup();
    await pick('年采购预算');
    fireEvent.change(await screen.findByLabelText('年采购预算 从', {}, slow), { target: { value: '10000' } });
    expect(onChange).toHaveBeenLastCalledWith([{ key: 'budget', from: '10000' }]);
    await pick('首签日期');
    fireEvent.change(await screen.findByLabelText('首签日期 到', {}, slow), { target: { value: '2026-06-30' } });
    expect(onChange).toHaveBeenLastCalledWith([{ key: 'signed_on', to: '2026-06-30' }]);
  });

  it('a select field offers its options; removing the filter clears it', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = setup([
      { key: 'level', in: ['A'] },
      { key: 'budget', from: '5' },
    ]);
    expect(screen.getByText('客户级别')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: '客户级别 任一选项' }));
    await user.click(await screen.findByTitle('B', {}, slow));
    expect(onChange).toHaveBeenLastCalledWith([
      { key: 'budget', from: '5' },
      { key: 'level', in: ['A', 'B'] },
    ]);
    await user.click(screen.getByRole('button', { name: '移除「客户级别」筛选' }));
    expect(onChange).toHaveBeenLastCalledWith([{ key: 'budget', from: '5' }]);
  });

  it('shows nothing when no custom field is defined', () => {
    renderWithProviders(<CustomFieldFilters defs={[]} value={[]} onChange={jest.fn()} />);
    expect(screen.queryByTestId('custom-field-filters')).toBeNull();
  });
});
