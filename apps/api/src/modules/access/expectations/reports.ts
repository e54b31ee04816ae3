import { reportScope, type AccessExpectation, type Outcome, type RoleKey } from './common';

/**
 * 报表: everyone may run every report, over their own data scope. Each call asks for the owner's figures
 * (`ownerIds: [owner]`, a salesperson of this fixture alone), so the owner's data is all there is to find:
 * admin, the director and service staff (who read every customer) get it; the colleague gets only zeros.
 */
const F = (f: { users: { owner: string } }) => ({ o: [f.users.owner] });
const Q = (field: string, selection: string, args = '') => `query($o: [ID!]) { ${field}(filter: { ownerIds: $o }${args}) ${selection} }`;

/** The people a report lists are those the caller may see as users: service staff see only themselves. */
const peopleScope: Record<RoleKey, Outcome> = { ...reportScope, service: 'scoped' };

export const REPORT_QUERIES: Record<string, AccessExpectation> = {
  // The fixture customer's industry (free text) is a bucket of the distribution.
  customerReport: {
    call: (f) => ({ query: Q('customerReport', `{ total byIndustry { key count } }`), variables: F(f) }),
    expect: reportScope,
    reveals: true,
  },
  // Its lost opportunity's reason is listed.
  opportunityReport: {
    call: (f) => ({ query: Q('opportunityReport', `{ funnel { stage count } lostReasons { reason count } }`), variables: F(f) }),
    expect: reportScope,
    reveals: true,
  },
  // The owner is a row by name.
  salesPerformanceReport: {
    call: (f) => ({ query: Q('salesPerformanceReport', `{ people { userId name customersHeld } }`), variables: F(f) }),
    expect: peopleScope,
    reveals: true,
  },
  moneyReport: {
    call: (f) => ({ query: Q('moneyReport', `{ signed { current } received { current } outstanding }`), variables: F(f) }),
    expect: reportScope,
  },
  receiptReport: {
    call: (f) => ({
      query: Q('receiptReport', `{ edges { node { customerName contractNumber amount } } }`, ', first: 20'),
      variables: F(f),
    }),
    expect: reportScope,
    reveals: true,
  },
  topCustomersReport: {
    call: (f) => ({ query: Q('topCustomersReport', `{ name signedAmount }`, ', limit: 10'), variables: F(f) }),
    expect: reportScope,
    reveals: true,
  },
  // The owner's customer is a top customer by name.
  valueReport: {
    call: (f) => ({ query: Q('valueReport', `{ revenue top { name revenue } }`, ', limit: 10'), variables: F(f) }),
    expect: reportScope,
    reveals: true,
  },
  satisfactionReport: {
    call: (f) => ({
      query: Q(
        'satisfactionReport',
        `{ visits { current } satisfiedPercent averageScore trend { period averageScore } people { userId averageScore dimensions { average } } }`,
      ),
      variables: F(f),
    }),
    expect: reportScope,
  },
};
