import { changePercent, lifecycleFor, lifecycleReason, purchaseTrend, type LifecycleFacts } from './lifecycle';
import { enumLabel } from './labels';

const base: LifecycleFacts = {
  activity: 'ACTIVE',
  idleDays: 3,
  firstOrderDate: '2024-03-01',
  amount12m: '100000.00',
  amountPrev12m: '100000.00',
  today: '2026-06-01',
};

describe('purchaseTrend (±20%, exact in fen)', () => {
  it.each([
    ['0', '0', 'NONE'],
    ['0.01', '0', 'RISING'],
    ['120000.00', '100000.00', 'RISING'],
    ['119999.99', '100000.00', 'STEADY'],
    ['80000.01', '100000.00', 'STEADY'],
    ['80000.00', '100000.00', 'FALLING'],
    ['0', '100000.00', 'FALLING'],
  ])('%s against %s is %s', (cur, prev, trend) => expect(purchaseTrend(cur, prev)).toBe(trend));
});

describe('lifecycleFor: every stage and the order of the rule', () => {
  it('1. a churned customer has left (离开期), whatever it bought', () => {
    const r = lifecycleFor({ ...base, activity: 'CHURNED', idleDays: 200, amount12m: '900000.00' });
    expect(r).toMatchObject({ lifecycle: 'EXIT', step: 1 });
    expect(lifecycleReason({ ...base, activity: 'CHURNED', idleDays: 200 })).toBe('200 天无任何往来 (流失)');
  });

  it('2. never ordered is acquisition (获取期)', () => {
    const f = { ...base, firstOrderDate: null, amount12m: '0', amountPrev12m: '0' };
    expect(lifecycleFor(f)).toMatchObject({ lifecycle: 'ACQUISITION', step: 2, tenureDays: null, trend: 'NONE' });
    expect(lifecycleReason(f)).toBe('尚未成交');
    expect(lifecycleReason(f, 'en')).toBe('No order yet');
    // Dormant but never ordered is still being acquired.
    expect(lifecycleFor({ ...f, activity: 'DORMANT' }).lifecycle).toBe('ACQUISITION');
  });

  it('3. a dormant customer with orders is declining (衰退期), even when buying more', () => {
    const f = { ...base, activity: 'DORMANT' as const, idleDays: 45, amount12m: '200000.00' };
    expect(lifecycleFor(f)).toMatchObject({ lifecycle: 'DECLINE', step: 3 });
    expect(lifecycleReason(f, 'en')).toBe('No contact for 45 days (dormant)');
  });

  it('4. a falling or stopped 12-month amount is declining', () => {
    const falling = { ...base, amount12m: '20000.00', amountPrev12m: '100000.00' };
    expect(lifecycleFor(falling)).toMatchObject({ lifecycle: 'DECLINE', step: 4, trend: 'FALLING' });
    expect(lifecycleReason(falling)).toBe('近 12 个月下单 ¥20,000.00, 上一年 ¥100,000.00 (下降 80%)');
    const stopped = { ...base, amount12m: '0', amountPrev12m: '0' };
    expect(lifecycleFor(stopped)).toMatchObject({ lifecycle: 'DECLINE', step: 4, trend: 'NONE' });
    expect(lifecycleReason(stopped)).toBe('近 24 个月无下单');
  });

  it('5. a first order less than 90 days ago is still acquisition', () => {
    const f = { ...base, firstOrderDate: '2026-03-04', amount12m: '5000.00', amountPrev12m: '0' };
    expect(lifecycleFor(f)).toMatchObject({ lifecycle: 'ACQUISITION', step: 5, tenureDays: 89 });
    expect(lifecycleReason(f)).toBe('首单 2026-03-04, 成交 89 天');
    expect(lifecycleFor({ ...f, firstOrderDate: '2026-03-03' })).toMatchObject({ lifecycle: 'GROWTH', tenureDays: 90 });
  });

  it('6. a rising amount is growth (提升期)', () => {
    const f = { ...base, amount12m: '150000.00', amountPrev12m: '100000.00' };
    expect(lifecycleFor(f)).toMatchObject({ lifecycle: 'GROWTH', step: 6, trend: 'RISING' });
    expect(lifecycleReason(f)).toBe('近 12 个月下单 ¥150,000.00, 上一年 ¥100,000.00 (增长 50%)');
    const firstYear = { ...base, firstOrderDate: '2026-01-01', amount12m: '30000.00', amountPrev12m: '0' };
    expect(lifecycleFor(firstYear).lifecycle).toBe('GROWTH');
    expect(lifecycleReason(firstYear, 'en')).toBe('Ordered ¥30,000.00 in the last 12 months, nothing the year before');
  });

  it('7. a steady amount after the first months is maturity (成熟期)', () => {
    const f = { ...base, amount12m: '105000.00' };
    expect(lifecycleFor(f)).toMatchObject({ lifecycle: 'MATURITY', step: 7, trend: 'STEADY', tenureDays: 822 });
    expect(lifecycleReason(f)).toBe('合作 822 天, 近 12 个月下单 ¥105,000.00, 上一年 ¥100,000.00 (增长 5%)');
    expect(lifecycleReason({ ...base }, 'en')).toBe(
      'Customer for 822 days, ordered ¥100,000.00 in the last 12 months, ¥100,000.00 the year before (level)',
    );
  });

  it('changePercent rounds half away from zero without floats', () => {
    expect(changePercent('1.00', '3.00')).toBe(-67);
    expect(changePercent('1.01', '2.00')).toBe(-50);
    expect(changePercent('2.01', '4.00')).toBe(-50); // -49.75 rounds to -50
    expect(changePercent('1.99', '4.00')).toBe(-50); // -50.25 rounds to -50
    expect(changePercent('5', '0')).toBeNull();
  });

  it('every stage has a label in both languages', () => {
    expect(enumLabel('CustomerLifecycle', 'DECLINE')).toBe('衰退期');
    expect(enumLabel('CustomerLifecycle', 'EXIT', 'en')).toBe('Exit');
  });
});
