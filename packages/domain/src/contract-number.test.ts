import { contractPatternProblem, renderContractNumber } from './contract-number';

describe('renderContractNumber', () => {
  it('fills date tokens and pads the sequence', () => {
    const r = renderContractNumber('HT-{YYYY}-{SEQ4}', '2026-03-05');
    expect(r.scope).toBe('HT-2026-#');
    expect(r.format(7)).toBe('HT-2026-0007');
    expect(r.format(12345)).toBe('HT-2026-12345'); // grows rather than wraps
    expect(renderContractNumber('C{YY}{MM}{DD}{SEQ3}', '2026-03-05').format(1)).toBe('C260305001');
  });

  it('restarts per rendered prefix (scope), e.g. per year or per day', () => {
    expect(renderContractNumber('HT-{YYYY}-{SEQ4}', '2027-01-01').scope).toBe('HT-2027-#');
    expect(renderContractNumber('{SEQ6}', '2027-01-01').scope).toBe('#');
    expect(renderContractNumber('合同{YYYY}第{SEQ3}号', '2026-12-31').format(42)).toBe('合同2026第042号');
  });

  it('rejects invalid patterns, dates and sequences', () => {
    expect(() => renderContractNumber('HT-{YYYY}', '2026-03-05')).toThrow(RangeError);
    expect(() => renderContractNumber('HT-{SEQ4}', '2026-02-30')).toThrow(RangeError);
    expect(() => renderContractNumber('HT-{SEQ4}', '2026-03-05').format(0)).toThrow(RangeError);
    expect(() => renderContractNumber('HT-{SEQ4}', '2026-03-05').format(1.5)).toThrow(RangeError);
  });
});

describe('contractPatternProblem', () => {
  it('accepts usable patterns', () => {
    expect(contractPatternProblem('HT-{YYYY}-{SEQ4}')).toBeNull();
    expect(contractPatternProblem('{SEQ1}')).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(contractPatternProblem('HT-{YYYY}')).toMatch(/SEQ/);
    expect(contractPatternProblem('HT-{SEQ2}-{SEQ3}')).toMatch(/only one/);
    expect(contractPatternProblem('HT-{XX}-{SEQ4}')).toMatch(/unknown token \{XX\}/);
    expect(contractPatternProblem('HT-{SEQ}')).toMatch(/unknown/);
    expect(contractPatternProblem('HT-{SEQ0}')).toMatch(/unknown/);
    expect(contractPatternProblem('HT-{yyyy}-{SEQ4}')).toMatch(/unknown/);
    expect(contractPatternProblem('HT-{YYYY-{SEQ4}')).toMatch(/unknown|braces/);
    expect(contractPatternProblem('HT}-{SEQ4}')).toMatch(/braces/);
    expect(contractPatternProblem('HT {SEQ4}')).toMatch(/spaces/);
    expect(contractPatternProblem('')).toMatch(/required/);
    expect(contractPatternProblem('X'.repeat(41) + '{SEQ1}')).toMatch(/too long/);
    expect(contractPatternProblem('X'.repeat(30) + '{SEQ9}{YYYY}')).toMatch(/too long/); // renders 43 characters
  });
});
