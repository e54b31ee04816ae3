import {
  CONTRACT_ACTIONS,
  CONTRACT_STATUSES,
  ContractAction,
  ContractStatus,
  SIGNED_CONTRACT_STATUSES,
  allowedContractActions,
  contractTransition,
  isContractEditable,
  isFinalContractStatus,
  numberEditable,
} from './contract-status';

const to = (from: ContractStatus, action: ContractAction) => {
  const t = contractTransition(from, action);
  return 'to' in t ? t.to : null;
};

describe('contract status machine', () => {
  it('walks the happy path', () => {
    let s: ContractStatus = 'DRAFT';
    for (const a of ['SUBMIT', 'APPROVE', 'SIGN', 'COMPLETE'] as const) s = to(s, a)!;
    expect(s).toBe('COMPLETED');
  });

  it('sends a rejected contract back to DRAFT and lets a signed one be terminated', () => {
    expect(contractTransition('PENDING', 'REJECT')).toEqual({ to: 'DRAFT' });
    expect(contractTransition('SIGNED', 'TERMINATE')).toEqual({ to: 'TERMINATED' });
  });

  it('refuses anything else with a Chinese and English reason', () => {
    expect(contractTransition('DRAFT', 'APPROVE')).toEqual({
      problem: '“草稿”状态的合同不能审批通过，仅“待审批”状态可以 (cannot approve a DRAFT contract)',
    });
    expect(contractTransition('APPROVED', 'TERMINATE')).toEqual({
      problem: expect.stringContaining('cannot terminate an APPROVED contract'),
    });
    expect(contractTransition('COMPLETED', 'SIGN')).toHaveProperty('problem');
  });

  it('has exactly one transition per action and none out of the final statuses', () => {
    let allowed = 0;
    for (const s of CONTRACT_STATUSES) for (const a of CONTRACT_ACTIONS) if (to(s, a)) allowed++;
    expect(allowed).toBe(CONTRACT_ACTIONS.length);
    expect(allowedContractActions('COMPLETED')).toEqual([]);
    expect(allowedContractActions('TERMINATED')).toEqual([]);
    expect(CONTRACT_STATUSES.filter(isFinalContractStatus)).toEqual(['COMPLETED', 'TERMINATED']);
  });

  it('lists the actions per status for the UI', () => {
    expect(allowedContractActions('DRAFT')).toEqual(['SUBMIT']);
    expect(allowedContractActions('PENDING')).toEqual(['APPROVE', 'REJECT']);
    expect(allowedContractActions('SIGNED')).toEqual(['COMPLETE', 'TERMINATE']);
  });

  it('reports unknown inputs instead of throwing', () => {
    expect(contractTransition('DRAFT', 'toString' as ContractAction)).toHaveProperty('problem');
    expect(contractTransition('NOPE' as ContractStatus, 'SUBMIT')).toHaveProperty('problem');
  });

  it('says what may still change', () => {
    expect(CONTRACT_STATUSES.filter(isContractEditable)).toEqual(['DRAFT']);
    expect(CONTRACT_STATUSES.filter(numberEditable)).toEqual(['DRAFT', 'PENDING', 'APPROVED']);
    expect(SIGNED_CONTRACT_STATUSES).toEqual(['SIGNED', 'COMPLETED']);
  });
});
