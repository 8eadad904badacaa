import { pinyinReadings } from './pinyin-dictionary';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../../../tests/pages';
import { chunk, countPinyin, hasPinyinCandidate, plainWord, stripPinyin } from './pinyin';

// chinese-text-rules.md §3.3 (P36–P38 are <ruby> cases, handled on the DOM).
const positives: Array<[string, string, string]> = [
  ['P1', '全国(quánguó)著名', '全国著名'],
  ['P2', '双拥(shuāngyōng)(shuāngyōng)红色', '双拥红色'],
  ['P3', '20个县(市、区(qū))', '20个县(市、区)'],
  ['P4', '全国（quánguó）', '全国'],
  ['P5', '著名(zhù míng)', '著名'],
  ['P6', "西安(Xī'ān)", '西安'],
  ['P7', "天安门(tiān'ānmén)", '天安门'],
  ['P8', '绿色(lǜsè)', '绿色'],
  ['P9', '绿色(lv4se4)', '绿色'],
  ['P10', '中国(zhong1guo2)', '中国'],
  ['P11', '中国(zhōng guó)', '中国'],
  ['P12', '女兵(nǚbīng)', '女兵'],
  ['P13', '替烈士看(kàn)爹娘', '替烈士看爹娘'],
  ['P14', '任务和(hé)“一把手”', '任务和“一把手”'],
  ['P15', '综合体16个(gè)', '综合体16个'],
  ['P16', '急难险重(jínànxiǎnzhòng)任务', '急难险重任务'],
  ['P17', '各级党委(gèjídǎngwěi)', '各级党委'],
  ['P18', '“五连冠(wǔliánguān)”', '“五连冠”'],
  ['P19', '就业(jiùyè)(jiùyè)安置', '就业安置'],
  ['P20', '主旋律(zhǔxuánlǜ)', '主旋律'],
  ['P21', '长征(chángzhēng)', '长征'],
  ['P22', '银行(yínháng)', '银行'],
  ['P23', '部队(budui)', '部队'],
  ['P24', '的(de)', '的'],
  ['P25', '全国 (quánguó)', '全国'],
  ['P26', '模范城(mó fàn chéng)', '模范城'],
  ['P27', '乡村振兴(xiāngcūn zhènxīng)', '乡村振兴'],
  ['P28', '女(nü3)', '女'],
  ['P29', '战略(zhànlüè)', '战略'],
  ['P30', '第二(dì-èr)', '第二'],
  ['P31', '重庆(Chóngqìng)', '重庆'],
  ['P32', '驻市部队(zhùshìbùduì)(zhùshìbùduì)(zhùshìbùduì)', '驻市部队'],
  ['P33', '拥军（yōng jūn）优属', '拥军优属'],
  ['P34', '发展新(xīn)局面', '发展新局面'],
  ['P35', '提出(tíchū)要以“不破(pò)法规破常规”', '提出要以“不破法规破常规”'],
  ['P39', '慰问(wèiwèn)驻军(zhùjūn)', '慰问驻军'],
  ['P40', '吕(Lǚ)梁', '吕梁'],
];

// chinese-text-rules.md §3.4: kept verbatim.
const negatives: Array<[string, string]> = [
  ['N1', '赣州市(江西省双拥办)'],
  ['N2', '综述(2024年8月1日)'],
  ['N3', '20个县(市、区)'],
  ['N4', 'PCM语音网络(PCM)'],
  ['N5', '国内生产总值(GDP)'],
  ['N6', '中国(China)'],
  ['N7', '北京大学(Peking University)'],
  ['N8', '北京(Beijing)'],
  ['N9', '张三(Zhang San)'],
  ['N10', '应用(App)'],
  ['N11', '服务中心(站)'],
  ['N12', '公务员(含参公)岗位'],
  ['N13', '“三后”(后路、后院、后代)'],
  ['N14', '(一)全力支持部队建设'],
  ['N15', '(1)做好师资队伍'],
  ['N16', '方案(a)'],
  ['N17', '附件(e)'],
  ['N18', '人工智能(ai)'],
  ['N19', '地区(xian)'],
  ['N20', '10公顷(ha)'],
  ['N21', '第五代移动通信(5G)'],
  ['N22', '无线网络(Wi-Fi)'],
  ['N23', '距离(km)'],
  ['N24', '认证(ISO 9001)'],
  ['N25', '疫情(COVID-19)'],
  ['N26', '兵(警)力'],
  ['N27', '困难高中生(大学生)'],
  ['N28', '示范校(村镇)'],
  ['N29', '办法(试行)'],
  ['N30', '详见(附件1)'],
  ['N31', '上海(SH)'],
  ['N32', '消费价格指数(CPI)'],
  ['N33', '退役军人事务部(以下简称“退役军人部”)'],
  ['N34', '单位(万元)'],
  ['N35', '信号(2G、3G)'],
  ['N36', '马龙(Ma Long)'],
  ['N37', '等级(Ⅰ)'],
  ['N38', '韩国(han)'],
  ['N39', '好的(OK)'],
  ['N40', '标准(GB/T 9704-2012)'],
];

describe('stripPinyin: positives (§3.3)', () => {
  it.each(positives)('%s %s', (_id, input, output) => {
    expect(stripPinyin(input, pinyinReadings).text).toBe(output);
  });
});

describe('stripPinyin: negatives (§3.4)', () => {
  it.each(negatives)('%s %s', (_id, input) => {
    const r = stripPinyin(input, pinyinReadings);
    expect(r.text).toBe(input);
    expect(r.spans).toEqual([]);
  });
});

describe('stripPinyin: details', () => {
  it('handles per-character annotations on traditional text (form B)', () => {
    expect(stripPinyin('全國(guó)雙擁模范城稱(chēng)號(hào)', pinyinReadings).text).toBe('全國雙擁模范城稱號');
    expect(stripPinyin('過(guò)程中當著(zhù)病人面接聽(tīng)私人電話(huà)', pinyinReadings).text).toBe('過程中當著病人面接聽私人電話');
  });

  it('uses `before` to verify an annotation at the start of the text', () => {
    expect(stripPinyin('(quánguó)著名', pinyinReadings, '全国')).toEqual({
      text: '著名',
      spans: [{ start: 0, end: 9, raw: '(quánguó)' }],
    });
    expect(stripPinyin('(quánguó)著名', pinyinReadings).text).toBe('(quánguó)著名');
    // An annotation inside `before` is not ours to remove.
    expect(stripPinyin('著名', pinyinReadings, '全国(quánguó)').text).toBe('著名');
  });

  it('reports spans as offsets into the original text', () => {
    const input = '双拥(shuāngyōng)(shuāngyōng)红色，全国 (quánguó)著名';
    const { text, spans } = stripPinyin(input, pinyinReadings);
    expect(text).toBe('双拥红色，全国著名');
    expect(spans.map((s) => s.raw)).toEqual(['(shuāngyōng)', '(shuāngyōng)', ' (quánguó)']);
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.raw);
    expect(spans[0]?.start).toBe(2);
    expect(spans[1]?.start).toBe(spans[0]?.end);
  });

  it('handles nested brackets and reports the inner span', () => {
    const input = '20个县(市、区(qū))';
    const { spans } = stripPinyin(input, pinyinReadings);
    expect(spans).toEqual([{ start: 8, end: 12, raw: '(qū)' }]);
  });

  it('resolves ambiguous segmentation by the characters (xi-an vs xian)', () => {
    expect(stripPinyin('西安(xian)', pinyinReadings).text).toBe('西安');
    expect(stripPinyin('县(xian)', pinyinReadings).text).toBe('县');
  });

  it('countPinyin counts removable annotations only', () => {
    expect(countPinyin('全国(quánguó)著名(zhùmíng)，北京(Beijing)，中国(China)', pinyinReadings)).toBe(2);
    expect(countPinyin('双拥(shuāngyōng)(shuāngyōng)', pinyinReadings)).toBe(2);
    expect(countPinyin('没有注音的文本', pinyinReadings)).toBe(0);
  });

  it('hasPinyinCandidate is false on plain text and true on candidates', () => {
    expect(hasPinyinCandidate('赣州是全国著名的革命老区，是原中央苏区的主体和核心区。')).toBe(false);
    expect(hasPinyinCandidate('全国双拥模范城(县)巡礼')).toBe(false);
    expect(hasPinyinCandidate('Hello (world)')).toBe(false);
    expect(hasPinyinCandidate('全国(quánguó)')).toBe(true);
    expect(hasPinyinCandidate('(quánguó)著名')).toBe(true);
  });

  it('hasPinyinCandidate answers as a one-regex gate over the hanzi isHan knows, on generated text', () => {
    const gate = /(?:^|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\s?[(（]\s*[A-Za-zÜüàáèéìíòóùúĀ-ǜḿ]/;
    const unit = fc.constantFrom(...'国䷀豈 \u3000\n(（)）qáZ1,，'.split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => hasPinyinCandidate(units.join('')) === gate.test(units.join(''))),
      { numRuns: 20_000 },
    );
  });
});

describe('stripPinyin: passes', () => {
  it('stops only when another pass would find nothing, on generated text', () => {
    // Annotations side by side, spaced, and around one another need a later pass: "国(guó) (guó)"
    // is left "国 (guó)" by the first. Stopping early would leave an annotation a second strip removes.
    const unit = fc.constantFrom(
      '国',
      '全',
      '西',
      '安',
      '书',
      ' ',
      '  ',
      '(guó)',
      '(quán)',
      '（guó）',
      '(xī)',
      "(xī'ān)",
      '(ān)',
      '(x)',
      '(',
      ')',
      'a',
      '，',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
        const input = units.join('');
        const { text, spans } = stripPinyin(input, pinyinReadings);
        const kept = spans.reduceRight((t, s) => t.slice(0, s.start) + t.slice(s.end), input);
        return stripPinyin(text, pinyinReadings).text === text && kept === text;
      }),
      { numRuns: 20_000 },
    );
  });

  it('removes annotations that only a later pass reaches', () => {
    expect(stripPinyin('国(guó) (guó)', pinyinReadings).text).toBe('国');
    expect(stripPinyin('全国 (quánguó) (quánguó) (quánguó)著名', pinyinReadings).text).toBe('全国著名');
  });
});

describe('stripPinyin: seed 002', () => {
  const dir = seedsDir;
  const file = readdirSync(dir).find((f) => f.startsWith('002_'));
  const seed = file ? readFileSync(join(dir, file), 'utf8') : '';

  it.runIf(seed)('removes every toned annotation and keeps the Han brackets', () => {
    const { text, spans } = stripPinyin(seed, pinyinReadings);
    expect(text).not.toMatch(/[(（][a-zü' ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]*[)）]/i);
    for (const kept of ['(江西省双拥办)', '(市、区)', '(街道)', '(社区)', '(县)']) expect(text).toContain(kept);
    expect(spans.length).toBe(156); // §3.1: 156/156 on this seed
    for (const s of spans) expect(seed.slice(s.start, s.end)).toBe(s.raw);
    expect(text.length).toBe(seed.length - spans.reduce((n, s) => n + s.end - s.start, 0));
  });

  it.runIf(seed)('is fast on a 100K-character text', () => {
    let big = '';
    while (big.length < 100_000) big += seed;
    stripPinyin(big, pinyinReadings); // warm up the reading cache and JIT
    const t0 = performance.now();
    const { spans } = stripPinyin(big, pinyinReadings);
    const ms = performance.now() - t0;
    console.log(`stripPinyin: ${big.length} chars, ${spans.length} annotations, ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(500); // generous for CI; target is < 100 ms
  });
});

describe('plainWord', () => {
  const letters = [..."abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüvAQ1 'ńḿ"];
  it('reads a plain word exactly as the general path does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
        (inner) => {
          const word = plainWord(inner);
          if (word === null) return true;
          const nfd = inner.normalize('NFD');
          return (
            inner === inner.toLowerCase() &&
            !/[mn][\u0300\u0301\u0304\u030c]/.test(nfd) &&
            JSON.stringify(chunk(nfd)) === JSON.stringify([word])
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('leaves separators, digits and capitals to the general path', () => {
    expect(plainWord('quánguó')).toBe('quanguo');
    expect(plainWord('lǜ')).toBe('lü');
    expect(plainWord('jǔ')).toBe('ju');
    expect(plainWord("xī'ān")).toBeNull();
    expect(plainWord('zhong1')).toBeNull();
    expect(plainWord('Beijing')).toBeNull();
  });
});
