import { activityFor, activityReason, activityThresholdProblems, DEFAULT_ACTIVITY_THRESHOLDS, idleDays } from './activity';

const now = new Date('2026-12-07T08:00:00Z');
const daysAgo = (d: number, extraMs = 0) => new Date(now.getTime() - d * 86_400_000 - extraMs);

describe('activityFor', () => {
  it('reads the per-grade thresholds at their exact boundaries', () => {
    expect(activityFor(daysAgo(29, 86_399_999), 'VIP', now)).toBe('ACTIVE');
    expect(activityFor(daysAgo(30), 'VIP', now)).toBe('DORMANT');
    expect(activityFor(daysAgo(89, 86_399_999), 'VIP', now)).toBe('DORMANT');
    expect(activityFor(daysAgo(90), 'VIP', now)).toBe('CHURNED');
    expect(activityFor(daysAgo(30), 'NORMAL', now)).toBe('ACTIVE');
    expect(activityFor(daysAgo(60), 'NORMAL', now)).toBe('DORMANT');
    expect(activityFor(daysAgo(365), 'POTENTIAL', now)).toBe('CHURNED');
  });
  it('uses admin thresholds', () => {
    const t = { ...DEFAULT_ACTIVITY_THRESHOLDS, VIP: { dormantDays: 7, churnedDays: 14 } };
    expect(activityFor(daysAgo(7), 'VIP', now, t)).toBe('DORMANT');
    expect(activityFor(daysAgo(14), 'VIP', now, t)).toBe('CHURNED');
  });
  it('a contact in the future counts as today', () => {
    expect(activityFor(new Date(now.getTime() + 1000), 'VIP', now)).toBe('ACTIVE');
    expect(idleDays(new Date(now.getTime() + 1000), now)).toBe(0);
  });
});

describe('activityThresholdProblems', () => {
  it('accepts the defaults', () => expect(activityThresholdProblems({ ...DEFAULT_ACTIVITY_THRESHOLDS })).toEqual([]));
  it('names the field of each problem', () => {
    const t = { ...DEFAULT_ACTIVITY_THRESHOLDS, VIP: { dormantDays: 30, churnedDays: 30 }, NORMAL: { dormantDays: 0, churnedDays: 4000 } };
    expect(activityThresholdProblems(t).map((e) => e.field)).toEqual(['VIP.churnedDays', 'NORMAL.dormantDays', 'NORMAL.churnedDays']);
  });
});

describe('activityReason', () => {
  it('says why, in Chinese and English', () => {
    const f = { activity: 'DORMANT' as const, idleDays: 45, daysSinceInteraction: 45, lastOrderDate: '2026-08-03', lastReceiptDate: null };
    expect(activityReason(f)).toBe('45 天无跟进, 上次下单 2026-08-03');
    expect(activityReason(f, 'en')).toBe('No follow-up for 45 days, last order 2026-08-03');
    expect(activityReason({ ...f, daysSinceInteraction: null, lastOrderDate: null, lastReceiptDate: '2026-09-01' })).toBe(
      '从未跟进, 从未下单, 上次回款 2026-09-01',
    );
  });
});
