import { contractActionsFor, rejectionOf } from './contractActions';

const owner = { id: 'u-sales' };

describe('contractActionsFor', () => {
  it('offers the owner side submit, sign, complete and terminate by status', () => {
    const sales = { id: 'u-sales', role: 'SALES' as const };
    expect(contractActionsFor(sales, { status: 'DRAFT', owner })).toEqual(['SUBMIT']);
    expect(contractActionsFor(sales, { status: 'PENDING', owner })).toEqual([]);
    expect(contractActionsFor(sales, { status: 'APPROVED', owner })).toEqual(['SIGN']);
    expect(contractActionsFor(sales, { status: 'SIGNED', owner })).toEqual(['COMPLETE', 'TERMINATE']);
    expect(contractActionsFor(sales, { status: 'TERMINATED', owner })).toEqual([]);
  });

  it('lets managers and admins review others’ contracts, never their own', () => {
    expect(contractActionsFor({ id: 'u-mgr', role: 'MANAGER' }, { status: 'PENDING', owner })).toEqual(['APPROVE', 'REJECT']);
    expect(contractActionsFor({ id: 'u-admin', role: 'ADMIN' }, { status: 'PENDING', owner })).toEqual(['APPROVE', 'REJECT']);
    expect(contractActionsFor({ id: 'u-sales', role: 'MANAGER' }, { status: 'PENDING', owner })).toEqual([]);
  });

  it('offers service staff nothing', () => {
    expect(contractActionsFor({ id: 'u-svc', role: 'SERVICE' }, { status: 'DRAFT', owner })).toEqual([]);
    expect(contractActionsFor(null, { status: 'DRAFT', owner })).toEqual([]);
  });
});

describe('rejectionOf', () => {
  const at = (h: number) => `2026-12-07T0${h}:00:00.000Z`;
  it('is the newest step of a draft when that step is a rejection', () => {
    const approvals = [
      { action: 'SUBMIT' as const, at: at(1), comment: null },
      { action: 'REJECT' as const, at: at(2), comment: '请重新核算' },
    ];
    expect(rejectionOf({ status: 'DRAFT', approvals })?.comment).toBe('请重新核算');
    expect(
      rejectionOf({ status: 'PENDING', approvals: [...approvals, { action: 'SUBMIT' as const, at: at(3), comment: null }] }),
    ).toBeNull();
    expect(rejectionOf({ status: 'DRAFT', approvals: [] })).toBeNull();
  });
});
