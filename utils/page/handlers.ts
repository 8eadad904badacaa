import { flash } from './flash';
import type { OcrStatus, PageMessage, PageSelection, PageStatus } from './messages';
import type { PageSession } from './session';

type Reply = PageStatus | PageSelection | OcrStatus;

/**
 * The popup asks for the kept result every time it opens: a page analysed once is not analysed again, and
 * one not analysed yet is cleaned first where the user has automatic cleaning on.
 */
async function cleanedAsSet(page: PageSession): Promise<PageSession> {
  if (!page.cleaner.analysis && page.autoClean()) await page.cleaner.cleanGradually(false);
  return page;
}
type Handler<T extends PageMessage['type']> = (
  page: PageSession,
  msg: Extract<PageMessage, { type: T }>,
) => Promise<Reply | void> | Reply | void;

/** What the content script does for each message from the popup or the background. Without a reply of its own, a handler's answer is the page's status. */
export const handlers: { [T in PageMessage['type']]: Handler<T> } = {
  'jingdu:ocr': (page, msg) => page.ocr(msg.action),
  'jingdu:selection': (page) => page.selection(),
  'jingdu:show-original': (page) => {
    page.setOriginal(true);
    page.cleaner.restore();
  },
  'jingdu:clean': async (page) => {
    page.setOriginal(false);
    await page.cleaner.cleanGradually(true);
  },
  'jingdu:result': async (page) => (await cleanedAsSet(page)).status(true),
  'jingdu:glance': async (page) => (await cleanedAsSet(page)).status(false, true),
  'jingdu:scroll-to': (page, msg) => {
    const el = page.cleaner.analysis?.elementAt(msg.block, msg.offset);
    if (el) flash(el);
  },
  'jingdu:spin-view': (page, msg) => page.cleaner.showSpun(msg.spun),
  'jingdu:simplify': async (page) => {
    page.askSimplify();
    page.cleaner.restore();
    await page.cleaner.cleanGradually(true);
  },
  'jingdu:reader': async (page, msg) => {
    // The reader shows the result: it is summed up first.
    await page.cleaner.read();
    if (msg.open === undefined) await page.reader.toggle();
    else if (msg.open) await page.reader.open();
    else page.reader.close();
  },
  'jingdu:saved': (page, msg) => page.notify(msg.outcome),
};

export async function handle(page: PageSession, msg: PageMessage): Promise<Reply> {
  await page.ready;
  const reply = await (handlers[msg.type] as Handler<typeof msg.type>)(page, msg as never);
  return reply ?? page.status(false);
}
