import { describe, expect, it } from 'vitest';
import { body, h, heads, p, texts } from './test-cases';

describe('ranks and levels', () => {
  it('ranks the GB/T 9704 levels', () => {
    const blocks = [
      p('第一部分 总体情况'),
      p('一、主要成效'),
      p('（一）强化组织领导'),
      p('1.健全工作机制。成立领导小组。'),
      p('（1）明确责任分工。责任到人。'),
      p('（2）完善考核办法。考核到位。'),
      p('2.加大保障力度。经费到位。'),
      p('（二）深化宣传教育'),
      p('二、存在问题'),
      p('第二部分 下步打算'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '总体情况'],
      [2, '主要成效'],
      [3, '强化组织领导'],
      [4, '健全工作机制'],
      [5, '明确责任分工'],
      [5, '完善考核办法'],
      [4, '加大保障力度'],
      [3, '深化宣传教育'],
      [2, '存在问题'],
      [1, '下步打算'],
    ]);
  });

  it('levels are relative: the top level present is 1', () => {
    expect(heads([p('（一）强化组织领导'), p('1.健全工作机制。成立领导小组。'), p('（二）深化宣传教育')])).toEqual([
      [1, '强化组织领导'],
      [2, '健全工作机制'],
      [1, '深化宣传教育'],
    ]);
  });

  it('lists ① and A. only when no higher level exists', () => {
    expect(texts([p('①加强领导'), p('②落实责任')])).toEqual(['加强领导', '落实责任']);
    expect(texts([p('一、加强领导'), p('①成立小组'), p('②落实责任')])).toEqual(['加强领导']);
  });

  it('bold lines and h1–h6 count on their own', () => {
    const blocks = [
      body('开头'),
      p('强保障构建新时代双拥大格局', true),
      body('赣州市'),
      h(3, '工作成效'),
      body('全市'),
      h(4, '经验做法'),
      body('各级'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '强保障构建新时代双拥大格局'],
      [1, '工作成效'],
      [2, '经验做法'],
    ]);
  });

  it('bold sections sit above the numbered paragraphs they hold', () => {
    const blocks = [
      p('强化组织领导', true),
      p('1.健全工作机制。成立领导小组,定期研究双拥工作。'),
      p('2.加大保障力度。每年安排专项经费。'),
      p('深化宣传教育', true),
      p('1.开展主题活动。组织宣讲团进学校。'),
    ];
    expect(heads(blocks)).toEqual([
      [1, '强化组织领导'],
      [2, '健全工作机制'],
      [2, '加大保障力度'],
      [1, '深化宣传教育'],
      [2, '开展主题活动'],
    ]);
  });

  it('levels are integers from 1 with no gaps, whatever ranks are present', () => {
    const cases = [
      [p('（一）强化组织领导'), p('（1）明确责任分工。责任到人。'), p('（二）深化宣传教育')],
      [p('第一部分 总体情况'), p('1.健全工作机制。成立领导小组。'), p('①成立小组'), p('第二部分 下步打算')],
      [h(2, '工作成效'), h(5, '经验做法'), body('各级'), p('一、加强组织领导'), p('1.健全工作机制。成立领导小组。')],
    ];
    for (const blocks of cases) {
      const levels = heads(blocks).map(([l]) => l as number);
      expect(Math.min(...levels)).toBe(1);
      const present = [...new Set(levels)].sort();
      expect(present).toEqual(present.map((_, i) => i + 1));
    }
  });
});
