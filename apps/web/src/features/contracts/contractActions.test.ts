import { contractActionsFor } from './contractActions';

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
