// Saving from several tabs at once in real Chromium loses nothing and duplicates nothing. Two tabs per
// served page select the same paragraph and save it through the "save extract" menu in the same instant
// (the background's real onClicked listener, as in saving.e2e.mjs), while each page's popup saves the
// whole document with a note of its own: the background and the popups write through separate
// connections. The library must then hold every extract exactly once, the document with every note.
// Run by e2e/run.mjs with env = { context, sw, extensionId, pages, check }.

import { assert } from './helpers.mjs';

const SAVE_MENU = 'jingdu-save-selection';
const ROUNDS = 2;
const WAIT = 10_000;

/** Selects the n-th leaf paragraph with Chinese text; returns the selected text. */
const selectParagraph = (page, n) =>
  page.evaluate((n) => {
    const paragraphs = [...document.body.querySelectorAll('p, div')].filter(
      (el) => el.children.length === 0 && el.textContent.trim().length >= 20 && /[\u4e00-\u9fff]/.test(el.textContent) && el.offsetParent,
    );
    const el = paragraphs[(n * 3 + 1) % paragraphs.length];
    const range = document.createRange();
    range.selectNodeContents(el);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
    // Notices already up are marked, so that waiting for this round's one does not find them.
    for (const old of document.querySelectorAll('jingdu-notice')) old.dataset.seen = '';
    return document.getSelection().toString().trim();
  }, n);

const noticeOf = (page) =>
  page
    .waitForFunction(() => document.querySelector('jingdu-notice:not([data-seen])')?.shadowRoot?.querySelector('p'), null, {
      timeout: WAIT,
    })
    .then(() => page.evaluate(() => document.querySelector('jingdu-notice:not([data-seen])').shadowRoot.querySelector('p').dataset.kind));

/** The library as stored: every record from the given documents, read in the extension's origin. */
const storedFrom = (sw, docKeys) =>
  sw.evaluate(
    (docKeys) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('jingdu-extracts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('extracts').objectStore('extracts').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(
              request.result
                .filter((r) => docKeys.includes(r.docKey))
                .map(({ kind, docKey, text, tags, note }) => ({ kind, docKey, text, tags, note })),
            );
          };
        };
      }),
    docKeys,
  );

export default async function durabilityChecks(env) {
  const { context, sw, extensionId, pages, check } = env;
  // Document keys of their own (the fragment tells the two tabs apart but is not part of the key).
  const docKeys = [pages.doc31, pages.huiwen, pages.pinyin].map((url) => `${url}?durability=e2e`);
  const tabs = docKeys.flatMap((docKey) => [1, 2].map((k) => ({ docKey, url: `${docKey}#tab${k}` })));
  const opened = [];
  const expected = new Map(); // docKey → the selected texts
  let saves = 0;
  let ms = 0;

  try {
    const ready = await check(`durability: ${tabs.length} tabs on ${docKeys.length} pages are cleaned`, async () => {
      for (const tab of tabs) {
        tab.page = await context.newPage();
        opened.push(tab.page);
        await tab.page.goto(tab.url, { waitUntil: 'domcontentloaded' });
      }
      for (const tab of tabs) await tab.page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: WAIT });
      const ids = await sw.evaluate(
        async (urls) => {
          const all = await chrome.tabs.query({});
          return urls.map((url) => all.find((t) => t.url === url)?.id);
        },
        tabs.map((t) => t.url),
      );
      tabs.forEach((tab, i) => (tab.id = ids[i]));
      assert(ids.every(Number.isInteger), `tab ids ${JSON.stringify(ids)}`);
    });
    if (!ready) return;

    await check(
      `durability: ${ROUNDS} rounds of ${tabs.length} menu saves at once, with a popup saving each document meanwhile`,
      async () => {
        const popups = [];
        for (const tab of tabs.filter((_, i) => i % 2 === 0)) {
          const popup = await context.newPage();
          opened.push(popup);
          await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tab.id}`);
          await popup.waitForSelector('[data-testid="ready"]', { timeout: WAIT });
          popups.push({ popup, docKey: tab.docKey });
        }
        const started = Date.now();
        for (let round = 0; round < ROUNDS; round++) {
          const texts = await Promise.all(tabs.map((tab) => selectParagraph(tab.page, round)));
          tabs.forEach((tab, i) => expected.set(tab.docKey, new Set([...(expected.get(tab.docKey) ?? []), texts[i]])));
          const notices = tabs.map((tab) => noticeOf(tab.page));
          await Promise.all([
            sw.evaluate(
              async ([ids, menuItemId]) => {
                const all = await Promise.all(ids.map((id) => chrome.tabs.get(id)));
                for (const tab of all) chrome.contextMenus.onClicked.dispatch({ menuItemId, editable: false, pageUrl: tab.url }, tab);
              },
              [tabs.map((t) => t.id), SAVE_MENU],
            ),
            // One note per round and popup: each must be kept, none may overwrite another.
            ...popups.map(async ({ popup }) => {
              await popup.click('[data-testid="save-more"]');
              // The form focuses its tags field once shown; typing before that would land in the wrong field.
              await popup.waitForFunction(() => document.activeElement?.matches('[data-testid="save-tags"]'), null, { timeout: WAIT });
              await popup.fill('[data-testid="save-note"]', `第${round}轮备注`);
              await popup.click('[data-testid="save-document"]');
              // The form closes once the popup has its answer, and only on success.
              await popup.waitForSelector('[data-testid="save-tags"]', { state: 'detached', timeout: WAIT });
            }),
          ]);
          const kinds = await Promise.all(notices);
          assert(
            kinds.every((k) => k === 'ok'),
            `round ${round}: notices ${JSON.stringify(kinds)}`,
          );
          saves += tabs.length + popups.length;
        }
        ms = Date.now() - started;
      },
    );

    await check('durability: the library holds every save exactly once, the documents with every note', async () => {
      // The popups' last saves may still be committing; a complete library appears within moments.
      const want = docKeys.length + [...expected.values()].reduce((n, s) => n + s.size, 0);
      let stored = [];
      for (const until = Date.now() + WAIT; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        stored = await storedFrom(sw, docKeys);
        const docs = stored.filter((r) => r.kind === 'document');
        if (stored.length >= want && docs.every((d) => [...Array(ROUNDS).keys()].every((i) => d.note.includes(`第${i}轮备注`)))) break;
      }
      const key = (r) => `${r.kind}\n${r.docKey}\n${r.text.replace(/\s+/g, '')}`;
      assert(new Set(stored.map(key)).size === stored.length, 'a save was stored twice');
      assert(stored.length === want, `${stored.length} records, expected ${want}`);
      for (const [docKey, texts] of expected) {
        const listed = stored.filter((r) => r.docKey === docKey && r.kind === 'selection').map((r) => r.text.replace(/\s+/g, ''));
        for (const t of texts) assert(listed.includes(t.replace(/\s+/g, '')), `"${t.slice(0, 20)}…" from ${docKey} is missing`);
        const doc = stored.find((r) => r.docKey === docKey && r.kind === 'document');
        for (let i = 0; i < ROUNDS; i++)
          assert(doc?.note.includes(`第${i}轮备注`), `the document of ${docKey} lost note ${i}: ${JSON.stringify(doc?.note)}`);
      }
      return `${saves} saves in ${ms} ms → ${stored.length} records, none twice, none lost`;
    });
  } finally {
    for (const p of opened) await p.close().catch(() => {});
  }
  return 'durability suite finished';
}
