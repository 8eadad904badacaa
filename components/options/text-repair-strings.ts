import { translator, uiLang, type Dict, type Lang } from '@/utils/i18n';

type Key = 'title' | 'hint' | 'repairSpin' | 'repairSpinHint' | 'simplifyMirrors' | 'simplifyMirrorsHint';

export const strings: Dict<Key> = {
  zh: {
    title: '文本修复',
    hint: '只改显示和复制的文字，随时能切回原文。',
    repairSpin: '修复伪原创改写',
    repairSpinHint: '把机器“伪原创”换掉的词改回来（如“慰征询”→“慰问”）；只在明显被改写的页面上进行，弹出窗口列出每一处。',
    simplifyMirrors: '繁体转载转换为简体',
    simplifyMirrorsHint:
      '简体原文被转成繁体的转载页（范文站、带拼音注音等）用 OpenCC 转回简体；台湾、香港等普通繁体网站不转换，可在弹出窗口里手动转换。',
  },
  en: {
    title: 'Text repairs',
    hint: 'They change only the text shown and copied; the original is always one click away.',
    repairSpin: 'Repair spun (伪原创) rewrites',
    repairSpinHint: 'Puts back words a rewriting tool swapped (慰征询 → 慰问), only on pages clearly rewritten; the popup lists each one.',
    simplifyMirrors: 'Convert traditional-script copies to simplified',
    simplifyMirrorsHint:
      'Copies of simplified originals turned into traditional script (model-essay sites, pages with pinyin) go back to simplified with OpenCC; ordinary Taiwan or Hong Kong sites stay as they are unless you convert them from the popup.',
  },
};

export type TextRepairOptionsT = ReturnType<typeof translator<Key>>;
export const textRepairOptionsText = (lang: Lang = uiLang()): TextRepairOptionsT => translator(strings, lang);
