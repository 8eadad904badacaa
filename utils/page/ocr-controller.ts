import { browser } from 'wxt/browser';
import { isOcrPageResult, OCR_FAILED, type OcrPageResult, type OcrReadMessage } from '../ocr/protocol';
import type { PageCleaner } from './cleaner';
import type { OcrAction } from './messages';
import { pageImages } from './ocr-images';
import { OcrRun, type OcrStatus } from './ocr-run';
import { relayer } from './relayer';
import { showTextLayer } from './text-layer';

/**
 * "Read image pages" in a tab: the content script's side. Each page image goes to the background, which
 * has the OCR page read it; the text goes under the image (the image stays: the reader, outline and
 * copy read the text, the page still shows what the site drew), and the page is cleaned again from it.
 * @param filled called after each page's text is in the page (the open reader shows it)
 */
export function ocrController(doc: Document, cleaner: PageCleaner, filled: () => void) {
  const read = async (src: string, key: string): Promise<OcrPageResult> => {
    const msg: OcrReadMessage = { type: 'jingdu:ocr-read', src, key };
    const reply: unknown = await browser.runtime.sendMessage(msg);
    return isOcrPageResult(reply) ? reply : OCR_FAILED;
  };
  const run = new OcrRun<HTMLImageElement>(read, (img, blocks) => {
    showTextLayer(img, blocks, 'ocr', 'below');
    relayer(cleaner);
    filled();
  });
  return (action: OcrAction): OcrStatus => {
    if (action === 'start') void run.start(pageImages(doc));
    if (action === 'stop') run.stop();
    return { ...run.progress, waiting: run.progress.running ? 0 : pageImages(doc).length };
  };
}
