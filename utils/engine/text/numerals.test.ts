import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumeral, scaleDecimal, scalePower } from './numerals';

describe('parseNumeral', () => {
  // chinese-text-rules.md §2.4, plus the forms the seeds and gold pages contain.
  const cases: Array<[string, number]> = [
    ['一千三百', 1300],
    ['两万三', 23000],
    ['三百五', 350],
    ['二十', 20],
    ['十二', 12],
    ['十二亿三千万', 1230000000],
    ['三点五', 3.5],
    ['一点二万', 12000],
    ['1.2万', 12000],
    ['1.67万', 16700],
    ['138.4万', 1384000],
    ['1,234', 1234],
    ['12,345.6万', 123456000],
    ['1.2亿', 120000000],
    ['1.1万', 11000],
    ['０.５万', 5000],
    ['１２３', 123],
    ['3千万', 30000000],
    ['一百零五', 105],
    ['一万零五百', 10500],
    ['三亿五', 350000000],
    ['两千', 2000],
    ['二十万', 200000],
    ['百', 100],
    ['千', 1000],
    ['万', 10000],
    ['千万', 10000000],
    ['万亿', 1e12],
    ['一百', 100],
    ['〇', 0],
  ];
  it.each(cases)('%s = %d', (token, value) => {
    expect(parseNumeral(token)).toBe(value);
  });

  it.each(['八一', '二〇二三', '十四五', '五六十', '七八', '', 'abc', '1.2.3', '1.2万x', '两点'])('%s is not a number', (token) => {
    expect(parseNumeral(token)).toBeNull();
  });
});

describe('exact decimal arithmetic', () => {
  it('moves the decimal point instead of multiplying floats', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(4.35 * 100).not.toBe(435);
    expect(scaleDecimal('4.35', 2)).toBe(435);
    expect(scaleDecimal('1.2', 8)).toBe(120000000);
    expect(scaleDecimal('0.07', 2)).toBe(7);
    expect(scaleDecimal('1.2345', 2)).toBe(123.45);
    expect(scaleDecimal('42', 0)).toBe(42);
  });

  it('is exact for every one- and two-place decimal times 万 and 亿', () => {
    for (let hundredths = 0; hundredths < 100000; hundredths += 7) {
      const s = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
      expect(parseNumeral(`${s}万`)).toBe(hundredths * 100);
      expect(parseNumeral(`${s}亿`)).toBe(hundredths * 1e6);
    }
  });

  it('scaling the digits as an integer gives what moving the decimal point in the string gives', () => {
    // The reference: shift the point in the text and let Number round once.
    const shifted = (decimal: string, power: number) => {
      const [int = '', frac = ''] = decimal.split('.');
      return frac.length <= power
        ? Number(int + frac + '0'.repeat(power - frac.length))
        : Number(`${int}${frac.slice(0, power)}.${frac.slice(power)}`);
    };
    const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${max}}$`));
    const decimal = fc.oneof(
      digits(22),
      fc.tuple(digits(12), digits(12)).map(([i, f]) => `${i}.${f}`),
    );
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 28 }), (d, power) => Object.is(scaleDecimal(d, power), shifted(d, power))),
      { numRuns: 20_000 },
    );
  });

  it('reads scales as powers of ten', () => {
    expect(scalePower('万')).toBe(4);
    expect(scalePower('千万')).toBe(7);
    expect(scalePower('万亿')).toBe(12);
    expect(scalePower('十万')).toBe(5);
    expect(scalePower('')).toBe(0);
    expect(scalePower('米')).toBeNull();
  });
});

describe('parseChineseInteger', () => {
  it('scales a trailing digit one place below the last unit unless 零 intervenes', () => {
    expect(parseChineseInteger('三万五')).toBe(35000);
    expect(parseChineseInteger('三万零五')).toBe(30005);
    expect(parseChineseInteger('一百二')).toBe(120);
  });

  it('accepts a bare unit only at the start', () => {
    expect(parseChineseInteger('十五')).toBe(15);
    expect(parseChineseInteger('五百十')).toBeNull();
  });
});
