import { describe, expect, it } from 'vitest';
import { createMenus } from './menus';
import { readerMenuId } from './reader';
import { saveMenuId } from './save';
import { backgroundT } from './strings';

describe('context menus', () => {
  it('are created once: the reader for pages and selections, saving for selections', async () => {
    const calls: unknown[] = [];
    const menus = {
      removeAll: async () => void calls.push('removeAll'),
      create: (p: object) => void calls.push(p),
    };
    await createMenus(menus, backgroundT);
    expect(calls).toEqual([
      'removeAll',
      { id: readerMenuId, title: backgroundT('readerMenu'), contexts: ['page', 'selection'] },
      { id: saveMenuId, title: backgroundT('saveMenu'), contexts: ['selection'] },
    ]);
  });
});
