import { adminOnly, allOk, type AccessExpectation } from './common';

/** Customer health (issue 18): activity thresholds. */
export const HEALTH_QUERIES: Record<string, AccessExpectation> = {
  churnRisks: {
    call: () => ({ query: `{ churnRisks(first: 100) { totalCount items { customer { id name } causes { cause } } } }` }),
    expect: allOk,
  },
  churnSettings: { call: () => ({ query: `{ churnSettings { satisfactionDrop overdueDays } }` }), expect: allOk },
  activitySettings: { call: () => ({ query: `{ activitySettings { grade dormantDays churnedDays } }` }), expect: allOk },
};

const THRESHOLDS = `[{ grade: VIP, dormantDays: 30, churnedDays: 90 }, { grade: IMPORTANT, dormantDays: 45, churnedDays: 120 },
  { grade: NORMAL, dormantDays: 60, churnedDays: 180 }, { grade: POTENTIAL, dormantDays: 90, churnedDays: 365 }]`;

export const HEALTH_MUTATIONS: Record<string, AccessExpectation> = {
  updateChurnSettings: {
    call: () => ({ query: `mutation { updateChurnSettings(input: { satisfactionDrop: 1, overdueDays: 30 }) { overdueDays } }` }),
    expect: adminOnly,
  },
  updateActivitySettings: {
    call: () => ({ query: `mutation { updateActivitySettings(input: ${THRESHOLDS}) { grade } }` }),
    expect: adminOnly,
  },
};
