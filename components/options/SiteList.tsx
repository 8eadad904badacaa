import { hostRules } from '@/utils/engine/hosts/all';
import type { Lang } from '@/utils/i18n';
import { setSiteAuto, type Settings } from '@/utils/settings';
import type { OptionsT } from './strings';

interface Props {
  t: OptionsT;
  lang: Lang;
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
}

const ruleIds = new Set(hostRules.map((r) => r.id));

export function SiteList({ t, lang, settings, onChange }: Props) {
  const off = new Set(settings.offSites);
  const others = settings.offSites.filter((k) => !ruleIds.has(k));
  const disabled = !settings.autoClean;
  return (
    <div class={`sites${disabled ? ' is-disabled' : ''}`}>
      <div class="sites-head">
        <h3>{t('sites')}</h3>
        <span class="muted">{t('sitesHint')}</span>
      </div>
      <ul class="site-grid">
        {hostRules.map((r) => (
          <li key={r.id}>
            <label class="site">
              <input
                type="checkbox"
                role="switch"
                class="switch switch-small"
                checked={!off.has(r.id)}
                disabled={disabled}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  onChange((s) => setSiteAuto(s, r.id, on));
                }}
              />
              <span class="site-name">{r.name[lang]}</span>
              <span class="site-host">{r.hosts[0]}</span>
            </label>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div class="others">
          <h3>{t('otherSites')}</h3>
          <p class="muted">{t('otherSitesHint')}</p>
          <ul class="chips">
            {others.map((host) => (
              <li key={host} class="chip">
                {host}
                <button
                  type="button"
                  aria-label={t('removeSite', { site: host })}
                  title={t('removeSite', { site: host })}
                  onClick={() => onChange((s) => setSiteAuto(s, host, true))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
