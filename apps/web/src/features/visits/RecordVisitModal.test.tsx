import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { RecordVisitMutation } from './documents';
import { RecordVisitModal } from './RecordVisitModal';
import { SatisfactionDimensionsQuery } from './satisfaction';

// antd forms render slowly in jsdom on a busy 2-core machine (nothing here measures time).
jest.setTimeout(60_000);

const DIMENSIONS = [
  { key: 'QUALITY', nameZh: '产品质量', nameEn: 'Product quality' },
  { key: 'SERVICE', nameZh: '服务态度', nameEn: 'Service attitude' },
  { key: 'RESPONSE', nameZh: '响应速度', nameEn: 'Responsiveness' },
  { key: 'DELIVERY', nameZh: '交付及时', nameEn: 'On-time delivery' },
].map((d, i) => ({ __typename: 'SatisfactionDimension' as const, ...d, position: i, active: true }));

const dimensionsMock = { request: { query: SatisfactionDimensionsQuery }, result: { data: { satisfactionDimensions: DIMENSIONS } } };

/** The star rating (antd Rate: a list of five radios) labelled `label`. */
const rating = (label: string) => screen.getAllByLabelText(label).find((el) => el.tagName === 'UL')!;

/** Clicks the n-th star (1–5) of the rating labelled `label`. */
async function rate(user: ReturnType<typeof userEvent.setup>, label: string, n: number) {
  await user.click(within(rating(label)).getAllByRole('radio')[n - 1]);
}

describe('RecordVisitModal', () => {
  it('asks how it went: method, an overall score, a 1–5 score on each dimension and the result', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    renderWithProviders(
      <RecordVisitModal
        visit={{ id: 'v1', version: 1, topic: '季度回访', type: 'REGULAR', customerId: 'c1' }}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
      { mocks: [dimensionsMock] },
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('记录回访 · 季度回访');
    // Every configured dimension is asked, by its name.
    await screen.findByTestId('dimension-scores');
    for (const name of ['产品质量', '服务态度', '响应速度', '交付及时']) expect(within(rating(name)).getAllByRole('radio')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请选择回访方式')).toBeInTheDocument();
    expect(screen.getByText('请给出 1–5 分的总体满意度')).toBeInTheDocument();
    for (const name of ['产品质量', '服务态度', '响应速度', '交付及时'])
      expect(screen.getByText(`请为「${name}」打 1–5 分`)).toBeInTheDocument();
    expect(screen.getByText('请填写回访结果')).toBeInTheDocument();

    // Scoring clears the dimension's message; the others still ask. Clicking a star again clears it: required again.
    await rate(user, '产品质量', 4);
    await waitFor(() => expect(screen.queryByText('请为「产品质量」打 1–5 分')).not.toBeInTheDocument());
    expect(screen.getByText('请为「服务态度」打 1–5 分')).toBeInTheDocument();
    await rate(user, '产品质量', 4);
    expect(await screen.findByText('请为「产品质量」打 1–5 分')).toBeInTheDocument();
    await waitFor(() => expect(onSaved).not.toHaveBeenCalled());
  });

  it('sends the overall score and one score per dimension', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = jest.fn();
    const variables = jest.fn();
    const recordMock = {
      request: {
        query: RecordVisitMutation,
        variables: (v: Record<string, unknown>) => {
          variables(v);
          return true;
        },
      },
      result: {
        data: {
          recordVisit: {
            __typename: 'Visit' as const,
            id: 'v1',
            version: 2,
            recorded: true,
            customer: {
              __typename: 'Customer' as const,
              id: 'c1',
              visits: [],
              visitSatisfaction: { __typename: 'SatisfactionStats' as const, total: 1, averageScore: 4, dimensions: [] },
            },
          },
        },
      },
    };
    renderWithProviders(
      <RecordVisitModal
        visit={{ id: 'v1', version: 1, topic: '季度回访', type: 'REGULAR', customerId: 'c1' }}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
      { mocks: [dimensionsMock, recordMock] },
    );
    await screen.findByTestId('dimension-scores');
    await user.click(screen.getByRole('combobox'));
    await user.click(await screen.findByText('电话回访'));
    await rate(user, '总体满意度', 4);
    await rate(user, '产品质量', 5);
    await rate(user, '服务态度', 4);
    await rate(user, '响应速度', 2);
    await rate(user, '交付及时', 3);
    await user.type(screen.getByLabelText('回访结果'), '电话回访，客户认可新版本');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(variables).toHaveBeenCalled());
    expect(variables.mock.calls[0][0]).toMatchObject({
      id: 'v1',
      version: 1,
      input: {
        method: 'PHONE',
        overallScore: 4,
        content: '电话回访，客户认可新版本',
        scores: [
          { dimension: 'QUALITY', score: 5 },
          { dimension: 'SERVICE', score: 4 },
          { dimension: 'RESPONSE', score: 2 },
          { dimension: 'DELIVERY', score: 3 },
        ],
      },
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
  });
});
