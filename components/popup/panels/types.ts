import type { ComponentType } from 'preact';
import type { Lang } from '@/utils/i18n';
import type { Glance } from '@/utils/page/glance';
import type { PageMessage } from '@/utils/page/messages';
import type { OnCopy } from '../copy';
import type { OnSave } from '../save';
import type { PopupT } from '../strings';
import type { ReadyView } from '../usePage';

export type TabId = 'summary' | 'outline' | 'figures';

/** What every panel is given by the popup: the page as it answered, and the popup's actions. */
export interface PanelProps {
  t: PopupT;
  lang: Lang;
  page: ReadyView;
  busy: boolean;
  /** Keys of what is in the library already (see save.ts). */
  saved: ReadonlySet<string>;
  /** Sends a message to the page (refresh: and reads its result again); resolves to whether it answered. */
  run: (msg: PageMessage, refresh?: boolean) => Promise<boolean>;
  copy: OnCopy;
  save: OnSave;
  openLibrary: () => void;
}

/** One tab of the popup: its label, the number its tab shows (from the glance, at once), and its content. */
export interface PopupPanel {
  id: TabId;
  label: Parameters<PopupT>[0];
  count?: (glance: Glance) => number;
  Panel: ComponentType<PanelProps>;
}
