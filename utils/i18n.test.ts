import { describe, expect, it } from 'vitest';
import { translator, uiLang, type Dict } from './i18n';

const dict: Dict<'removed'> = { zh: { removed: '已去除 {n} 处' }, en: { removed: '{n} removed' } };

describe('i18n', () => {
  it('uses Chinese for zh browsers and English otherwise', () => {
    expect(uiLang('zh-CN')).toBe('zh');
    expect(uiLang('zh-TW')).toBe('zh');
    expect(uiLang('en-US')).toBe('en');
    expect(uiLang('fr')).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator(dict, 'zh')('removed', { n: 3 })).toBe('已去除 3 处');
    expect(translator(dict, 'en')('removed')).toBe('{n} removed');
  });
});
