// Security suite, page scripts: runtime messages, postMessage, DOM events, untrusted keys and clicks inside
// the open reader change neither the library, the clipboard, the downloads nor the page's state.
import { assert } from '../helpers.mjs';
import { clipboard, getSettings, libraryCount, putSettings } from './extension.mjs';
import { short, sleep } from './payloads.mjs';

/** A web page cannot make the extension save, copy, export or switch the page. */
export default async function pageScriptChecks(s) {
  const { context, sw, extensionId, check, origin, log, page, tabStatus, toTab } = s;
  const sentinel = `JINGDU-SENTINEL-${Date.now()}`;
  await check(
    'security: page scripts (runtime messages, postMessage, DOM events) cannot save, copy, export or switch the page',
    async () => {
      await clipboard(context, origin, sentinel);
      const before = await libraryCount(sw);
      const downloads = log.downloads.length;
      await page.bringToFront();
      const tried = await page.evaluate(async (id) => {
        const out = {};
        const save = { type: 'jingdu:save', kind: 'document', url: location.href, title: 'PAGE-FORGED', text: 'PAGE-FORGED' };
        const rt = window.chrome?.runtime;
        out.runtime =
          typeof rt?.sendMessage === 'function' ? 'chrome.runtime.sendMessage exists' : 'no chrome.runtime.sendMessage in the page';
        if (typeof rt?.sendMessage === 'function') {
          out.sendMessage = await Promise.race([
            new Promise((r) => {
              try {
                rt.sendMessage(id, save, (reply) => r({ reply, error: window.chrome.runtime.lastError?.message }));
              } catch (e) {
                r({ threw: String(e) });
              }
            }),
            new Promise((r) => setTimeout(() => r('no answer'), 1500)),
          ]);
        }
        if (typeof rt?.connect === 'function') {
          try {
            rt.connect(id).postMessage(save);
            out.connect = 'connected';
          } catch (e) {
            out.connect = String(e);
          }
        }
        const messages = [
          save,
          { type: 'jingdu:save', kind: 'selection', text: 'PAGE-FORGED' },
          { type: 'jingdu:copy', text: 'PAGE-FORGED' },
          { type: 'jingdu:export', format: 'json' },
          { type: 'jingdu:reader', open: true },
          { type: 'jingdu:show-original' },
          { source: 'jingdu', action: 'save' },
        ];
        for (const m of messages) {
          window.postMessage(m, '*');
          window.postMessage(JSON.stringify(m), '*');
        }
        for (const type of ['jingdu:save', 'jingdu:copy', 'jingdu:export', 'jingdu:reader']) {
          document.dispatchEvent(new CustomEvent(type, { detail: save, bubbles: true }));
          window.dispatchEvent(new CustomEvent(type, { detail: save }));
        }
        // The reader shortcut and copy keys, as untrusted events.
        for (const init of [
          { key: 'R', code: 'KeyR', altKey: true, shiftKey: true },
          { key: 's', code: 'KeyS', ctrlKey: true },
          { key: 'c', code: 'KeyC', ctrlKey: true },
        ]) {
          document.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true }));
        }
        document.dispatchEvent(new Event('copy', { bubbles: true }));
        return out;
      }, extensionId);
      await sleep(1_500);
      const after = await libraryCount(sw);
      assert(after === before, `the library went from ${before} to ${after} extracts`);
      const status = await tabStatus();
      assert(status.state === 'clean' && status.readerOpen === false, `page state ${status.state}, reader open ${status.readerOpen}`);
      const clip = await clipboard(context, origin);
      assert(clip === sentinel, `the clipboard changed to ${JSON.stringify(short(clip, 60))}`);
      assert(log.downloads.length === downloads, `downloads: ${JSON.stringify(log.downloads.slice(downloads))}`);
      return `${before} extracts before and after, still clean, reader closed, clipboard untouched; ${tried.runtime}${tried.sendMessage ? `, sendMessage → ${JSON.stringify(tried.sendMessage)}` : ''}`;
    },
  );

  await check('security: page scripts clicking inside the open reader cannot save, copy or export', async () => {
    const settings = await getSettings(sw);
    const before = await libraryCount(sw);
    const downloads = log.downloads.length;
    await toTab({ type: 'jingdu:reader', open: true });
    await page.locator('jingdu-reader .jd-reader').waitFor({ state: 'visible', timeout: 5_000 });
    await page.bringToFront();
    // A page script selects text in the reader (as a user would), lets the reader see the selection
    // change, then clicks every control but close, fires copy events and save/copy/export keys.
    const clicked = await page.evaluate(async () => {
      const root = document.querySelector('jingdu-reader')?.shadowRoot;
      if (!root) return { reachable: false, clicked: [] };
      const para =
        [...root.querySelectorAll('.jd-article p')].find((p) => p.textContent.includes('XSS-SCRIPT')) ??
        root.querySelector('.jd-article p');
      const sel = getSelection();
      sel.removeAllRanges();
      if (para) {
        const range = document.createRange();
        range.selectNodeContents(para);
        sel.addRange(range);
      }
      await new Promise((r) => setTimeout(r, 300));
      const clicked = [];
      for (const el of root.querySelectorAll('button, [role="button"], a[href], input, select')) {
        if (el.matches('.jd-close')) continue;
        const name = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || el.localName).trim().slice(0, 20);
        clicked.push(el.disabled ? `${name} (disabled)` : name);
        el.click();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      (para ?? root).dispatchEvent(new Event('copy', { bubbles: true, composed: true }));
      for (const key of ['s', 'c', 'e'])
        root
          .querySelector('.jd-reader')
          ?.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, composed: true }));
      return { reachable: true, clicked, selected: sel.toString().length };
    });
    await sleep(1_500);
    const after = await libraryCount(sw);
    const clip = await clipboard(context, origin);
    const changed = JSON.stringify(await getSettings(sw)) !== JSON.stringify(settings);
    await putSettings(sw, settings);
    await toTab({ type: 'jingdu:reader', open: false });
    assert(
      after === before,
      `a page script saved ${after - before} extract(s) (library ${before} → ${after}): it selected ${clicked.selected} chars in the reader's open shadow root ` +
        `and clicked ${JSON.stringify(clicked.clicked)}. Privileged reader actions must ignore untrusted events (event.isTrusted).`,
    );
    assert(clip === sentinel, `the clipboard changed to ${JSON.stringify(short(clip, 60))}`);
    assert(log.downloads.length === downloads, `downloads: ${JSON.stringify(log.downloads.slice(downloads))}`);
    if (!clicked.reachable) return 'the reader shadow root is closed to the page';
    return (
      `shadow root open to the page; selected ${clicked.selected} chars, clicked ${clicked.clicked.length} controls (${clicked.clicked.join(' | ')}): nothing saved, copied or downloaded` +
      (changed ? '; NOTE: the page changed the stored reader settings (restored)' : '')
    );
  });
}
