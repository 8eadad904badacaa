import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hostRules } from '@/utils/engine/hosts/all';
import type { ExtractResult } from '@/utils/engine/types';
import { uiLang, type Lang } from '@/utils/i18n';
import type { ReaderPrefs } from '@/utils/settings';
import { useActiveHeading } from './active-heading';
import { readerDoc, readingSize, type ReaderBlock } from '@/utils/markdown-blocks';
import { OutlineSidebar } from './OutlineSidebar';
import { ReadImagesBar, type ReaderOcr } from './ReadImagesBar';
import { ReaderToast, type ReaderNotice } from './ReaderToast';
import { selectedText } from './selection';
import { readerT } from './strings';
import { Toolbar } from './Toolbar';

export interface ReaderProps {
  result: ExtractResult;
  prefs: ReaderPrefs;
  /** Called with every change the user makes, to remember it. */
  onPrefs: (prefs: ReaderPrefs) => void;
  onClose: () => void;
  /** Called with the text selected in the article when the user saves it. */
  onSave?: (text: string) => void;
  /** How the last save went. */
  notice?: ReaderNotice | null;
  lang?: Lang;
  /** Read image pages (OCR) from the reader; absent where it is not wired. */
  ocr?: ReaderOcr;
}

/** Chinese reading speed, characters per minute. */
const PER_MINUTE = 400;

export function Reader({ result, prefs: initial, onPrefs, onClose, onSave, notice = null, lang = uiLang(), ocr }: ReaderProps) {
  const t = readerT(lang);
  const [prefs, setPrefs] = useState(initial);
  const [outlineOpen, setOutlineOpen] = useState(true);
  const doc = useMemo(() => readerDoc(result.markdown, result.title), [result]);
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  const [canSave, setCanSave] = useState(false);
  const headingEls = useRef<HTMLElement[]>([]);
  const [active, pin] = useActiveHeading(scroller, headingEls, doc.headings.length);

  useLayoutEffect(() => root.current?.focus({ preventScroll: true }), []);

  // The document reports every selection change, also those inside the reader's shadow root.
  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc || !onSave) return;
    const update = () => setCanSave(article.current !== null && selectedText(article.current) !== '');
    doc.addEventListener('selectionchange', update);
    return () => doc.removeEventListener('selectionchange', update);
  }, [onSave]);

  // The shadow root is open, so page scripts can select in it and click: only the user's own click saves.
  const save = (ev: MouseEvent) => {
    const text = ev.isTrusted && article.current ? selectedText(article.current) : '';
    if (text && onSave) onSave(text);
  };

  // A page script clicking in the open shadow root may restyle this view, never the stored settings.
  const change = (c: Partial<ReaderPrefs>, ev: MouseEvent) => {
    const next = { ...prefs, ...c };
    setPrefs(next);
    if (ev.isTrusted) onPrefs(next);
  };

  const goTo = (i: number) => {
    const box = scroller.current;
    const el = headingEls.current[i];
    if (!box || !el) return;
    const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 24;
    const target = Math.max(0, Math.min(top, box.scrollHeight - box.clientHeight));
    pin(i, Math.abs(target - box.scrollTop) > 1);
    box.scrollTo({ top: target, behavior: 'smooth' });
    el.focus({ preventScroll: true });
  };

  const size = readingSize(result.text);
  const site = hostRules.find((r) => r.id === result.site)?.name[lang];
  const hasOutline = doc.headings.length > 0;

  const block = (b: ReaderBlock, key: number) => {
    if (b.kind === 'para') return <p key={key}>{b.text}</p>;
    if (b.kind === 'list')
      return (
        <ul key={key}>
          {b.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    const H = `h${b.level}` as 'h2';
    return (
      <H key={key} tabIndex={-1} ref={(el: HTMLElement | null) => void (el && (headingEls.current[b.index] = el))}>
        {b.text}
      </H>
    );
  };

  return (
    <div
      ref={root}
      class="jd-reader"
      data-theme={prefs.theme}
      data-font={prefs.font}
      style={`--jd-size:${prefs.fontSize}px`}
      role="dialog"
      aria-modal="true"
      aria-label={t('dialog')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <Toolbar
        t={t}
        prefs={prefs}
        onPrefs={change}
        outlineOpen={outlineOpen}
        onToggleOutline={hasOutline ? () => setOutlineOpen(!outlineOpen) : undefined}
        onSave={onSave && save}
        canSave={canSave}
        onClose={onClose}
      />
      <div class="jd-layout">
        {hasOutline && outlineOpen && <OutlineSidebar t={t} headings={doc.headings} active={active} onPick={goTo} />}
        <div class="jd-scroll" ref={scroller}>
          <article class="jd-article" lang="zh-CN" ref={article}>
            <header class="jd-head">
              {site && <p class="jd-site">{site}</p>}
              <h1>{result.title.trim() || t('untitled')}</h1>
              {size > 0 && (
                <p class="jd-stats">
                  {t('stats', {
                    chars: size.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'),
                    minutes: Math.max(1, Math.round(size / PER_MINUTE)),
                  })}
                </p>
              )}
            </header>
            {result.textLayer === 'preview-only' && <p class="jd-notice">{t('preview')}</p>}
            {ocr && result.textLayer !== 'full' && <ReadImagesBar ocr={ocr} lang={lang} />}
            {doc.blocks.length ? doc.blocks.map(block) : <p class="jd-notice">{t('empty')}</p>}
            {doc.blocks.length > 0 && (
              <p class="jd-end" aria-hidden="true">
                {t('end')}
              </p>
            )}
          </article>
        </div>
      </div>
      <ReaderToast notice={notice} lang={lang} />
    </div>
  );
}
