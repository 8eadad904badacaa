import { translator, uiLang, type Dict, type Lang } from '@/utils/i18n';
import type { OcrProgress } from '@/utils/page/ocr-run';

type Key = 'read' | 'readHint' | 'stop' | 'progress' | 'left' | 'stopped' | 'finished' | 'cached' | 'empty' | 'failed' | 'unavailable';

const strings: Dict<Key> = {
  zh: {
    read: '识别图片页',
    readHint: '在本机识别页面上已加载的 {n} 张页面图片中的文字（不联网）',
    stop: '停止',
    progress: '第 {n} / {total} 页',
    left: '约剩 {s} 秒',
    stopped: '已停止：识别了 {n} / {total} 页',
    finished: '已识别 {total} 页',
    cached: '（{n} 页来自缓存）',
    empty: '第 {pages} 页未找到文字',
    failed: '第 {pages} 页识别失败',
    unavailable: '识别不可用：{reason}',
  },
  en: {
    read: 'Read image pages',
    readHint: 'Reads the text of the {n} page images this page has loaded, on this computer (nothing is sent)',
    stop: 'Stop',
    progress: 'Page {n} of {total}',
    left: 'about {s} s left',
    stopped: 'Stopped: {n} of {total} pages read',
    finished: '{total} pages read',
    cached: '({n} from the cache)',
    empty: 'No text found on page {pages}',
    failed: 'Reading failed on page {pages}',
    unavailable: 'Reading is not available: {reason}',
  },
};

export type OcrT = ReturnType<typeof translator<Key>>;
export const ocrText = (lang: Lang = uiLang()): OcrT => translator(strings, lang);

/** A running read, as the popup and the reader say it: the page being read and, once known, the time left. */
export const runningLine = (t: OcrT, p: OcrProgress): string =>
  t('progress', { n: Math.min(p.done + 1, p.total), total: p.total }) +
  (p.secondsLeft !== null ? ` · ${t('left', { s: p.secondsLeft })}` : '');

/** An ended read: stopped part way, or all pages read. */
export const endedLine = (t: OcrT, p: OcrProgress): string =>
  p.stopped ? t('stopped', { n: p.done, total: p.total }) : t('finished', { total: p.total });
