import { lineAmount, linesTotal } from './lineAmount';

describe('lineAmount', () => {
  it('multiplies quantity, price and discount exactly', () => {
    expect(lineAmount('4', '1500.00', '10')).toBe('5400.00');
    expect(lineAmount('3', '0.10', '0')).toBe('0.30');
    expect(lineAmount('1.5', '33.33', '')).toBe('50.00');
    expect(lineAmount('1', '10.00', '12.5')).toBe('8.75');
  });
  it('is null for what is not a number', () => {
    expect(lineAmount('', '1', '0')).toBeNull();
    expect(lineAmount('1', 'abc', '0')).toBeNull();
    expect(lineAmount('1', '1', '120')).toBeNull();
  });
  it('adds lines in fen', () => {
    expect(linesTotal([{ quantity: '4', unitPrice: '1500', discountPercent: '10' }, { quantity: '1', unitPrice: '0.1' }, {}])).toBe(
      '5400.10',
    );
  });
});
