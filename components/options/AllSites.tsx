import type { AllSitesOutcome } from '@/utils/all-sites';
import type { OptionsT } from './strings';
import { Switch } from './Switch';
import { useAllSites, type AllSitesUiApis } from './useAllSites';

/** The message under the switch, for the options page and the popup alike (both have these keys). */
export function allSitesNote(
  t: (
    key: 'allSitesAsking' | 'allSitesNowOn' | 'allSitesNowOff' | 'allSitesDeclined' | 'allSitesFailed',
    vars?: Record<string, string>,
  ) => string,
  asking: boolean,
  outcome: AllSitesOutcome | null,
): { text: string; error: boolean } | null {
  if (asking) return { text: t('allSitesAsking'), error: false };
  if (!outcome) return null;
  switch (outcome.note) {
    case 'on':
      return { text: t('allSitesNowOn'), error: false };
    case 'off':
      return { text: t('allSitesNowOff'), error: false };
    case 'declined':
      return { text: t('allSitesDeclined'), error: true };
    case 'failed':
      return { text: t('allSitesFailed', { reason: outcome.reason ?? '' }), error: true };
  }
}

/** "Clean recognised pages on every site": asks for the optional host permission when turned on. */
export function AllSites({ t, apis }: { t: OptionsT; apis?: AllSitesUiApis }) {
  const { on, busy, asking, outcome, toggle } = useAllSites(apis);
  const note = allSitesNote(t, asking, outcome);
  return (
    <div class="all-sites">
      <Switch label={t('allSites')} hint={t('allSitesHint')} checked={on === true} disabled={on === null || busy} onChange={toggle} />
      {note && (
        <p class={`all-sites-note${note.error ? ' is-error' : ''}`} role={note.error ? 'alert' : 'status'} data-testid="all-sites-note">
          {note.text}
        </p>
      )}
    </div>
  );
}
