import {
  OPEN_OPPORTUNITY_STAGES,
  OPPORTUNITY_STAGES,
  OpportunityStage,
  STAGE_LABELS,
  STAGE_WIN_RATE,
  canMoveStage,
  checkStageMove,
  defaultWinRate,
  isClosedStage,
  stageChangeProblem,
  stageOrder,
  validateWinRate,
} from './opportunity-stage';

describe('opportunity stages', () => {
  it('default win rates follow the source table', () => {
    expect(OPPORTUNITY_STAGES.map(defaultWinRate)).toEqual([20, 40, 60, 80, 100, 0]);
    expect(STAGE_WIN_RATE).toEqual({ INITIAL: 20, NEEDS: 40, PROPOSAL: 60, NEGOTIATION: 80, WON: 100, LOST: 0 });
    expect(() => defaultWinRate('NOPE' as OpportunityStage)).toThrow(RangeError);
    expect(() => defaultWinRate('toString' as OpportunityStage)).toThrow(RangeError);
  });

  it('has the Chinese stage names', () => {
    expect(OPPORTUNITY_STAGES.map((s) => STAGE_LABELS[s])).toEqual(['初步接触', '需求分析', '方案报价', '合同谈判', '赢单', '输单']);
  });

  it('knows which stages are closed and their order', () => {
    expect(OPPORTUNITY_STAGES.filter(isClosedStage)).toEqual(['WON', 'LOST']);
    expect(OPEN_OPPORTUNITY_STAGES.some(isClosedStage)).toBe(false);
    expect(stageOrder('INITIAL')).toBeLessThan(stageOrder('NEGOTIATION'));
  });

  it('allows any move among open stages, forwards and backwards, and closing', () => {
    for (const from of OPEN_OPPORTUNITY_STAGES) {
      for (const to of OPPORTUNITY_STAGES) if (to !== from) expect(canMoveStage(from, to)).toBe(true);
    }
  });

  it('keeps WON final', () => {
    for (const to of OPPORTUNITY_STAGES.filter((s) => s !== 'WON')) {
      expect(checkStageMove('WON', to)?.code).toBe('STAGE_FINAL');
    }
    expect(stageChangeProblem('WON', 'LOST')).toMatch(/final/);
  });

  it('lets LOST reopen to an open stage but not jump to WON', () => {
    for (const to of OPEN_OPPORTUNITY_STAGES) expect(stageChangeProblem('LOST', to)).toBeNull();
    expect(checkStageMove('LOST', 'WON')?.code).toBe('STAGE_REOPEN_FIRST');
    expect(stageChangeProblem('LOST', 'WON')).toMatch(/reopen/);
  });

  it('rejects no-op and unknown stages with codes', () => {
    expect(checkStageMove('NEEDS', 'NEEDS')).toEqual({
      code: 'STAGE_UNCHANGED',
      message: '商机已处于“需求分析”阶段 (already in that stage)',
    });
    expect(checkStageMove('NEEDS', 'X' as OpportunityStage)?.code).toBe('UNKNOWN_STAGE');
  });

  it('validates win rates', () => {
    expect(validateWinRate(0)).toBeNull();
    expect(validateWinRate(100)).toBeNull();
    expect(validateWinRate(101)).not.toBeNull();
    expect(validateWinRate(-1)).not.toBeNull();
    expect(validateWinRate(50.5)).not.toBeNull();
    expect(validateWinRate(NaN)).not.toBeNull();
  });
});
