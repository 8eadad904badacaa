import { MAX_SELECTION } from '@/utils/background/validate';
import { storeErrorMessage } from '@/utils/extracts/store-messages';
import { translator, uiLang, type Lang } from '@/utils/i18n';
import type { SaveOutcome } from '@/utils/page/messages';
import { saveOutcomeNames } from '../shared-strings';

/** What the page tells the user after saving a selection. */
export function outcomeText(outcome: SaveOutcome, lang: Lang = uiLang()): string {
  const t = translator(saveOutcomeNames, lang);
  if (outcome.ok) return t(`saved.${outcome.status}`);
  switch (outcome.code) {
    case 'too-long':
      return t('saved.too-long', { max: MAX_SELECTION.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') });
    case 'no-selection':
    case 'no-answer':
      return t(`saved.${outcome.code}`);
    default:
      return storeErrorMessage({ code: outcome.code, detail: '' }, lang);
  }
}
