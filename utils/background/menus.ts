import { readerMenuId } from './reader';
import { saveMenuId } from './save';
import type { BackgroundT } from './strings';

type Context = 'page' | 'selection';

interface MenusApi {
  removeAll(): Promise<void>;
  create(props: { id: string; title: string; contexts: [Context, ...Context[]] }): unknown;
}

/** Menus outlive the service worker but not an update; removing first avoids a duplicate-id error. */
export async function createMenus(menus: MenusApi, t: BackgroundT): Promise<void> {
  await menus.removeAll();
  menus.create({ id: readerMenuId, title: t('readerMenu'), contexts: ['page', 'selection'] });
  menus.create({ id: saveMenuId, title: t('saveMenu'), contexts: ['selection'] });
}
