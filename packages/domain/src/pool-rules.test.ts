import {
  DEFAULT_POOL_RULES,
  PoolCandidate,
  PoolRules,
  checkClaim,
  effectivePoolRule,
  isReclaimable,
  reclaimDue,
  validatePoolRules,
  warningAt,
} from './pool-rules';

const DAY = 86_400_000;
const t0 = new Date('2026-03-01T02:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

const customer = (over: Partial<PoolCandidate> = {}): PoolCandidate => ({
  grade: 'NORMAL',
  type: 'ASSIGNED',
  ownerId: 'u1',
  assignedAt: t0,
  lastFollowUpAt: null,
  ...over,
});
const rules = (over: Partial<PoolRules> = {}): PoolRules => ({ ...DEFAULT_POOL_RULES, ...over });

describe('reclaimDue', () => {
  it('defaults to 30 days without follow-up, counted from assignment', () => {
    expect(reclaimDue(customer(), rules())).toEqual({ dueAt: at(30), rule: 'NO_FOLLOW_UP' });
  });

  it('counts from the last follow-up, but never from before the assignment', () => {
    expect(reclaimDue(customer({ lastFollowUpAt: at(10) }), rules())?.dueAt).toEqual(at(40));
    expect(reclaimDue(customer({ lastFollowUpAt: at(-20) }), rules())?.dueAt).toEqual(at(30));
  });

  it('applies NOT_WON when enabled and picks the earlier rule', () => {
    const r = rules({ notWonWithinDays: 20 });
    expect(reclaimDue(customer(), r)).toEqual({ dueAt: at(20), rule: 'NOT_WON' });
    expect(reclaimDue(customer({ lastFollowUpAt: at(-5) }), rules({ notWonWithinDays: 60 }))).toEqual({ dueAt: at(30), rule: 'NO_FOLLOW_UP' });
  });

  it('reports NO_FOLLOW_UP on a tie', () => {
    expect(reclaimDue(customer(), rules({ notWonWithinDays: 30 }))?.rule).toBe('NO_FOLLOW_UP');
  });

  it('never reclaims WON customers by NOT_WON, but still by NO_FOLLOW_UP', () => {
    expect(reclaimDue(customer({ type: 'WON' }), rules({ notWonWithinDays: 5 }))).toEqual({ dueAt: at(30), rule: 'NO_FOLLOW_UP' });
  });

  it('returns null for pool customers, deactivated customers and when every rule is off', () => {
    expect(reclaimDue(customer({ ownerId: null }), rules())).toBeNull();
    expect(reclaimDue(customer({ status: 'DEACTIVATED' }), rules())).toBeNull();
    expect(reclaimDue(customer({ grade: 'VIP' }), rules({ perGrade: { VIP: { noFollowUpDays: null } } }))).toBeNull();
  });

  it('applies per-grade overrides only to that grade', () => {
    const r = rules({ notWonWithinDays: 90, perGrade: { VIP: { noFollowUpDays: 60 }, POTENTIAL: { noFollowUpDays: 15, notWonWithinDays: null } } });
    expect(reclaimDue(customer({ grade: 'VIP' }), r)?.dueAt).toEqual(at(60));
    expect(reclaimDue(customer({ grade: 'POTENTIAL' }), r)).toEqual({ dueAt: at(15), rule: 'NO_FOLLOW_UP' });
    expect(reclaimDue(customer({ grade: 'NORMAL' }), r)?.dueAt).toEqual(at(30));
    expect(reclaimDue(customer({ grade: null }), r)?.dueAt).toEqual(at(30));
    expect(effectivePoolRule('POTENTIAL', r)).toEqual({ noFollowUpDays: 15, notWonWithinDays: null });
  });
});

describe('isReclaimable / warningAt', () => {
  it('is reclaimable from the due moment on', () => {
    const c = customer();
    expect(isReclaimable(c, rules(), new Date(at(30).getTime() - 1))).toBe(false);
    expect(isReclaimable(c, rules(), at(30))).toBe(true);
    expect(isReclaimable(customer({ ownerId: null }), rules(), at(100))).toBe(false);
  });

  it('warns a few days ahead', () => {
    expect(warningAt(at(30))).toEqual(at(27));
    expect(warningAt(at(30), 1)).toEqual(at(29));
  });
});

describe('checkClaim', () => {
  it('allows a claim by default', () => {
    expect(checkClaim({ ownedCount: 500, lastLeftClaimerAt: null }, rules(), t0)).toBeNull();
  });

  it('enforces the per-user cap', () => {
    const r = rules({ maxCustomersPerUser: 100 });
    expect(checkClaim({ ownedCount: 99, lastLeftClaimerAt: null }, r, t0)).toBeNull();
    expect(checkClaim({ ownedCount: 100, lastLeftClaimerAt: null }, r, t0)?.code).toBe('CLAIM_LIMIT_REACHED');
  });

  it('enforces the cooldown after the customer left the same user', () => {
    const left = at(0);
    expect(checkClaim({ ownedCount: 0, lastLeftClaimerAt: left }, rules(), at(1))).toEqual({
      code: 'CLAIM_COOLDOWN',
      message: '该客户从您名下退回公海未满 7 天，6 天后才能再次领取',
    });
    expect(checkClaim({ ownedCount: 0, lastLeftClaimerAt: left }, rules(), at(7))).toBeNull();
    expect(checkClaim({ ownedCount: 0, lastLeftClaimerAt: left }, rules({ claimCooldownDays: 0 }), at(0))).toBeNull();
  });
});

describe('validatePoolRules', () => {
  it('accepts the defaults and sensible settings', () => {
    expect(validatePoolRules(rules())).toEqual([]);
    expect(validatePoolRules(rules({ notWonWithinDays: 90, maxCustomersPerUser: 200, perGrade: { VIP: { noFollowUpDays: null } } }))).toEqual([]);
  });

  it('names each bad field', () => {
    const errors = validatePoolRules(
      rules({ noFollowUpDays: 0, notWonWithinDays: 1.5, maxCustomersPerUser: 0, claimCooldownDays: -1, perGrade: { VIP: { notWonWithinDays: 99999 } } }),
    );
    expect(errors.map((e) => e.field)).toEqual(['noFollowUpDays', 'notWonWithinDays', 'maxCustomersPerUser', 'claimCooldownDays', 'perGrade.VIP.notWonWithinDays']);
    expect(errors[0].message).toBe('未跟进回收天数必须是 1 到 3650 之间的整数');
  });
});
