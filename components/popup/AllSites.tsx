import { allSitesNote } from '@/components/options/AllSites';
import { useAllSites, type AllSitesUiApis } from '@/components/options/useAllSites';
import type { PopupT } from './strings';

/** The popup's copy of the options page's switch "clean recognised pages on every site". */
export function AllSites({ t, apis }: { t: PopupT; apis?: AllSitesUiApis }) {
  const { on, busy, asking, outcome, toggle } = useAllSites(apis);
  const note = allSitesNote(t, asking, outcome);
  return (
    <footer class="all-sites">
      <label class="all-sites-row" title={t('allSitesHint')}>
        <input
          type="checkbox"
          role="switch"
          checked={on === true}
          disabled={on === null || busy}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        <span>{t('allSites')}</span>
      </label>
      {note ? (
        <p class={`all-sites-note${note.error ? ' is-error' : ''}`} role={note.error ? 'alert' : 'status'} data-testid="all-sites-note">
          {note.text}
        </p>
      ) : (
        <p class="all-sites-hint">{t('allSitesHint')}</p>
      )}
    </footer>
  );
}
