// Saving extracts in real Chromium, end to end: the popup saves the document (again: "already saved";
// with tags: "updated"), a section and a figure; a selection in the page is saved through the "save
// extract" context menu, and selections in the reader through its toolbar button and the same menu.
// After a browser restart (same profile) the library lists them all, the selections linking back to
// the page with a text fragment.
//
// A native context menu cannot be clicked headless. The service worker's real chrome.contextMenus
// .onClicked event is dispatched instead (`onClicked.dispatch(info, tab)`): the background's own listener
// runs, exactly as after a click, and nothing in the extension exists for the test.
// Run by e2e/run.mjs with env = { context, sw, extensionId, pages, check, outDir, relaunch }.
import path from 'node:path';
import { assert, recordBodyAtLoad } from './helpers.mjs';

const SAVE_MENU = 'jingdu-save-selection';
const WAIT = 10_000;

/** The popup in Chinese, as a zh browser shows it, at about the size Chrome gives a popup. */
async function openPopup(context, extensionId, tabId) {
  const popup = await context.newPage();
  await popup.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' }));
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="ready"]', { timeout: WAIT });
  return popup;
}

/** Clicks, then waits for the toast to say something new (each step here expects a new message). */
async function toastAfter(popup, click) {
  const before = await popup.evaluate(() => document.querySelector('[data-testid="toast"]')?.textContent ?? null);
  await click();
  const toast = await popup.waitForFunction(
    (before) => {
      const el = document.querySelector('[data-testid="toast"]');
      return el && el.textContent !== before && { kind: el.dataset.kind, text: el.textContent.trim() };
    },
    before,
    { timeout: WAIT },
  );
  return toast.jsonValue();
}

const expectToast = (toast, pattern) =>
  assert(toast.kind === 'ok' && pattern.test(toast.text), `the popup says ${JSON.stringify(toast.text)} (${toast.kind})`);

/** Selects the whole text of `pick(candidates)` as a user would; returns Selection.toString(). */
const selectIn = (page, where) =>
  page.evaluate((where) => {
    const scope = where === 'reader' ? document.querySelector('jingdu-reader').shadowRoot : document.body;
    const paragraphs = [...scope.querySelectorAll(where === 'reader' ? '.jd-article > p:not([class])' : 'p, div')].filter(
      (el) => el.children.length === 0 && el.textContent.trim().length >= 20 && /[\u4e00-\u9fff]/.test(el.textContent),
    );
    const el = paragraphs[Math.floor(paragraphs.length * (where === 'reader' ? 0.3 : 0.6))];
    if (!el) return '';
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, where);

/** What the menu click gives the background: the real tab and the info Chrome would send. */
const clickSaveMenu = (sw, tabId, selectionText) =>
  sw.evaluate(
    async ([id, menuItemId, text]) => {
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch({ menuItemId, editable: false, pageUrl: tab.url, selectionText: text }, tab);
    },
    [tabId, SAVE_MENU, selectionText],
  );

const pageNotice = (page) =>
  page
    .waitForFunction(
      () => {
        const host = document.querySelector('jingdu-notice');
        const line = host?.shadowRoot?.querySelector('p');
        return line && { kind: line.dataset.kind, text: line.textContent, onHtml: host.parentElement === document.documentElement };
      },
      null,
      { timeout: WAIT },
    )
    .then((h) => h.jsonValue());

/** Clicks, then waits for a new toast element in the reader (each notice gets its own). */
async function readerToastAfter(page, click) {
  const before = await page.evaluateHandle(() => document.querySelector('jingdu-reader').shadowRoot.querySelector('.jd-toast'));
  await click();
  const toast = await page.waitForFunction(
    (before) => {
      const el = document.querySelector('jingdu-reader').shadowRoot.querySelector('.jd-toast');
      return el && el !== before && { kind: el.dataset.kind, text: el.textContent };
    },
    before,
    { timeout: WAIT },
  );
  return toast.jsonValue();
}

export default async function savingChecks(env) {
  const { context, sw, extensionId, pages, check, outDir } = env;
  // A document key of its own, so that the other suites' extracts never count here.
  const url = `${pages.huiwen}?saving=e2e`;
  const page = await context.newPage();
  await page.addInitScript(recordBodyAtLoad);
  const opened = [page];
  const selections = [];
  let popup;
  let tabId;
  let result;

  try {
    const ready = await check('saving: the popup opens on the cleaned page', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-jingdu="clean"]', { state: 'attached', timeout: WAIT });
      tabId = await sw.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
      assert(Number.isInteger(tabId), `no tab for ${url}`);
      result = (await sw.evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'jingdu:result' }), [tabId])).result;
      popup = await openPopup(context, extensionId, tabId);
      opened.push(popup);
      return `tab ${tabId}, ${result.outline.length} headings, ${result.figures.length} figures`;
    });
    if (!ready) return;

    await check('saving: popup saves the document, then says it is already saved', async () => {
      const first = await toastAfter(popup, () => popup.click('[data-testid="save-document"]'));
      expectToast(first, /^已保存：全文$/);
      await popup.waitForSelector('[data-testid="doc-saved"]', { timeout: WAIT });
      const again = await toastAfter(popup, () => popup.click('[data-testid="save-document"]'));
      expectToast(again, /^已存在：全文/);
      return `"${first.text}", then "${again.text}"`;
    });

    await check('saving: tags and a note from the inline form (keyboard only) update the saved document', async () => {
      await popup.click('[data-testid="save-more"]');
      await popup.waitForFunction(() => document.activeElement?.matches('[data-testid="save-tags"]'));
      await popup.keyboard.type('双拥, e2e');
      await popup.keyboard.press('Tab');
      await popup.keyboard.type('端到端测试的备注');
      await popup.locator('.save').scrollIntoViewIfNeeded();
      await popup.locator('main.popup').screenshot({ path: path.join(outDir, 'popup-save.png') });
      const toast = await toastAfter(popup, () => popup.keyboard.press('Control+Enter'));
      expectToast(toast, /^已更新：全文$/);
      assert((await popup.locator('[data-testid="save-tags"]').count()) === 0, 'the form did not close after saving');
      return `"${toast.text}"; popup-save.png`;
    });

    await check('saving: popup saves a section from the outline', async () => {
      const index = result.outline.findIndex((e) => !e.missing);
      if (index < 0) return 'skipped: the engine gave no outline entry in the shown text';
      await popup.click('[data-testid="tab-outline"]');
      const entry = result.outline[index];
      const button = popup.getByRole('button', { name: `保存章节“${entry.marker}${entry.text}”` });
      const toast = await toastAfter(popup, () => button.click());
      expectToast(toast, /^已保存：章节“/);
      assert((await button.textContent()) === '已保存', `the button says ${await button.textContent()}`);
      await popup.locator('main.popup').screenshot({ path: path.join(outDir, 'popup-save-outline.png') });
      return `"${toast.text}"; popup-save-outline.png`;
    });

    await check('saving: popup saves one figure', async () => {
      if (!result.figures.length) return 'skipped: no figures';
      await popup.click('[data-testid="tab-figures"]');
      const toast = await toastAfter(popup, () => popup.locator('[data-testid="save-figure"]').first().click());
      expectToast(toast, /^已保存：数字“/);
      await popup.locator('main.popup').screenshot({ path: path.join(outDir, 'popup-save-figures.png') });
      return `"${toast.text}"; popup-save-figures.png`;
    });

    await check('saving: the library button opens library.html in a new tab', async () => {
      await popup.click('[data-testid="tab-summary"]');
      const [library] = await Promise.all([context.waitForEvent('page', { timeout: WAIT }), popup.click('[data-testid="open-library"]')]);
      opened.push(library);
      await library.waitForLoadState('domcontentloaded');
      assert(library.url() === `chrome-extension://${extensionId}/library.html`, library.url());
    });

    await check('saving: a selection in the page is saved through the "save extract" menu', async () => {
      await page.bringToFront();
      const text = await selectIn(page, 'page');
      assert(text.length >= 20, `selected ${JSON.stringify(text)}`);
      await clickSaveMenu(sw, tabId, text);
      const notice = await pageNotice(page);
      assert(notice.kind === 'ok' && /已保存|Saved/.test(notice.text), JSON.stringify(notice));
      assert(notice.onHtml, 'the notice is not attached to <html>');
      assert(!(await page.evaluate(() => document.body.querySelector('jingdu-notice'))), 'the notice is inside <body>');
      selections.push(text.trim());
      return `"${notice.text}" for "${text.trim().slice(0, 16)}…"`;
    });

    await check('saving: with the notice up, "show original" still restores <body> exactly; it then goes away', async () => {
      const send = (msg) => sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg]);
      assert((await send({ type: 'jingdu:show-original' }))?.state === 'original', 'show-original failed');
      const same = await page.evaluate(() => document.body.innerHTML === window.__before);
      assert((await send({ type: 'jingdu:clean' }))?.state === 'clean', 'clean failed');
      assert(same, 'body.innerHTML differs from the DOMContentLoaded snapshot');
      await page.waitForSelector('jingdu-notice', { state: 'detached', timeout: WAIT });
    });

    await check('saving: the reader\'s "保存选中内容" saves the selection in its shadow root', async () => {
      await sw.evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'jingdu:reader', open: true }), [tabId]);
      await page.waitForSelector('jingdu-reader .jd-article', { timeout: WAIT });
      const button = page.locator('jingdu-reader .jd-save');
      assert(await button.isDisabled(), 'the save button is enabled with nothing selected');
      const text = await selectIn(page, 'reader');
      assert(text.length >= 20, `selected ${JSON.stringify(text)}`);
      await page.waitForFunction(() => !document.querySelector('jingdu-reader').shadowRoot.querySelector('.jd-save').disabled, null, {
        timeout: WAIT,
      });
      const toast = await readerToastAfter(page, () => button.click());
      assert(toast.kind === 'ok' && /已保存|Saved/.test(toast.text), JSON.stringify(toast));
      await page.screenshot({ path: path.join(outDir, 'reader-saved.png') });
      selections.push(text.trim());
      return `"${toast.text}"; reader-saved.png`;
    });

    await check('saving: the "save extract" menu in the reader saves its selection and says so there', async () => {
      const text = await page.evaluate(() => {
        const paragraphs = [...document.querySelector('jingdu-reader').shadowRoot.querySelectorAll('.jd-article > p:not([class])')];
        const el = paragraphs.at(-2);
        const range = document.createRange();
        range.selectNodeContents(el);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
        return document.getSelection().toString();
      });
      const toast = await readerToastAfter(page, () => clickSaveMenu(sw, tabId, text));
      assert(toast.kind === 'ok' && /已保存|Saved/.test(toast.text), JSON.stringify(toast));
      assert(!(await page.$('jingdu-notice')), 'a page notice showed while the reader is open');
      await page.keyboard.press('Escape');
      await page.waitForSelector('jingdu-reader', { state: 'detached', timeout: WAIT });
      selections.push(text.trim());
      return `"${toast.text}"`;
    });
  } finally {
    for (const p of opened) await p.close().catch(() => {});
  }

  await check('saving: after a restart the library lists the document, section, figure and selections', async () => {
    const env2 = await env.relaunch();
    const library = await env2.context.newPage();
    try {
      await library.setViewportSize({ width: 1100, height: 900 });
      await library.goto(`chrome-extension://${env2.extensionId}/library.html`);
      await library.waitForSelector('[data-testid=extract]', { timeout: WAIT });
      const cards = await library.$$eval(
        '[data-testid=extract]',
        (els, url) =>
          els
            .map((c) => ({
              kind: [...c.classList].find((k) => k.startsWith('kind-'))?.slice(5),
              href: c.querySelector('[data-testid=open-source]')?.getAttribute('href') ?? '',
              text: c.querySelector('[data-testid=extract-text]')?.textContent ?? '',
              tags: [...c.querySelectorAll('.tags li')].map((li) => li.textContent),
            }))
            .filter((c) => c.href.startsWith(url)),
        url,
      );
      const count = (kind) => cards.filter((c) => c.kind === kind).length;
      assert(count('document') === 1, `${count('document')} documents`);
      assert(
        JSON.stringify(cards.find((c) => c.kind === 'document').tags) === JSON.stringify(['双拥', 'e2e']),
        'the document lost its tags',
      );
      if (result.outline.some((e) => !e.missing)) assert(count('section') === 1, `${count('section')} sections`);
      if (result.figures.length) assert(count('figures') === 1, `${count('figures')} figure extracts`);
      const norm = (s) => s.replace(/\s+/g, '');
      const listed = cards.filter((c) => c.kind === 'selection');
      for (const s of selections)
        assert(
          listed.some((c) => norm(c.text) === norm(s)),
          `selection "${s.slice(0, 20)}…" is not listed`,
        );
      await library.screenshot({ path: path.join(outDir, 'library-saved.png') });
      // (4) The way back to the page: a text fragment for the quote.
      const links = listed.map((c) => c.href);
      assert(links.length && links.every((h) => h.includes('#:~:text=')), `links ${JSON.stringify(links)}`);
      return `${cards.length} extracts from the page (${listed.length} selections); ${decodeURIComponent(links[0].split('#:~:text=')[1]).slice(0, 24)}…; library-saved.png`;
    } finally {
      await library.close();
    }
  });
  return 'saving suite finished';
}
