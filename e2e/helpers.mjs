// Shared by the e2e suites (not a suite itself: run.mjs runs only *.e2e.mjs).

export const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};

/** Sends a page message to the tab showing `url`, from the service worker, as the popup does. */
export const send = (sw, url, msg) =>
  sw.evaluate(
    async ([u, m]) => {
      const [tab] = await chrome.tabs.query({ url: u + '*' });
      return chrome.tabs.sendMessage(tab.id, m);
    },
    [url, msg],
  );

/**
 * An init script (the page's main world, before any page script): keeps <body> as the site delivered it
 * and the JingDu marker at DOMContentLoaded (window.__before, window.__markerAtDCL). The content script
 * runs after DOMContentLoaded, so a restore must give back exactly this.
 */
export function recordBodyAtLoad() {
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      window.__before = document.body.innerHTML;
      window.__markerAtDCL = document.documentElement.getAttribute('data-jingdu');
    },
    { once: true },
  );
}

/** Where two strings first differ, with some context of each. */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const at = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `lengths ${a.length} vs ${b.length}, first difference at ${i}:\n      expected …${at(a)}…\n      actual   …${at(b)}…`;
}

/** Fails with where `actual` first departs from `expected` unless the two strings are equal. */
export const same = (actual, expected, what) => assert(actual === expected, `${what}: ${firstDifference(expected, actual ?? '')}`);

/** JSON with object keys sorted, so that two exports compare equal whatever order their keys were written in. */
export const canonical = (value) =>
  JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

/** Named checks that print ok/FAIL as they run; `failed()` counts the failures so far. */
export function checks() {
  const results = [];
  const check = async (name, fn) => {
    try {
      const detail = await fn();
      results.push({ name, ok: true });
      console.log(`ok    ${name}${detail ? ` (${detail})` : ''}`);
      return true;
    } catch (err) {
      results.push({ name, ok: false });
      console.log(
        `FAIL  ${name}\n      ${String(err?.message ?? err)
          .split('\n')
          .join('\n      ')}`,
      );
      return false;
    }
  };
  return { check, results, failed: () => results.filter((r) => !r.ok).length };
}

/** Polls `read` until `ok` holds for its value; throws with the last value after `ms`. */
export async function until(read, ok, ms = 10_000, what = 'condition') {
  const started = Date.now();
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() - started > ms) throw new Error(`${what} not met within ${ms / 1000} s (last: ${JSON.stringify(last)?.slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Runs in the popup before its scripts (an init script): a MutationObserver sees the status (site,
 * switch, removals) appear, clicks the outline tab in that same moment, sees the outline's entries
 * drawn, and sets window.__ready to the milliseconds of the next frame, from navigation start and from
 * the popup's script starting (its 'jingdu:popup-start' mark).
 */
export function popupReadyProbe() {
  const observer = new MutationObserver(() => {
    if (!window.__statusAt && document.querySelector('[data-testid="ready"] [data-testid="removed-total"]')) {
      window.__statusAt = performance.now();
      document.querySelector('[data-testid="tab-outline"]').click();
    }
    if (window.__statusAt && document.querySelector('[data-testid="outline-entry"],#panel-outline .empty')) {
      observer.disconnect();
      const start = performance.getEntriesByName('jingdu:popup-start')[0]?.startTime ?? NaN;
      requestAnimationFrame(() => (window.__ready = { fromNavigation: performance.now(), fromScript: performance.now() - start }));
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
