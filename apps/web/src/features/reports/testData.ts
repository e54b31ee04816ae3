// Report answers for component tests (shaped like the API's; amounts are Money strings).
const range = {
  __typename: 'ReportRangeInfo' as const,
  from: '2026-11-01',
  to: '2026-11-23',
  previousFrom: '2026-10-09',
  previousTo: '2026-10-31',
};

const stage = (stage: string, label: string, count: number, amount: string, weightedAmount: string) => ({
  __typename: 'FunnelStage' as const,
  stage,
  label,
  count,
  amount,
  weightedAmount,
});

export const opportunityReport = {
  __typename: 'OpportunityReport' as const,
  range,
  funnel: [
    stage('INITIAL', '初步接触', 4, '120000.00', '24000.00'),
    stage('NEEDS', '需求分析', 3, '90000.50', '36000.20'),
    stage('PROPOSAL', '方案报价', 2, '200000.00', '120000.00'),
    stage('NEGOTIATION', '合同谈判', 1, '80000.00', '64000.00'),
    stage('WON', '赢单', 2, '150000.00', '150000.00'),
    stage('LOST', '输单', 1, '30000.00', '0.00'),
  ],
  expectedThisMonth: { __typename: 'CountAmount' as const, count: 2, amount: '110000.00', weightedAmount: '76000.00' },
  wonCount: { __typename: 'CountChange' as const, current: 2, previous: 1, changePercent: 100 },
  wonAmount: { __typename: 'MoneyChange' as const, current: '150000.00', previous: '100000.00', changePercent: 50 },
  lostCount: { __typename: 'CountChange' as const, current: 1, previous: 0, changePercent: null },
  lostAmount: '30000.00',
  lostReasons: [{ __typename: 'LostReason' as const, reason: '价格过高', count: 1, amount: '30000.00' }],
  winRatePercent: 66.67,
};

export const reportUsers = {
  __typename: 'UserConnection' as const,
  edges: [
    { __typename: 'UserEdge' as const, node: { __typename: 'User' as const, id: 'u-wang', name: '王磊', role: 'MANAGER' } },
    { __typename: 'UserEdge' as const, node: { __typename: 'User' as const, id: 'u-li', name: '李娜', role: 'SALES' } },
  ],
};
