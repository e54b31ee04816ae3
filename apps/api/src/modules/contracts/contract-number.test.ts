import { contractPatternProblem, renderContractNumber } from './contract-number';

describe('contract number patterns', () => {
  it('renders the date tokens and the padded sequence; the scope restarts the sequence per prefix', () => {
    const r = renderContractNumber('HT-{YYYY}-{SEQ4}', '2026-03-05');
    expect(r.scope).toBe('HT-2026-#');
    expect(r.format(7)).toBe('HT-2026-0007');
    expect(r.format(12345)).toBe('HT-2026-12345');
    expect(renderContractNumber('C{YY}{MM}{DD}{SEQ3}', '2026-03-05').format(1)).toBe('C260305001');
  });
  it('refuses patterns without exactly one sequence or with unknown tokens', () => {
    expect(contractPatternProblem('HT-{YYYY}')).toMatch(/SEQ/);
    expect(contractPatternProblem('{SEQ2}-{SEQ3}')).toMatch(/SEQ/);
    expect(contractPatternProblem('HT-{XX}-{SEQ4}')).toMatch(/unknown/);
    expect(contractPatternProblem('HT-{YYYY}-{SEQ4}')).toBeNull();
  });
});
