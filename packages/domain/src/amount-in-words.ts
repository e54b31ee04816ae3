/**
 * 金额大写: an amount of yuan in Chinese capital numerals, as written on contracts, cheques and receipts, following
 * the People's Bank rules for 中文大写金额 (《支付结算办法》附件一 正确填写票据和结算凭证的基本规定):
 *
 * - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟, sections 万 亿 (万亿 above that), then 元 角 分;
 * - a leading ten keeps its one: 10 → 壹拾元整, 100000 → 壹拾万元整;
 * - zeros inside the number are written as one 零 however many there are: 1001 → 壹仟零壹元整,
 *   100100 → 壹拾万零壹佰元整, 1000000001 → 壹拾亿零壹元整; zeros at the end of a section are not written;
 * - an amount to the yuan ends with 整: 0 → 零元整; an amount with 分 has no 整; one ending at 角 is written
 *   without 整 (the rules allow either): 1.50 → 壹元伍角;
 * - with yuan and 分 but no 角, 零 stands for the 角: 100000.05 → 壹拾万元零伍分; below one yuan there is no 元:
 *   0.05 → 伍分;
 * - a negative amount starts with 负.
 *
 * Takes the decimal string of a money value ('1234.5', '-10', '100000.05'; at most two decimals, at most 16 digits
 * of yuan) and throws RangeError for anything else. Exact: no floating point.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const SECTIONS = ['', '万', '亿', '万亿'];

export function amountInWords(amount: string): string {
  const m = /^(-)?(\d{1,16})(?:\.(\d{1,2}))?$/.exec(typeof amount === 'string' ? amount.trim() : '');
  if (!m) throw new RangeError(`Not an amount with at most two decimals: ${JSON.stringify(amount)}`);
  const yuan = m[2].replace(/^0+(?=\d)/, '');
  const [jiao, fen] = (m[3] ?? '').padEnd(2, '0').split('').map(Number);

  let words = '';
  if (yuan !== '0') {
    let zero = false;
    let sectionHasDigit = false;
    for (let i = 0; i < yuan.length; i++) {
      const p = yuan.length - 1 - i;
      const d = Number(yuan[i]);
      if (d === 0) {
        if (words) zero = true;
      } else {
        if (zero) words += '零';
        zero = false;
        words += DIGITS[d] + UNITS[p % 4];
        sectionHasDigit = true;
      }
      if (p % 4 === 0 && p > 0 && sectionHasDigit) {
        words += SECTIONS[p / 4];
        sectionHasDigit = false;
        zero = false; // 107000 → 壹拾万柒仟: zeros that end a section are not read
      }
    }
    words += '元';
    if (jiao === 0 && fen === 0) words += '整';
    else if (jiao === 0) words += '零' + DIGITS[fen] + '分';
    else words += DIGITS[jiao] + '角' + (fen ? DIGITS[fen] + '分' : '');
  } else if (jiao === 0 && fen === 0) {
    return '零元整';
  } else {
    words = (jiao ? DIGITS[jiao] + '角' : '') + (fen ? DIGITS[fen] + '分' : '');
  }
  return (m[1] ? '负' : '') + words;
}
