import { translator, uiLang, type Dict, type Lang } from '@/utils/i18n';

type Key =
  | 'spin.heading'
  | 'spin.hint'
  | 'spin.noWords'
  | 'spin.showSpun'
  | 'spin.item'
  | 'spin.itemLabel'
  | 'spin.context'
  | 'script.converted'
  | 'script.mirror'
  | 'script.offer'
  | 'script.offerHint'
  | 'script.convert'
  | 'script.unavailable';

export const strings: Dict<Key> = {
  zh: {
    'spin.heading': '已修复 {n} 处伪原创改写',
    'spin.hint': '点击一处，在页面中显示它。',
    'spin.noWords': '词频词典未能加载：只修复了确定的改写，需要看上下文的没有改动。',
    'spin.showSpun': '显示伪原创原文',
    'spin.item': '{spun} → {restored}',
    'spin.itemLabel': '在页面中显示“{restored}”（原为“{spun}”）',
    'spin.context': '按上下文判断',
    'script.converted': '已把繁体转换为简体（OpenCC），共 {n} 字。',
    'script.mirror': '这是简体原文的繁体转载：{why}。',
    'script.offer': '这个页面是繁体字。',
    'script.offerHint': '它不像简体原文的转载（例如台湾或香港网站），所以保持繁体。',
    'script.convert': '转换为简体',
    'script.unavailable': '繁简转换词典未能加载，页面保持繁体。',
  },
  en: {
    'spin.heading': 'Repaired {n} spun rewrites',
    'spin.hint': 'Click one to see it in the page.',
    'spin.noWords': 'The word-frequency dictionary could not be loaded: only certain rewrites were repaired, none that need context.',
    'spin.showSpun': 'Show the spun original',
    'spin.item': '{spun} → {restored}',
    'spin.itemLabel': 'Show “{restored}” (was “{spun}”) in the page',
    'spin.context': 'decided in context',
    'script.converted': 'Converted from traditional to simplified script (OpenCC): {n} characters.',
    'script.mirror': 'A traditional-script copy of a simplified original: {why}.',
    'script.offer': 'This page is in traditional script.',
    'script.offerHint': 'It does not look like a copy of a simplified original (a Taiwan or Hong Kong site, say), so it stays as it is.',
    'script.convert': 'Convert to simplified',
    'script.unavailable': 'The conversion tables could not be loaded; the page stays in traditional script.',
  },
};

export type TextRepairT = ReturnType<typeof translator<Key>>;
export const textRepairText = (lang: Lang = uiLang()): TextRepairT => translator(strings, lang);
