import type { Settings } from '@/utils/settings';
import { Section } from './Section';
import type { TextRepairOptionsT } from './text-repair-strings';
import { Switch } from './Switch';

interface Props {
  t: TextRepairOptionsT;
  settings: Settings;
  onChange: (fn: (s: Settings) => Settings) => void;
}

/** The two text repairs, each with its own switch. */
export function TextRepairOptions({ t, settings, onChange }: Props) {
  return (
    <Section title={t('title')} hint={t('hint')}>
      <Switch
        label={t('repairSpin')}
        hint={t('repairSpinHint')}
        checked={settings.repairSpin}
        onChange={(on) => onChange((s) => ({ ...s, repairSpin: on }))}
      />
      <Switch
        label={t('simplifyMirrors')}
        hint={t('simplifyMirrorsHint')}
        checked={settings.simplifyMirrors}
        onChange={(on) => onChange((s) => ({ ...s, simplifyMirrors: on }))}
      />
    </Section>
  );
}
