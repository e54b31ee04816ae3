import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { KanbanBoard, type BoardOpportunity, type StageTotal } from './KanbanBoard';

const opp = (id: string, stage: BoardOpportunity['stage'], amount: string, winRate: number): BoardOpportunity => ({
  id,
  name: `商机${id}`,
  amount,
  stage,
  winRate,
  version: 1,
  updatedAt: '2026-03-01T00:00:00Z',
  customer: { id: `c${id}`, name: `客户${id}` },
  owner: { id: 'u1', name: '李娜' },
});

const opportunities = [
  opp('1', 'INITIAL', '10000.10', 20),
  opp('2', 'INITIAL', '0.20', 20),
  opp('3', 'NEEDS', '23000.00', 40),
  opp('4', 'WON', '5000.00', 100),
];
// The API's totals cover every matching deal, more than the cards loaded (120 in 初步接触 here).
const totals: StageTotal[] = [
  { stage: 'INITIAL', count: 120, amount: '1250000.30', weightedAmount: '250000.06' },
  { stage: 'NEEDS', count: 1, amount: '23000.00', weightedAmount: '9200.00' },
];

// antd forms render slowly on a busy machine; the default 5 s is not about behaviour.
jest.setTimeout(30_000);

describe('KanbanBoard', () => {
  it('shows each stage with its cards and totals', () => {
    renderWithProviders(<KanbanBoard opportunities={opportunities} totals={totals} canEdit onMove={jest.fn()} onOpen={jest.fn()} />);
    const initial = screen.getByTestId('stage-INITIAL');
    expect(within(initial).getByText('初步接触')).toBeInTheDocument();
    expect(within(initial).getByText('商机1')).toBeInTheDocument();
    expect(within(initial).getByText('120 个')).toBeInTheDocument();
    expect(screen.getByTestId('stage-INITIAL-amount')).toHaveTextContent('¥1,250,000.30');
    expect(screen.getByTestId('stage-INITIAL-weighted')).toHaveTextContent('加权 ¥250,000.06');
    expect(screen.getByTestId('stage-LOST-amount')).toHaveTextContent('¥0.00'); // a stage without deals
  });

  it('asks to move a card dropped on another stage, and refuses drops on a stage the rules forbid', () => {
    const onMove = jest.fn();
    renderWithProviders(<KanbanBoard opportunities={opportunities} totals={totals} canEdit onMove={onMove} onOpen={jest.fn()} />);
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      dropEffect: '',
      effectAllowed: '',
    };

    fireEvent.dragStart(screen.getByTestId('deal-3'), { dataTransfer });
    fireEvent.dragOver(screen.getByTestId('stage-PROPOSAL'), { dataTransfer });
    fireEvent.drop(screen.getByTestId('stage-PROPOSAL'), { dataTransfer });
    expect(onMove).toHaveBeenCalledWith(expect.objectContaining({ id: '3' }), 'PROPOSAL');

    // A won deal is final: its card is not offered a move menu.
    expect(within(screen.getByTestId('deal-4')).queryByRole('button', { name: /推进阶段/ })).not.toBeInTheDocument();
  });
});
