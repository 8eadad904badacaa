import { useEffect, useState } from 'preact/hooks';
// The browser's own promise-based API, as WXT's storage uses it, not webextension-polyfill ('wxt/browser'):
// the options page otherwise does without the polyfill, and these calls need none of it.
import { browser } from '@wxt-dev/browser';
import { allSitesOn, switchAllSites, type AllSitesClientApis, type AllSitesOutcome } from '@/utils/all-sites';

/** What the switch needs of the browser: the permission, the background, and word of a grant or revocation. */
export interface AllSitesUiApis extends AllSitesClientApis {
  /** Calls back when a permission is granted or removed (also from the browser's own settings); returns a stop. */
  watch(changed: () => void): () => void;
}

export const browserAllSites: AllSitesUiApis = {
  permissions: {
    request: (p) => browser.permissions.request(p),
    contains: (p) => browser.permissions.contains(p),
  },
  send: (msg) => browser.runtime.sendMessage(msg),
  watch: (changed) => {
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  },
};

/**
 * The state of "clean recognised pages on every site" for the options page and the popup: `on` is null
 * while it is read. `toggle` must be called from the click (the permission request needs the gesture).
 */
export function useAllSites(apis: AllSitesUiApis = browserAllSites) {
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AllSitesOutcome | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => void allSitesOn(apis).then((now) => live && setOn(now));
    refresh();
    let stop = () => {};
    try {
      stop = apis.watch(refresh);
    } catch {
      // No permission events here (a test browser): the state is read once.
    }
    return () => {
      live = false;
      stop();
    };
  }, [apis]);

  const toggle = (next: boolean) => {
    // Shown as asked while the browser asks; a refusal then turns the switch back.
    setOn(next);
    setBusy(true);
    setOutcome(null);
    void switchAllSites(apis, next).then((r) => {
      setOn(r.on);
      setOutcome(r);
      setBusy(false);
    });
  };

  return { on, busy, asking: busy && on === true, outcome, toggle };
}
