import { defineUnlistedScript } from '#imports';
import { askEarlyWith, type TabsApi } from '@/utils/early-ask';

// The popup's first script: a classic script in popup.html's <head>, run while the page is parsed,
// before the popup's modules have loaded. It asks the page for its glance at once, with the browser's
// own API (Firefox's `browser`, Chrome's promise-returning MV3 `chrome`): without the polyfill it is
// a few hundred bytes, fetched and run sooner.
declare const chrome: { tabs: TabsApi };
export default defineUnlistedScript(() => {
  // Where e2e/popup.e2e.mjs times the popup from.
  performance.mark('jingdu:popup-start');
  const native = (globalThis as { browser?: { tabs: TabsApi } }).browser ?? chrome;
  askEarlyWith(native.tabs, location.search);
});
