/**
 * Exact values of the numbers reports write (chinese-text-rules.md §2.4): Arabic with thousands
 * separators and decimals, Chinese numerals in the colloquial forms (两万三, 三百五, 一点二万), and a
 * decimal followed by a scale (1.2万, 138.4万).
 */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const SCALE_POWER: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

const CHINESE_DECIMAL = /^([零〇一二两三四五六七八九十百千万亿]+)点([零〇一二三四五六七八九]+)([十百千万亿]*)$/;

/** Power of ten of a scale as written: 万 → 4, 千万 → 7, 万亿 → 12; null for anything else. */
export function scalePower(scale: string): number | null {
  let power = 0;
  for (const ch of scale) {
    const p = SCALE_POWER[ch];
    if (p === undefined) return null;
    power += p;
  }
  return power;
}

/** Powers of ten that are exact doubles: 10^22 is the last. */
const EXACT_POW10 = Array.from({ length: 23 }, (_, e) => Number(`1e${e}`));
/** Digits an integer can have and still be an exact double. */
const EXACT_DIGITS = 15;

/**
 * decimal × 10^power without ever multiplying a binary fraction: 1.2 × 1e8 is 120000000 exactly, not
 * 120000000.00000001. The digits are read as an integer and scaled by one exact power of ten; a single
 * IEEE operation on exact operands rounds the true value once, just as reading the shifted decimal
 * string would. Longer digit strings move the decimal point in the string instead.
 */
export function scaleDecimal(decimal: string, power: number): number {
  let digits = 0;
  let fraction = -1;
  let value = 0;
  for (let i = 0; i < decimal.length; i++) {
    const c = decimal.charCodeAt(i);
    if (c === 0x2e && fraction < 0) fraction = 0;
    else if (c < 0x30 || c > 0x39) return shiftDecimalPoint(decimal, power);
    else {
      value = value * 10 + (c - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    }
  }
  const exponent = power - Math.max(fraction, 0);
  if (digits > EXACT_DIGITS || Math.abs(exponent) >= EXACT_POW10.length) return shiftDecimalPoint(decimal, power);
  return exponent >= 0 ? value * EXACT_POW10[exponent]! : value / EXACT_POW10[-exponent]!;
}

function shiftDecimalPoint(decimal: string, power: number): number {
  const dot = decimal.indexOf('.');
  const int = dot < 0 ? decimal : decimal.slice(0, dot);
  const frac = dot < 0 ? '' : decimal.slice(dot + 1);
  if (frac.length <= power) return Number(int + frac + '0'.repeat(power - frac.length));
  return Number(`${int}${frac.slice(0, power)}.${frac.slice(power)}`);
}

/**
 * A Chinese integer numeral, strict: digits must alternate with units (八一 and 二〇二三 are names and
 * years, not numbers). A bare unit may open the numeral (十二, 百余, 千余, 万余), and a digit trailing a
 * unit is one place lower (两万三 = 23000, 三百五 = 350) unless 零 stands between them.
 */
export function parseChineseInteger(s: string): number | null {
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0;
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit >= 0) return null;
      if (d === 0) zero = true;
      else digit = d;
      continue;
    }
    const u = SMALL_UNIT[ch];
    if (u !== undefined) {
      if (digit < 0) {
        if (i > 0) return null;
        digit = 1;
      }
      section += digit * u;
      digit = -1;
      lastUnit = u;
      zero = false;
      continue;
    }
    if (ch !== '万' && ch !== '亿') return null;
    let base = section + Math.max(digit, 0);
    if (ch === '亿') base += wan;
    if (base === 0) {
      if (i > 0) return null;
      base = 1;
    }
    if (ch === '万') wan = base * 1e4;
    else {
      yi = (yi + base) * 1e8;
      wan = 0;
    }
    section = 0;
    digit = -1;
    lastUnit = ch === '万' ? 1e4 : 1e8;
    zero = false;
  }
  const tail = digit < 0 ? 0 : zero || lastUnit === 0 ? digit : digit * (lastUnit / 10);
  return yi + wan + section + tail;
}

const toAscii = (s: string) =>
  /[０-９．,]/.test(s) ? s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, '') : s;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Length of the decimal (\d+(\.\d+)?) that `s` opens with; 0 when it does not open with a digit. */
function decimalLength(s: string): number {
  let i = 0;
  while (isDigit(s.charCodeAt(i))) i++;
  if (i === 0 || s.charCodeAt(i) !== 0x2e || !isDigit(s.charCodeAt(i + 1))) return i;
  for (i += 2; isDigit(s.charCodeAt(i));) i++;
  return i;
}

/** The value of a numeral token with an optional trailing scale; null when it is not a well-formed number. */
export function parseNumeral(token: string): number | null {
  const s = toAscii(token);
  // An Arabic decimal and a scale (1.2万): scanned rather than matched, as this runs once per figure.
  const decimal = decimalLength(s);
  if (decimal > 0) {
    const power = scalePower(s.slice(decimal));
    return power === null ? null : scaleDecimal(s.slice(0, decimal), power);
  }
  const dec = CHINESE_DECIMAL.exec(s);
  if (dec) {
    const int = parseChineseInteger(dec[1]!);
    const power = scalePower(dec[3]!);
    if (int === null || power === null) return null;
    const frac = [...dec[2]!].map((c) => DIGIT[c]).join('');
    return scaleDecimal(`${int}.${frac}`, power);
  }
  return /^[零〇一二两三四五六七八九十百千万亿]+$/.test(s) ? parseChineseInteger(s) : null;
}
