import { startTestApp, type TestApp } from '../../test/test-app';
import { REPORT_NOW, seedReportFixture, type ReportFixture } from './report.fixture';

/**
 * The period switch (日/周/月/季/年, issue 15 item 6): a `span` sets the range of every card and series of the
 * reports, in the business time zone. Each card is checked against an independent SQL sum whose period boundaries
 * PostgreSQL computes itself (date_trunc on the business wall clock), not the API's helpers.
 * "Now" is Friday 2026-03-20 12:00 in Shanghai (report.fixture.ts).
 */
let app: TestApp;
let fx: ReportFixture;
let admin: string;
const TZ = 'Asia/Shanghai';

beforeAll(async () => {
  app = await startTestApp({ now: REPORT_NOW });
  fx = await seedReportFixture(app.db.dataSource);
  const ds = app.db.dataSource;
  // Something on today and earlier in the week, so the day and week cards are not all zero.
  const [k] = await ds.query(`SELECT id, customer_id FROM contracts WHERE number = 'HT-K1'`);
  await ds.query(
    `INSERT INTO receipts (customer_id, contract_id, received_date, amount, method) VALUES ($1, $2, '2026-03-20', '1234.56', 'BANK_TRANSFER')`,
    [k.customer_id, k.id],
  );
  await ds.query(
    `INSERT INTO contracts (customer_id, owner_id, number, title, amount, status, signed_at)
     VALUES ($1, $2, 'HT-DAY', 'HT-DAY', '4321.09', 'SIGNED', '2026-03-20'), ($1, $2, 'HT-LASTYEAR', 'HT-LASTYEAR', '999.00', 'SIGNED', '2025-12-31')`,
    [fx.customers.c1, fx.users.s1.id],
  );
  admin = await app.login(fx.users.admin.email);
});
afterAll(() => app.close());

const CARDS = `query($f: ReportFilter) {
  customerReport(filter: $f) { range { from to } newCustomers { current } newByPeriod { period count } }
  moneyReport(filter: $f) { range { from to } signed { current } received { current } periods { period signed { current } received { current } } }
  salesPerformanceReport(filter: $f) { people { followUps { current } } }
}`;

const UNIT = { DAY: 'day', WEEK: 'week', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' } as const;

/** Independent figures: the period holding "now" up to the end of today, by PostgreSQL's own calendar. */
async function expected(unit: string) {
  const ds = app.db.dataSource;
  const bounds = `(SELECT date_trunc('${unit}', ($1::timestamptz AT TIME ZONE '${TZ}'))::date AS d0,
                          ($1::timestamptz AT TIME ZONE '${TZ}')::date AS d1) b`;
  const [row] = await ds.query(
    `SELECT b.d0::text AS from, b.d1::text AS to,
            (SELECT count(*)::int FROM customers c
              WHERE c.deleted_at IS NULL AND c.created_at >= (b.d0::timestamp AT TIME ZONE '${TZ}')
                AND c.created_at < ((b.d1 + 1)::timestamp AT TIME ZONE '${TZ}')) AS new_customers,
            (SELECT COALESCE(sum(k.amount), 0)::numeric(14,2)::text FROM contracts k JOIN customers c ON c.id = k.customer_id
              WHERE c.deleted_at IS NULL AND k.status IN ('SIGNED', 'COMPLETED') AND k.signed_at BETWEEN b.d0 AND b.d1) AS signed,
            (SELECT COALESCE(sum(x.amount), 0)::numeric(14,2)::text FROM receipts x JOIN contracts k ON k.id = x.contract_id
               JOIN customers c ON c.id = k.customer_id
              WHERE c.deleted_at IS NULL AND x.received_date BETWEEN b.d0 AND b.d1) AS received,
            (SELECT count(*)::int FROM follow_ups f JOIN customers c ON c.id = f.customer_id
              WHERE c.deleted_at IS NULL AND f.at >= (b.d0::timestamp AT TIME ZONE '${TZ}')
                AND f.at < ((b.d1 + 1)::timestamp AT TIME ZONE '${TZ}')) AS follow_ups
       FROM ${bounds}`,
    [REPORT_NOW],
  );
  return row as { from: string; to: string; new_customers: number; signed: string; received: string; follow_ups: number };
}

const sum = (xs: string[]) => (xs.reduce((a, x) => a + Math.round(Number(x) * 100), 0) / 100).toFixed(2);

describe.each(Object.entries(UNIT))('span %s', (span, unit) => {
  it('moves every card and series of the customer, money and performance reports to the same period', async () => {
    const want = await expected(unit);
    const r = await app.ok(CARDS, { f: { span } }, admin);
    expect(r.customerReport.range).toEqual({ from: want.from, to: want.to });
    expect(r.moneyReport.range).toEqual({ from: want.from, to: want.to });
    expect(r.customerReport.newCustomers.current).toBe(want.new_customers);
    expect(r.moneyReport.signed.current).toBe(want.signed);
    expect(r.moneyReport.received.current).toBe(want.received);
    const people = r.salesPerformanceReport.people as { followUps: { current: number } }[];
    expect(people.reduce((a, p) => a + p.followUps.current, 0)).toBe(want.follow_ups);
    // The series cover the same range: their in-range periods add up to the cards.
    const periods = r.moneyReport.periods as { signed: { current: string }; received: { current: string } }[];
    expect(sum(periods.map((p) => p.signed.current))).toBe(want.signed);
    expect(sum(periods.map((p) => p.received.current))).toBe(want.received);
    const newBy = r.customerReport.newByPeriod as { count: number }[];
    expect(newBy.reduce((a, p) => a + p.count, 0)).toBeGreaterThanOrEqual(want.new_customers);
  });
});

it('spans differ from each other on this data set (the comparison above is not vacuous)', async () => {
  const figures = await Promise.all(Object.values(UNIT).map((u) => expected(u)));
  // In March the quarter and the year both begin on 1 January; every other span has its own figures.
  expect(new Set(figures.map((f) => `${f.from}|${f.received}|${f.signed}`)).size).toBe(4);
  expect(figures[0]).toMatchObject({ from: '2026-03-20', received: '1234.56', signed: '4321.09' });
});

it('splits a quarter or a year by month and a week by day, unless a period is given', async () => {
  const q = (await app.ok(CARDS, { f: { span: 'QUARTER' } }, admin)).moneyReport.periods.map((p: { period: string }) => p.period);
  expect(q).toEqual(['2026-01', '2026-02', '2026-03']);
  const w = (await app.ok(CARDS, { f: { span: 'WEEK' } }, admin)).moneyReport.periods.map((p: { period: string }) => p.period);
  expect(w).toEqual(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20']);
  const y = (await app.ok(CARDS, { f: { span: 'YEAR', period: 'QUARTER' } }, admin)).moneyReport.periods.map(
    (p: { period: string }) => p.period,
  );
  expect(y).toEqual(['2026-Q1']);
  // Explicit dates win over the span.
  const explicit = (await app.ok(CARDS, { f: { span: 'DAY', from: '2026-03-01', to: '2026-03-31' } }, admin)).moneyReport.range;
  expect(explicit).toEqual({ from: '2026-03-01', to: '2026-03-31' });
});
