import { isOcrPageResult, isOcrRequest, OCR_FAILED, type OcrPageResult, type OcrRunMessage } from '../ocr/protocol';

export interface OcrRelayDeps {
  runtimeId: string;
  /** Makes sure the OCR page is open (Chrome: an offscreen document; Firefox: a frame in this page). */
  ensurePage(): Promise<void>;
  /** Sends to the extension's own pages, which the OCR page is one of. */
  send(msg: OcrRunMessage): Promise<unknown>;
}

/** Second-level names under which a Chinese site registers its own (example.com.cn, not com.cn). */
const SHARED_SECOND = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co']);

/** The registrable part of a host name, near enough: book118.com for max.book118.com, x.com.cn for a.x.com.cn. */
export function siteOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  // An address is its own site.
  if (/^[\d.]+$|:/.test(host)) return host;
  const labels = host.split('.');
  const keep = labels.length >= 3 && SHARED_SECOND.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The OCR page fetches an image again only from the site of the page that shows it (its CDN hosts
 * included): a page cannot make the extension send requests elsewhere. Pixels in a data: address need no request.
 */
function fromPageSite(src: string, page: string | undefined): boolean {
  if (src.startsWith('data:')) return true;
  const site = siteOf(src);
  return page !== undefined && site !== null && site === siteOf(page);
}

/**
 * The background's side of "read image pages": a content script of ours asks for one page image, the
 * OCR page reads it. Undefined (no answer) for any other message or sender. Never rejects: whatever goes
 * wrong is a failed page, which the page shows and goes on from.
 */
export function handleOcrMessage(
  deps: OcrRelayDeps,
  msg: unknown,
  sender: { id?: string; tab?: { id?: number; url?: string } },
): Promise<OcrPageResult> | undefined {
  if (!isOcrRequest(msg, 'jingdu:ocr-read') || sender.id !== deps.runtimeId || sender.tab?.id === undefined) return undefined;
  if (!fromPageSite(msg.src, sender.tab.url)) return Promise.resolve(OCR_FAILED);
  return deps
    .ensurePage()
    .then(() => deps.send({ type: 'jingdu:ocr-run', src: msg.src, key: msg.key }))
    .then((reply) => (isOcrPageResult(reply) ? reply : OCR_FAILED))
    .catch((err: unknown) => {
      console.warn('JingDu: OCR page', err);
      return OCR_FAILED;
    });
}

interface OffscreenApi {
  hasDocument?(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

/**
 * Opens the OCR page once. Chrome MV3 has no DOM in the service worker: an offscreen document
 * (permission `offscreen`). Firefox MV2 has none of that API; its background page holds the OCR page
 * in a frame instead, its own thread, not a web page's.
 */
export function ocrPageOpener(url: string, offscreen: OffscreenApi | undefined, doc: Document | undefined): () => Promise<void> {
  let opening: Promise<void> | null = null;
  if (offscreen) {
    return async () => {
      if (await offscreen.hasDocument?.()) return;
      await (opening ??= offscreen
        .createDocument({ url, reasons: ['BLOBS'], justification: 'Reads the page images the user asked to read (OCR), off the page.' })
        .finally(() => void (opening = null)));
    };
  }
  return () =>
    (opening ??= new Promise<void>((resolve, reject) => {
      if (!doc?.body) return reject(new Error('no page to hold the OCR frame'));
      const frame = doc.createElement('iframe');
      frame.onload = () => resolve();
      frame.src = url;
      doc.body.append(frame);
    }).catch((err: unknown) => {
      opening = null;
      throw err;
    }));
}
