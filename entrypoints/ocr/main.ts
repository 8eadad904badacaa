// The OCR page: Chrome's offscreen document, or a frame of Firefox's background page. It reads page
// images for the background, off the page's thread; only the background may ask (not a content script).
import { browser } from 'wxt/browser';
import { ocrHost } from '@/utils/ocr/host';
import { isOcrRequest } from '@/utils/ocr/protocol';

const host = ocrHost((path) => browser.runtime.getURL(`/${path}` as '/'));

browser.runtime.onMessage.addListener((msg: unknown, sender) => {
  if (sender.id !== browser.runtime.id || sender.tab || !isOcrRequest(msg, 'jingdu:ocr-run')) return undefined;
  return host.read(msg.src, msg.key);
});
