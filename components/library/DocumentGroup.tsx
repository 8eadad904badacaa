import { isPageUrl } from '../../utils/extracts/identity';
import type { DocumentGroup as Group } from '../../utils/extracts/search';
import type { Extract } from '../../utils/extracts/types';
import type { Lang } from '../../utils/i18n';
import { ExtractCard, type CardActions } from './ExtractCard';
import type { T } from './strings';

interface Props extends CardActions {
  group: Group<Extract>;
  t: T;
  lang: Lang;
  onExportDocument: (group: Group<Extract>) => void;
}

export function DocumentGroup({ group, t, lang, onExportDocument, ...actions }: Props) {
  return (
    <section class="group" data-testid="group">
      <header>
        <h2>
          {isPageUrl(group.url) ? (
            <a href={group.url} target="_blank" rel="noopener noreferrer">
              {group.title || group.url}
            </a>
          ) : (
            group.title || group.url
          )}
        </h2>
        <p class="muted">
          {group.site && <span class="site">{group.site}</span>}
          <span>{t('extractsIn', { n: group.extracts.length })}</span>
          <button type="button" class="link" onClick={() => onExportDocument(group)}>
            {t('exportDoc')}
          </button>
        </p>
      </header>
      {group.extracts.map((e) => (
        <ExtractCard key={e.id} extract={e} t={t} lang={lang} {...actions} />
      ))}
    </section>
  );
}
