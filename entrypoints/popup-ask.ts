import { defineUnlistedScript } from '#imports';
import { askEarly } from '@/utils/tab';

// The popup's first script: a classic script in popup.html's <head>, run while the page is parsed,
// before the popup's modules have loaded. It asks the page for its glance at once (utils/tab.ts).
export default defineUnlistedScript(() => {
  // Where e2e/popup.e2e.mjs times the popup from.
  performance.mark('jingdu:popup-start');
  askEarly();
});
