import { normalizeCompanyName } from './name-normalize';
import { TRADITIONAL_TO_SIMPLIFIED, toSimplified } from './traditional-chars';

describe('normalizeCompanyName', () => {
  it('gives one key for the spellings of one legal name', () => {
    const spellings = [
      '北京科技有限公司',
      '北京科技（有限公司）',
      '北京 科技 股份有限公司',
      '北京科技有限責任公司',
      '北京科技',
      '北京科技公司',
    ];
    for (const s of spellings) expect(normalizeCompanyName(s)).toBe('北京科技');
  });

  it('folds full-width to half-width and upper to lower case', () => {
    expect(normalizeCompanyName('ＡＢＣ科技')).toBe(normalizeCompanyName('abc科技'));
    expect(normalizeCompanyName('ＡＢＣ科技')).toBe('abc科技');
    expect(normalizeCompanyName('Ｘ１２３')).toBe('x123');
  });

  it('removes ASCII and CJK punctuation and all whitespace', () => {
    expect(normalizeCompanyName('【北京】·科技－发展，。、 —有限公司')).toBe('北京科技发展');
    expect(normalizeCompanyName('北京\u3000科技\t发展')).toBe('北京科技发展');
  });

  it('converts traditional characters', () => {
    expect(normalizeCompanyName('華為技術有限公司')).toBe(normalizeCompanyName('华为技术有限公司'));
    expect(normalizeCompanyName('廣東國際貿易發展集團有限公司')).toBe('广东国际贸易发展集团');
    expect(normalizeCompanyName('飛龍鳳凰網絡醫藥')).toBe('飞龙凤凰网络医药');
  });

  it('strips stacked and English legal forms as whole words', () => {
    expect(normalizeCompanyName('ABC Technology Co., Ltd.')).toBe('abctechnology');
    expect(normalizeCompanyName('ABC科技Co.,Ltd')).toBe('abc科技');
    expect(normalizeCompanyName('Acme Inc.')).toBe('acme');
    expect(normalizeCompanyName('Acme Corporation Limited')).toBe('acme');
    expect(normalizeCompanyName('Costco')).toBe('costco');
    expect(normalizeCompanyName('Zinc')).toBe('zinc');
    expect(normalizeCompanyName('上海某某投资中心（有限合伙）')).toBe('上海某某投资中心');
  });

  it('keeps 集团 and branch offices', () => {
    expect(normalizeCompanyName('北京科技集团有限公司')).toBe('北京科技集团');
    expect(normalizeCompanyName('北京科技有限公司上海分公司')).toBe('北京科技有限公司上海分公司');
    expect(normalizeCompanyName('北京科技有限公司（上海分公司）')).toBe('北京科技有限公司上海分公司');
    expect(normalizeCompanyName('北京科技总公司')).toBe('北京科技');
  });

  it('never strips a name down to nothing', () => {
    expect(normalizeCompanyName('有限公司')).toBe('有限公司');
    expect(normalizeCompanyName('Limited')).toBe('limited');
    expect(normalizeCompanyName('  ')).toBe('');
  });
});

describe('traditional-chars table', () => {
  it('is large, one-to-one and not chained', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThanOrEqual(400);
    for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(t).not.toBe(s);
      expect(TRADITIONAL_TO_SIMPLIFIED.has(s)).toBe(false);
      expect([...t]).toHaveLength(1);
      expect([...s]).toHaveLength(1);
    }
  });

  it('leaves ambiguous characters and non-Chinese text alone', () => {
    expect(toSimplified('乾坤著於')).toBe('乾坤著於');
    expect(toSimplified('ABC 123 国电')).toBe('ABC 123 国电');
    expect(toSimplified('國電廣東華業實貿發展興達聯網絡術設計機械醫藥飛龍鳳')).toBe('国电广东华业实贸发展兴达联网络术设计机械医药飞龙凤');
  });
});
