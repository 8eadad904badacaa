import { fontSizes, fonts, themes, type ReaderPrefs } from '@/utils/settings';
import type { ReaderT } from './strings';

interface Props {
  t: ReaderT;
  prefs: ReaderPrefs;
  onPrefs: (change: Partial<ReaderPrefs>, ev: MouseEvent) => void;
  /** Absent when the document has no headings. */
  onToggleOutline?: () => void;
  outlineOpen: boolean;
  /** Absent where saving is not wired (tests of the layout alone). */
  onSave?: (ev: MouseEvent) => void;
  /** There is a selection in the article to save. */
  canSave: boolean;
  onClose: () => void;
}

const Icon = ({ d }: { d: string }) => (
  <svg
    viewBox="0 0 24 24"
    width="18"
    height="18"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
  >
    <path d={d} />
  </svg>
);

export function Toolbar({ t, prefs, onPrefs, onToggleOutline, outlineOpen, onSave, canSave, onClose }: Props) {
  const size = prefs.fontSize;
  return (
    <header class="jd-toolbar">
      <div class="jd-toolbar-start">
        {onToggleOutline && (
          <button
            type="button"
            class="jd-icon-btn jd-outline-toggle"
            title={t('toggleOutline')}
            aria-label={t('toggleOutline')}
            aria-pressed={outlineOpen}
            onClick={onToggleOutline}
          >
            <Icon d="M4 6h16M4 12h10M4 18h13" />
          </button>
        )}
        <span class="jd-brand">
          <span class="jd-brand-mark" aria-hidden="true">
            净
          </span>
          {t('brand')}
        </span>
      </div>
      <div class="jd-toolbar-end">
        {onSave && (
          <button type="button" class="jd-btn jd-save" title={canSave ? t('save') : t('saveHint')} disabled={!canSave} onClick={onSave}>
            <Icon d="M7 4h10v16l-5-3.5L7 20z" />
            {t('save')}
          </button>
        )}
        <div class="jd-group" role="group" aria-label={t('size', { n: size })}>
          <button
            type="button"
            class="jd-btn"
            aria-label={t('smaller')}
            title={t('smaller')}
            disabled={size <= fontSizes.min}
            onClick={(e) => onPrefs({ fontSize: size - fontSizes.step }, e)}
          >
            A<small>−</small>
          </button>
          <span class="jd-size" aria-live="polite">
            {size}
          </span>
          <button
            type="button"
            class="jd-btn"
            aria-label={t('larger')}
            title={t('larger')}
            disabled={size >= fontSizes.max}
            onClick={(e) => onPrefs({ fontSize: size + fontSizes.step }, e)}
          >
            A<small>+</small>
          </button>
        </div>
        <div class="jd-group" role="group" aria-label={t('font')}>
          {fonts.map((f) => (
            <button
              type="button"
              key={f}
              class={`jd-btn jd-font-${f}`}
              aria-pressed={prefs.font === f}
              onClick={(e) => onPrefs({ font: f }, e)}
            >
              {t(f)}
            </button>
          ))}
        </div>
        <div class="jd-group" role="group" aria-label={t('theme')}>
          {themes.map((th) => (
            <button
              type="button"
              key={th}
              class="jd-btn jd-theme-btn"
              aria-pressed={prefs.theme === th}
              title={t(th)}
              onClick={(e) => onPrefs({ theme: th }, e)}
            >
              <span class={`jd-swatch jd-swatch-${th}`} aria-hidden="true" />
              {t(th)}
            </button>
          ))}
        </div>
        <button type="button" class="jd-icon-btn jd-close" title={t('close')} aria-label={t('close')} onClick={onClose}>
          <Icon d="M6 6l12 12M18 6L6 18" />
        </button>
      </div>
    </header>
  );
}
