import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { saveSelection } from '@/utils/extracts/api';
import { allSites, canvasScriptsOf, handleAllSitesMessage, staticScriptOf, type AllSitesApis } from '@/utils/background/all-sites';
import { createMenus } from '@/utils/background/menus';
import { handleOcrMessage, ocrPageOpener, type OcrRelayDeps } from '@/utils/background/ocr';
import { browserTabs, handleCommand, handleMenuClick } from '@/utils/background/reader';
import { handleSaveMenuClick, handleSaveMessage, type SaveDeps } from '@/utils/background/save';
import { backgroundT } from '@/utils/background/strings';
import { injectPart, type Injector } from '@/utils/page/parts';

export default defineBackground(() => {
  // The library lives in this origin's IndexedDB, which content scripts cannot open: they save through here.
  const deps: SaveDeps = { runtimeId: browser.runtime.id, saveSelection };
  const inject: Injector = (tabId, frameId, file) =>
    browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  // The content script on every site, while the user grants the optional host permission: kept in step
  // with it at install, update and start, and whenever it is granted or revoked (also from the browser's settings).
  const sites = allSites(
    { permissions: browser.permissions, scripting: browser.scripting as AllSitesApis['scripting'] },
    staticScriptOf(browser.runtime.getManifest()),
    canvasScriptsOf(browser.runtime.getManifest()),
  );
  const reconcile = () => void sites.reconcile().catch((err: unknown) => console.warn('JingDu: all sites', err));
  browser.runtime.onInstalled.addListener(() => {
    void createMenus(browser.contextMenus, backgroundT);
    reconcile();
  });
  browser.runtime.onStartup.addListener(reconcile);
  browser.permissions.onAdded.addListener(reconcile);
  browser.permissions.onRemoved.addListener(reconcile);
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(browserTabs, command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(browserTabs, info.menuItemId, tab);
    void handleSaveMenuClick(browserTabs, deps, info.menuItemId, tab);
  });
  const ocr: OcrRelayDeps = {
    runtimeId: browser.runtime.id,
    ensurePage: ocrPageOpener(
      browser.runtime.getURL('/ocr.html'),
      (globalThis as { chrome?: { offscreen?: Parameters<typeof ocrPageOpener>[1] } }).chrome?.offscreen,
      globalThis.document,
    ),
    send: (msg) => browser.runtime.sendMessage(msg),
  };
  browser.runtime.onMessage.addListener(
    (msg: unknown, sender) =>
      handleSaveMessage(deps, msg, sender) ??
      handleOcrMessage(ocr, msg, sender) ??
      handleAllSitesMessage(sites, browser.runtime.getURL('/'), browser.runtime.id, msg, sender) ??
      injectPart(inject, browser.runtime.id, msg, sender),
  );
});
