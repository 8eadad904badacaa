import { noiseKinds, setKept, type Settings } from '@/utils/settings';
import type { OptionsT, ShownKind } from './strings';
import { Switch } from './Switch';

interface Props {
  t: OptionsT;
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
}

const shown = noiseKinds.filter((k): k is ShownKind => k !== 'pinyin');

export function NoiseList({ t, settings, onChange }: Props) {
  const kept = new Set(settings.keep);
  return (
    <>
      <Switch
        label={t('pinyin')}
        hint={t('pinyinHint')}
        checked={!kept.has('pinyin')}
        onChange={(on) => onChange((s) => setKept(s, 'pinyin', !on))}
      />
      <ul class="kinds">
        {shown.map((kind) => (
          <li key={kind}>
            <label class="kind">
              <input
                type="checkbox"
                checked={!kept.has(kind)}
                onChange={(e) => {
                  const hide = e.currentTarget.checked;
                  onChange((s) => setKept(s, kind, !hide));
                }}
              />
              <span>
                <span class="kind-label">{t(`kind.${kind}`)}</span>
                <span class="kind-hint">{t(`kindHint.${kind}`)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
