import type { Query } from '../../utils/extracts/search';
import type { T } from './strings';

interface Props {
  query: Query;
  sites: [string, number][];
  tags: [string, number][];
  t: T;
  onChange: (query: Query) => void;
}

export function SearchBar({ query, sites, tags, t, onChange }: Props) {
  const filtered = query.text || query.site || query.tag;
  return (
    <div class="search" role="search">
      <input
        type="search"
        data-testid="search"
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        value={query.text}
        onInput={(e) => onChange({ ...query, text: e.currentTarget.value })}
      />
      <select
        data-testid="site-filter"
        aria-label={t('siteLabel')}
        value={query.site ?? ''}
        onChange={(e) => onChange({ ...query, site: e.currentTarget.value || null })}
      >
        <option value="">{t('allSites')}</option>
        {sites.map(([site, n]) => (
          <option key={site} value={site}>{`${site} (${n})`}</option>
        ))}
      </select>
      <select
        data-testid="tag-filter"
        aria-label={t('tagLabel')}
        value={query.tag ?? ''}
        onChange={(e) => onChange({ ...query, tag: e.currentTarget.value || null })}
      >
        <option value="">{t('allTags')}</option>
        {tags.map(([tag, n]) => (
          <option key={tag} value={tag}>{`${tag} (${n})`}</option>
        ))}
      </select>
      {filtered && (
        <button type="button" class="link" onClick={() => onChange({ text: '', site: null, tag: null })}>
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}
