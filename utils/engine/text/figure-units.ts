import type { Bound, FigureKind } from '../types';

/**
 * The vocabulary of a report figure (chinese-text-rules.md §2.2), as data. A unit only counts when it is
 * not the first character of a longer word: `notBefore` is a regex of what would make it one (部队,
 * 项目, 条件, 场所…).
 */
export interface UnitDef {
  unit: string;
  kind: FigureKind;
  notBefore?: string;
  /** After a Chinese numeral this unit is an ordinal or a phase (十四届, 二期, 三度), not a count. */
  arabicOnly?: boolean;
  /**
   * After a bare small Chinese numeral this classifier names a formula far more often than a count
   * (四个优先, 六个方面, 十项实事, 三次挖断): reports write real counts in Arabic digits (GB/T 15835).
   */
  formula?: boolean;
  /**
   * A length of time (年, 个月, 个季度): never a count on its own (2019年, 3个月), only as the length of
   * a streak (连续11年). A longer word that starts with another unit (个 + 月) also keeps that unit off
   * it: 3个月 is not "3个".
   */
  duration?: boolean;
  /** Counts an event that can repeat in a row: 连续九次, 连续三届 (durations can too: 连续11年). */
  repeats?: boolean;
  /** After a number in a title line it states a figure, so the line is no heading (§1.4). */
  titles?: boolean;
  /**
   * So common after a number that a line starting with it continues a line that ended in a digit: a
   * hard wrap between 共58 and 个村.
   */
  wraps?: boolean;
}

export const UNITS: UnitDef[] = [
  { unit: '元', kind: 'money', notBefore: '[旦素宵月]', titles: true, wraps: true },
  { unit: '块钱', kind: 'money' },
  { unit: '美元', kind: 'money' },
  { unit: '人次', kind: 'count' },
  { unit: '人', kind: 'count', notBefore: '[民大社防武口才居]', titles: true, wraps: true },
  { unit: '名', kind: 'count', notBefore: '[单称义额誉城牌校胜]', titles: true, wraps: true },
  { unit: '位', kind: 'count', notBefore: '[于置次列居数]' },
  { unit: '户', kind: 'count', notBefore: '[籍口型外]' },
  { unit: '个家庭', kind: 'count' },
  { unit: '个百分点', kind: 'percent' },
  { unit: '个课时', kind: 'count' },
  { unit: '个学时', kind: 'count' },
  // 个月, 个季度, 个小时… are durations (below).
  { unit: '个', kind: 'count', formula: true, titles: true, wraps: true },
  { unit: '处', kind: 'count', notBefore: '[理置长罚于室分]', formula: true, titles: true, wraps: true },
  { unit: '家', kind: 'count', notBefore: '[属乡园具政]', titles: true, wraps: true },
  { unit: '项', kind: 'count', notBefore: '[目]', formula: true, titles: true, wraps: true },
  { unit: '条', kind: 'count', notBefore: '[件例款]', formula: true, titles: true, wraps: true },
  { unit: '所', kind: 'count', notBefore: '[以有在属得谓长]', titles: true, wraps: true },
  { unit: '座', kind: 'count', notBefore: '[谈]' },
  { unit: '台次', kind: 'count' },
  { unit: '台', kind: 'count', notBefore: '[阶湾山河区]' },
  { unit: '辆', kind: 'count' },
  { unit: '架次', kind: 'count' },
  { unit: '件', kind: 'count', formula: true, titles: true, wraps: true },
  { unit: '份', kind: 'count' },
  { unit: '篇', kind: 'count', notBefore: '[章]' },
  { unit: '部', kind: 'count', notBefore: '[队门署分长委位]' },
  { unit: '场次', kind: 'count', repeats: true },
  { unit: '场', kind: 'count', notBefore: '[所地景面馆]', repeats: true },
  { unit: '次', kind: 'count', notBefore: '[数要]', formula: true, repeats: true, titles: true, wraps: true },
  { unit: '批', kind: 'count', notBefore: '[准示复评]', repeats: true },
  // 支队 is a named formation (武警X支队), 支前 a verb; 支队伍 is a count of teams.
  { unit: '支', kind: 'count', notBefore: '[持援撑出付柱部前]|队(?!伍)' },
  { unit: '块', kind: 'count' },
  { unit: '棵', kind: 'count' },
  { unit: '株', kind: 'count' },
  { unit: '套', kind: 'count' },
  { unit: '张', kind: 'count', notBefore: '[贴]' },
  { unit: '本', kind: 'count', notBefore: '[人地级市年次单身着质]' },
  { unit: '册', kind: 'count' },
  { unit: '期', kind: 'count', notBefore: '[间限望待末]', arabicOnly: true, repeats: true },
  { unit: '届', kind: 'count', arabicOnly: true, repeats: true },
  { unit: '轮', kind: 'count', repeats: true },
  { unit: '课时', kind: 'count' },
  { unit: '学时', kind: 'count' },
  { unit: '类', kind: 'count', notBefore: '[似]', formula: true },
  { unit: '种', kind: 'count', notBefore: '[植养子]', formula: true },
  { unit: '节', kind: 'count', notBefore: '[日约点能目]' },
  { unit: '批次', kind: 'count' },
  { unit: '户次', kind: 'count' },
  // 起 and 例 count cases (办理案件32起, 确诊病例3例); 宗 too (5宗土地).
  { unit: '起', kind: 'count', notBefore: '[来步草诉始航点]' },
  { unit: '例', kind: 'count', notBefore: '[如外会行子证句题]' },
  { unit: '宗', kind: 'count', notBefore: '[旨教族祠亲师]' },
  { unit: '栋', kind: 'count', notBefore: '[梁]' },
  { unit: '间', kind: 'count', notBefore: '[隔断接歇距]' },
  { unit: '艘', kind: 'count' },
  { unit: '枚', kind: 'count' },
  { unit: '首', kind: 'count', notBefore: '[先次届批都长位要脑府创发席]' },
  { unit: '幅', kind: 'count', notBefore: '[度员]' },
  { unit: '盏', kind: 'count' },
  // 三门峡, 五门功课: after a Chinese numeral 门 is mostly a name.
  { unit: '门', kind: 'count', notBefore: '[口户诊店槛类市窗票路禁峡]', arabicOnly: true },
  { unit: '平方公里', kind: 'area' },
  { unit: '平方米', kind: 'area', titles: true },
  { unit: '公顷', kind: 'area' },
  { unit: '亩', kind: 'area', titles: true },
  { unit: '公里', kind: 'length', titles: true },
  { unit: '千米', kind: 'length' },
  { unit: '米', kind: 'length' },
  { unit: '吨', kind: 'weight', titles: true },
  { unit: '公斤', kind: 'weight' },
  { unit: '千克', kind: 'weight' },
  { unit: '斤', kind: 'weight' },
  { unit: '立方米', kind: 'other' },
  { unit: '千瓦时', kind: 'other' },
  { unit: '千瓦', kind: 'other' },
  { unit: '度', kind: 'other', arabicOnly: true },
  { unit: '倍', kind: 'other' },
  { unit: '成', kind: 'other', notBefore: '[立为果效员功长本绩就型熟片交]', arabicOnly: true },
  // Durations: 周年 is an anniversary.
  { unit: '年', kind: 'count', duration: true, titles: true },
  { unit: '个年头', kind: 'count', duration: true },
  { unit: '个季度', kind: 'count', duration: true },
  { unit: '季度', kind: 'count', duration: true },
  { unit: '个月', kind: 'count', duration: true },
  { unit: '个星期', kind: 'count', duration: true },
  { unit: '周', kind: 'count', notBefore: '年', duration: true },
  { unit: '个工作日', kind: 'count', duration: true },
  { unit: '天', kind: 'count', duration: true },
  { unit: '个小时', kind: 'count', duration: true },
  { unit: '小时', kind: 'count', duration: true },
];

/** Words right before a number that bound it, longest first so 将近 wins over 近. */
export const QUALIFIERS: Array<{ text: string; bound: Bound; notAfter?: string }> = [
  { text: '不超过', bound: 'upper' },
  { text: '将近', bound: 'upper' },
  { text: '接近', bound: 'upper' },
  { text: '不足', bound: 'upper' },
  { text: '不到', bound: 'upper' },
  { text: '超过', bound: 'lower', notAfter: '赶' },
  { text: '突破', bound: 'lower' },
  { text: '高达', bound: 'lower' },
  { text: '多达', bound: 'lower' },
  { text: '达到', bound: 'lower', notAfter: '未' },
  { text: '至少', bound: 'lower' },
  { text: '大约', bound: 'approx' },
  { text: '约计', bound: 'approx' },
  { text: '大概', bound: 'approx' },
  { text: '近', bound: 'upper', notAfter: '最附临逼亲靠贴' },
  { text: '超', bound: 'lower', notAfter: '赶高' },
  { text: '逾', bound: 'lower' },
  { text: '达', bound: 'lower', notAfter: '下传表发送抵到直通转雷豁' },
  { text: '约', bound: 'approx', notAfter: '节制预签合公条契邀相' },
  // Distributive: 各10人 is ten each.
  { text: '各', bound: 'exact' },
];

/** Words right after the unit. 上下 only at the end of a clause, where it cannot start 上下班. */
export const POSTFIX_BOUND: Record<string, Bound> = { 左右: 'approx', 上下: 'approx', 以上: 'lower', 以下: 'upper' };
