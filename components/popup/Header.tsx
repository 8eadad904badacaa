import { hostRules } from '@/utils/engine/hosts/all';
import type { Lang } from '@/utils/i18n';
import type { PopupT } from './strings';

/** The site as the user knows it: the host rule's name, "general rules", or "not a document page". */
export function siteLabel(site: string | null, lang: Lang, t: PopupT): string {
  if (site === null) return t('site.none');
  return hostRules.find((r) => r.id === site)?.name[lang] ?? t('site.generic');
}

interface Props {
  t: PopupT;
  lang: Lang;
  /** Undefined while the page has not answered yet. */
  site?: string | null;
  title?: string;
}

export function Header({ t, lang, site, title }: Props) {
  return (
    <header class="header">
      <div class="brand">
        <span class="logo" aria-hidden="true">
          净
        </span>
        <span class="brand-name">{t('brand')}</span>
        {site !== undefined && (
          <span class={site === null ? 'site none' : 'site'} data-testid="site">
            {siteLabel(site, lang, t)}
          </span>
        )}
      </div>
      {title !== undefined && (
        <h1 class="doc-title" data-testid="doc-title" title={title}>
          {title || t('untitled')}
        </h1>
      )}
    </header>
  );
}
