import { useEffect, useRef, useState } from 'preact/hooks';
import { AllSites } from '@/components/options/AllSites';
import { NoiseList } from '@/components/options/NoiseList';
import { ReaderDefaults } from '@/components/options/ReaderDefaults';
import { Section } from '@/components/options/Section';
import { SiteList } from '@/components/options/SiteList';
import { optionsT } from '@/components/options/strings';
import { Switch } from '@/components/options/Switch';
import { textRepairOptionsText } from '@/components/options/text-repair-strings';
import { TextRepairOptions } from '@/components/options/TextRepairOptions';
import { uiLang, type Lang } from '@/utils/i18n';
import { defaultSettings, loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

export function App({ lang = uiLang() }: { lang?: Lang }) {
  const t = optionsT(lang);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    document.title = t('pageTitle');
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    void loadSettings().then(setSettings);
    // The reader and the popup write settings too.
    const stop = watchSettings(setSettings);
    return () => {
      stop();
      clearTimeout(timer.current);
    };
  }, []);

  const change = (fn: (s: Settings) => Settings, done = t('saved')) => {
    setSettings((s) => (s ? fn(s) : s));
    void updateSettings(fn).then((saved) => {
      setSettings(saved);
      setNotice(done);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setNotice(''), 1800);
    });
  };

  return (
    <div class="page">
      <header class="top">
        <span class="mark" aria-hidden="true">
          净
        </span>
        <div>
          <h1>{t('pageTitle')}</h1>
          <p class="tagline">{t('tagline')}</p>
        </div>
        <span class={`notice${notice ? ' is-shown' : ''}`} role="status">
          {notice}
        </span>
      </header>
      {!settings ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <main>
          <Section title={t('cleanTitle')}>
            <Switch
              label={t('autoClean')}
              hint={t('autoCleanHint')}
              checked={settings.autoClean}
              onChange={(on) => change((s) => ({ ...s, autoClean: on }))}
            />
            <AllSites t={t} />
            <SiteList t={t} lang={lang} settings={settings} onChange={change} />
          </Section>
          <Section title={t('noiseTitle')} hint={t('noiseHint')}>
            <NoiseList t={t} settings={settings} onChange={change} />
          </Section>
          <TextRepairOptions t={textRepairOptionsText(lang)} settings={settings} onChange={change} />
          <Section title={t('readerTitle')} hint={t('readerHint')}>
            <ReaderDefaults t={t} settings={settings} onChange={change} />
          </Section>
          <footer class="foot">
            <button type="button" class="link-btn" onClick={() => change(() => defaultSettings, t('resetDone'))}>
              {t('reset')}
            </button>
          </footer>
        </main>
      )}
    </div>
  );
}
