// The extension as the security suite drives it: its popup, its library count, settings and the clipboard.
import { DB_NAME, DB_STORE } from './payloads.mjs';

export async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="ready"]', { timeout: 10_000 });
  return popup;
}

/** The number of saved extracts, read from the extension's IndexedDB (never created here). */
export const libraryCount = (sw) =>
  sw.evaluate(
    async ([name, store]) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === name)) return 0;
      return new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(store)) return (db.close(), resolve(0));
          const c = db.transaction(store).objectStore(store).count();
          c.onsuccess = () => (db.close(), resolve(c.result));
          c.onerror = () => (db.close(), reject(c.error));
        };
      });
    },
    [DB_NAME, DB_STORE],
  );

export const getSettings = (sw) => sw.evaluate(() => chrome.storage.local.get('settings').then((s) => s.settings ?? null));
export const putSettings = (sw, v) =>
  sw.evaluate((v) => (v ? chrome.storage.local.set({ settings: v }) : chrome.storage.local.remove('settings')), v);

/** The clipboard, read and written from an extension page (a secure context). */
export async function clipboard(context, origin, write) {
  const p = await context.newPage();
  try {
    await p.goto(`${origin}/options.html`);
    await p.bringToFront();
    if (write !== undefined) await p.evaluate((t) => navigator.clipboard.writeText(t), write);
    return await p.evaluate(() => navigator.clipboard.readText());
  } finally {
    await p.close();
  }
}
