import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { SatisfactionDimensionsSection } from './SatisfactionDimensionsSection';
import { SatisfactionDimensionSettingsQuery, SatisfactionDimensionsQuery, UpdateSatisfactionDimensionsMutation } from './satisfaction';

jest.setTimeout(60_000);

const dim = (key: string, nameZh: string, nameEn: string, position: number, active = true) => ({
  __typename: 'SatisfactionDimension' as const,
  key,
  nameZh,
  nameEn,
  position,
  active,
});
const DIMS = [
  dim('QUALITY', '产品质量', 'Product quality', 0),
  dim('SERVICE', '服务态度', 'Service attitude', 1),
  dim('RESPONSE', '响应速度', 'Responsiveness', 2),
  dim('DELIVERY', '交付及时', 'On-time delivery', 3),
  dim('PRICE', '价格合理', 'Fair price', 0, false),
];
const settings = { request: { query: SatisfactionDimensionSettingsQuery }, result: { data: { satisfactionDimensions: DIMS } } };

describe('SatisfactionDimensionsSection', () => {
  it('renames, removes and restores dimensions in order and saves the whole list', async () => {
    const user = userEvent.setup({ delay: null });
    const sent = jest.fn();
    const saveMock = {
      request: {
        query: UpdateSatisfactionDimensionsMutation,
        variables: (v: Record<string, unknown>) => {
          sent(v);
          return true;
        },
      },
      result: { data: { updateSatisfactionDimensions: DIMS } },
    };
    renderWithProviders(<SatisfactionDimensionsSection />, {
      mocks: [
        settings,
        saveMock,
        settings,
        { request: { query: SatisfactionDimensionsQuery }, result: { data: { satisfactionDimensions: DIMS.slice(0, 4) } } },
      ],
    });
    expect(await screen.findByDisplayValue('产品质量')).toBeInTheDocument();
    expect(screen.getAllByTestId('dimension-row')).toHaveLength(4);
    // Archived dimensions are offered back by name.
    expect(screen.getByText(/价格合理 · 恢复/)).toBeInTheDocument();

    const zh1 = screen.getByLabelText('中文名称 1');
    await user.clear(zh1);
    await user.type(zh1, '产品与质量');
    await user.click(screen.getAllByRole('button', { name: '移除' })[3]); // 交付及时
    await user.click(screen.getByText(/价格合理 · 恢复/));
    await user.click(screen.getAllByRole('button', { name: '上移' })[1]); // 服务态度 first
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0][0]).toEqual({
      input: [
        { key: 'SERVICE', nameZh: '服务态度', nameEn: 'Service attitude' },
        { key: 'QUALITY', nameZh: '产品与质量', nameEn: 'Product quality' },
        { key: 'RESPONSE', nameZh: '响应速度', nameEn: 'Responsiveness' },
        { key: 'PRICE', nameZh: '价格合理', nameEn: 'Fair price' },
      ],
    });
    expect(await screen.findByText('已保存满意度维度')).toBeInTheDocument();
  });

  it('requires both names of a new dimension, and at least one dimension', async () => {
    const user = userEvent.setup({ delay: null });
    const sent = jest.fn();
    renderWithProviders(<SatisfactionDimensionsSection />, {
      locale: 'zh-CN',
      mocks: [
        settings,
        {
          request: { query: UpdateSatisfactionDimensionsMutation, variables: () => (sent(), true) },
          result: { data: { updateSatisfactionDimensions: DIMS } },
        },
      ],
    });
    await screen.findByDisplayValue('产品质量');
    await user.click(screen.getByRole('button', { name: /添加维度/ }));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findAllByText('请填写名称（最多 50 个字）')).toHaveLength(2);
    for (const b of screen.getAllByRole('button', { name: '移除' })) await user.click(b);
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('至少保留一个维度')).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });
});
