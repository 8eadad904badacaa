import { fontSizes, fonts, themes, type ReaderPrefs, type Settings } from '@/utils/settings';
import type { OptionsT } from './strings';

interface Props {
  t: OptionsT;
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
}

export function ReaderDefaults({ t, settings, onChange }: Props) {
  const prefs = settings.reader;
  const set = (c: Partial<ReaderPrefs>) => onChange((s) => ({ ...s, reader: { ...s.reader, ...c } }));
  return (
    <div class="reader-defaults">
      <div class="controls">
        <fieldset>
          <legend>{t('theme')}</legend>
          <div class="choices">
            {themes.map((th) => (
              <label key={th} class={`choice theme-${th}`}>
                <input type="radio" name="theme" value={th} checked={prefs.theme === th} onChange={() => set({ theme: th })} />
                <span class="choice-swatch" aria-hidden="true">
                  文
                </span>
                {t(th)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('font')}</legend>
          <div class="choices">
            {fonts.map((f) => (
              <label key={f} class={`choice font-${f}`}>
                <input type="radio" name="font" value={f} checked={prefs.font === f} onChange={() => set({ font: f })} />
                <span class="choice-glyph" aria-hidden="true">
                  永
                </span>
                {t(f)}
              </label>
            ))}
          </div>
        </fieldset>
        <label class="size">
          <span class="size-label">
            {t('fontSize')} <output>{t('px', { n: prefs.fontSize })}</output>
          </span>
          <input
            type="range"
            min={fontSizes.min}
            max={fontSizes.max}
            step={fontSizes.step}
            value={prefs.fontSize}
            onInput={(e) => set({ fontSize: Number(e.currentTarget.value) })}
          />
        </label>
      </div>
      <figure
        class={`preview theme-${prefs.theme} font-${prefs.font}`}
        style={{ fontSize: `${prefs.fontSize}px` }}
        aria-label={t('preview')}
      >
        <h4>{t('previewTitle')}</h4>
        <p lang="zh-CN">{t('previewText')}</p>
      </figure>
    </div>
  );
}
