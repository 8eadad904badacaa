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
