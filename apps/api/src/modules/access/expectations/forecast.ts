import type { AccessExpectation } from './common';

/**
 * 销售预测与目标 (issue 18): admins, managers and salespeople see forecasts over their own scope; service staff do not
 * (the permission matrix keeps them from deals). The forecast is asked for the owner's deals (`ownerIds: [owner]`):
 * the owner is a row by name (their name carries the secret) for admin and the director; the colleague sees no one.
 * Targets are set by admins and by managers within their team (the owner is two levels below the director).
 */
export const FORECAST_QUERIES: Record<string, AccessExpectation> = {
  salesForecast: {
    call: (f) => ({
      query: `query($o: [ID!]) { salesForecast(filter: { ownerIds: $o }) { periods { people { userId name won bestCase } } } }`,
      variables: { o: [f.users.owner] },
    }),
    expect: { admin: 'ok', director: 'ok', sales: 'scoped', service: 'FORBIDDEN' },
    reveals: true,
  },
  salesTargets: {
    call: () => ({ query: `{ salesTargets { id subject amount user { name } } }` }),
    expect: { admin: 'ok', director: 'ok', sales: 'scoped', service: 'FORBIDDEN' },
  },
};

export const FORECAST_MUTATIONS: Record<string, AccessExpectation> = {
  setSalesTarget: {
    call: (f) => ({
      query: `mutation($u: ID!, $d: LocalDate!) { setSalesTarget(input: { subject: PERSON, userId: $u, period: MONTH, periodStart: $d, amount: "1000.00" }) { id amount } }`,
      variables: { u: f.users.owner, d: `${f.today.slice(0, 8)}01` },
    }),
    expect: { admin: 'ok', director: 'ok', sales: 'FORBIDDEN', service: 'FORBIDDEN' },
  },
};
