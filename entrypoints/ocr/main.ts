// The OCR page: Chrome's offscreen document, or a frame of Firefox's background page. It reads page
// images for the background, off the page's thread; only the background may ask (not a content script).
import { browser } from 'wxt/browser';
import { ocrHost } from '@/utils/ocr/host';
import { decodeImage, loadOcr } from '@/utils/ocr/load';
import { isOcrRequest } from '@/utils/ocr/protocol';

const host = ocrHost({
  load: () => loadOcr((path) => browser.runtime.getURL(`/${path}` as '/')),
  decode: decodeImage,
  // Idle, the offscreen document closes itself (the background opens it again when asked); the frame in
  // Firefox's background page stays, without its engine.
  idle: () => window.parent === window && window.close(),
});

browser.runtime.onMessage.addListener((msg: unknown, sender) => {
  if (sender.id !== browser.runtime.id || sender.tab || !isOcrRequest(msg, 'jingdu:ocr-run')) return undefined;
  return host.read(msg.src, msg.key);
});
