import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { ForecastHomeQuery } from '@/features/forecast/queries';
import { HomeQuery, HomeView } from './HomeView';

const me = {
  __typename: 'User' as const,
  id: 'u1',
  name: '陈静',
  email: 'admin@kehu.demo',
  role: 'ADMIN' as const,
  manager: { __typename: 'User' as const, id: 'u0', name: '周建国' },
};

const stage = (stage: string, label: string, count: number, amount: string, weightedAmount: string) => ({
  __typename: 'FunnelStage' as const,
  stage,
  label,
  count,
  amount,
  weightedAmount,
});

/** The dashboard part of the home query: one customer due today, a pipeline, one overdue plan. */
const dashboard = {
  followUpsDue: {
    __typename: 'CustomerConnection' as const,
    totalCount: 1,
    edges: [
      {
        __typename: 'CustomerEdge' as const,
        node: {
          __typename: 'Customer' as const,
          id: 'c1',
          name: '北京华信科技有限公司',
          grade: 'VIP',
          nextFollowUpAt: '2026-11-23T02:00:00.000Z',
          primaryContact: { __typename: 'Contact' as const, id: 'k1', name: '张经理', mobile: '13800000000' },
        },
      },
    ],
  },
  followUpsOverdue: { __typename: 'CustomerConnection' as const, totalCount: 2 },
  myPipeline: {
    __typename: 'OpportunityReport' as const,
    funnel: [
      stage('INITIAL', '初步接触', 1, '0.10', '0.02'),
      stage('NEEDS', '需求分析', 0, '0.00', '0.00'),
      stage('PROPOSAL', '方案报价', 1, '0.20', '0.12'),
      stage('NEGOTIATION', '合同谈判', 0, '0.00', '0.00'),
      stage('WON', '赢单', 3, '999.00', '999.00'),
      stage('LOST', '输单', 0, '0.00', '0.00'),
    ],
    expectedThisMonth: { __typename: 'CountAmount' as const, count: 1, amount: '0.20' },
  },
  myReceivables: { __typename: 'MoneyReport' as const, outstanding: '1200.50', overdue: '300.00' },
  churnRisks: {
    __typename: 'ChurnRiskList' as const,
    totalCount: 1,
    items: [
      {
        __typename: 'ChurnRisk' as const,
        customer: {
          __typename: 'Customer' as const,
          id: 'c9',
          name: '上海远航贸易有限公司',
          grade: 'VIP' as const,
          owner: { __typename: 'User' as const, id: 'u1', name: '陈静' },
        },
        causes: [
          {
            __typename: 'ChurnRiskCause' as const,
            cause: 'DORMANT' as const,
            since: '2026-11-20T02:00:00.000Z',
            detail: '35',
            text: '35 天无往来 (沉睡)',
          },
        ],
      },
    ],
  },
  overduePlans: {
    __typename: 'PaymentPlanConnection' as const,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false },
    edges: [
      {
        __typename: 'PaymentPlanEdge' as const,
        node: {
          __typename: 'PaymentPlan' as const,
          id: 'p1',
          dueDate: '2026-11-01',
          outstandingAmount: '300.00',
          overdueDays: 22,
          contract: {
            __typename: 'Contract' as const,
            id: 'k1',
            number: 'HT-2026-0001',
            title: 'ERP 实施',
            customer: { __typename: 'Customer' as const, id: 'c1', name: '北京华信科技有限公司' },
            owner: { __typename: 'User' as const, id: 'u1', name: '陈静' },
          },
        },
      },
      {
        __typename: 'PaymentPlanEdge' as const,
        node: {
          __typename: 'PaymentPlan' as const,
          id: 'p2',
          dueDate: '2026-11-02',
          outstandingAmount: '500.00',
          overdueDays: 21,
          contract: {
            __typename: 'Contract' as const,
            id: 'k2',
            number: 'HT-2026-0002',
            title: '运维',
            customer: { __typename: 'Customer' as const, id: 'c2', name: '上海某公司' },
            owner: { __typename: 'User' as const, id: 'u2', name: '李娜' },
          },
        },
      },
    ],
  },
};

const mock = (data: object, userId = 'u1') => ({
  request: { query: HomeQuery, variables: { mine: [userId] } },
  result: { data: { __typename: 'Query', ...data } },
});

const forecastMock = {
  request: { query: ForecastHomeQuery },
  result: {
    data: {
      __typename: 'Query' as const,
      salesForecast: {
        __typename: 'SalesForecast' as const,
        periods: [
          {
            __typename: 'ForecastPeriod' as const,
            label: '2026-03',
            start: '2026-03-01',
            end: '2026-03-31',
            mine: {
              __typename: 'ForecastRow' as const,
              kind: 'TOTAL' as const,
              userId: null,
              name: null,
              won: '50000.00',
              wonCount: 1,
              weighted: '66666.67',
              commit: '100000.00',
              bestCase: '133333.33',
              openCount: 2,
              target: '150000.00',
              completionPercent: 33.33,
              gap: '100000.00',
              coverage: 'COMMIT' as const,
            },
          },
        ],
      },
    },
  },
};

describe('HomeView', () => {
  it("shows the caller's completion of this month's target, the gap, coverage and links to the deals", async () => {
    renderWithProviders(<HomeView userId="u1" />, { mocks: [mock({ me, ...dashboard }), forecastMock] });
    const card = await screen.findByTestId('home-forecast');
    expect(await within(card).findByText('目标 ¥150,000.00')).toBeInTheDocument();
    expect(within(card).getByText('还差 ¥100,000.00')).toBeInTheDocument();
    expect(within(card).getByText('承诺可补足')).toBeInTheDocument();
    expect(within(card).getByText('33.33%')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '已赢单 ¥50,000.00' })).toHaveAttribute(
      'href',
      '/deals?view=list&stage=WON&closedFrom=2026-03-01&closedTo=2026-03-31',
    );
  });

  it('shows no forecast card to service staff', async () => {
    renderWithProviders(<HomeView userId="u1" />, { mocks: [mock({ me: { ...me, role: 'SERVICE' }, ...dashboard })] });
    expect(await screen.findByText('欢迎，陈静')).toBeInTheDocument();
    expect(screen.queryByTestId('home-forecast')).toBeNull();
  });

  it('shows a skeleton, then the signed-in user with the role in Chinese and the manager', async () => {
    renderWithProviders(<HomeView userId="u1" />, { mocks: [mock({ me, ...dashboard }), forecastMock] });
    expect(screen.getByTestId('home-loading')).toBeInTheDocument();
    expect(await screen.findByText('欢迎，陈静')).toBeInTheDocument();
    expect(screen.getByText('admin@kehu.demo')).toBeInTheDocument();
    expect(screen.getByText('管理员')).toBeInTheDocument();
    expect(screen.getByText('周建国')).toBeInTheDocument();
  });

  it('shows my follow-ups due today linking to the customer 360, my pipeline totals to the fen, and my receivables', async () => {
    renderWithProviders(<HomeView userId="u1" />, { mocks: [mock({ me, ...dashboard }), forecastMock] });
    const due = await screen.findByTestId('home-due-today');
    expect(within(due).getByText('今日待跟进 (1)')).toBeInTheDocument();
    expect(within(due).getByRole('link', { name: '北京华信科技有限公司' })).toHaveAttribute('href', '/customers/c1');
    expect(within(due).getByText('张经理 · 13800000000')).toBeInTheDocument();
    expect(within(due).getByRole('link', { name: '另有 2 个客户跟进已逾期' })).toHaveAttribute('href', '/customers?own=MINE&fu=OVERDUE');

    // Open stages only: 0.10 + 0.20 = 0.30 exactly (won deals are not pipeline).
    const pipeline = screen.getByTestId('home-pipeline');
    expect(within(pipeline).getByText('进行中 2 个，金额 ¥0.30，加权 ¥0.14')).toBeInTheDocument();
    expect(within(pipeline).getByTestId('home-stage-PROPOSAL')).toHaveTextContent('方案报价 · 1¥0.20');
    expect(within(pipeline).queryByTestId('home-stage-WON')).not.toBeInTheDocument();

    const churn = screen.getByTestId('churn-risk-card');
    expect(within(churn).getByText('流失风险 (1)')).toBeInTheDocument();
    expect(within(churn).getByRole('link', { name: '上海远航贸易有限公司' })).toHaveAttribute('href', '/customers/c9');
    expect(within(churn).getByText('35 天无往来 (沉睡)')).toBeInTheDocument();

    const receivables = screen.getByTestId('home-receivables');
    expect(within(receivables).getByText('¥1,200.50')).toBeInTheDocument();
    expect(within(receivables).getByText('HT-2026-0001')).toBeInTheDocument();
    // A colleague's overdue plan (visible to an admin) is not "mine".
    expect(within(receivables).queryByText('HT-2026-0002')).not.toBeInTheDocument();
    expect(within(receivables).getByText('逾期的收款计划 (1)')).toBeInTheDocument();
    expect(within(receivables).getByText('逾期 22 天')).toBeInTheDocument();
  });

  it('tells what to do when nothing is due and there is no pipeline', async () => {
    const empty = {
      ...dashboard,
      followUpsDue: { ...dashboard.followUpsDue, totalCount: 0, edges: [] },
      followUpsOverdue: { ...dashboard.followUpsOverdue, totalCount: 0 },
      myPipeline: {
        ...dashboard.myPipeline,
        funnel: dashboard.myPipeline.funnel.map((f) => ({ ...f, count: 0, amount: '0.00', weightedAmount: '0.00' })),
      },
      overduePlans: { ...dashboard.overduePlans, edges: [] },
    };
    renderWithProviders(<HomeView userId="u1" />, { mocks: [mock({ me, ...empty })] });
    expect(await screen.findByText(/今天没有计划中的跟进/)).toBeInTheDocument();
    expect(screen.getByText(/您还没有进行中的商机/)).toBeInTheDocument();
    expect(screen.getByText('没有逾期的收款计划。')).toBeInTheDocument();
  });

  it('says "none" when there is no manager, in English too', async () => {
    renderWithProviders(<HomeView userId="u1" />, {
      locale: 'en',
      mocks: [mock({ me: { ...me, role: 'SALES', manager: null }, ...dashboard })],
    });
    expect(await screen.findByText('Welcome, 陈静')).toBeInTheDocument();
    expect(screen.getByText('Sales')).toBeInTheDocument();
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.getByText('Follow-ups due today (1)')).toBeInTheDocument();
  });

  it('shows an error state with a retry button', async () => {
    renderWithProviders(<HomeView userId="u1" />, {
      mocks: [{ request: { query: HomeQuery, variables: { mine: ['u1'] } }, error: new Error('network down') }],
    });
    expect(await screen.findByText('无法加载您的信息')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });
});
