/** A node's text, or a text already read from the page (read once, checked by several parts). */
export type TextSource = Node | string;

const textOf = (s: TextSource) => (typeof s === 'string' ? s : (s.textContent ?? ''));

/**
 * Makes sure an on-demand part (a dictionary, a table) is there when `within`'s text needs it. It is
 * injected only when `needed` says so, so most pages never pay for it; a refused injection (the
 * extension reloaded, no access to the frame) leaves the page working without it.
 * @param request asks the background to inject the part into this frame
 */
export async function ensurePart(
  ready: () => boolean,
  needed: (texts: string[]) => boolean,
  within: readonly TextSource[],
  request: () => Promise<unknown>,
): Promise<boolean> {
  if (ready()) return true;
  if (!needed(within.map(textOf))) return false;
  try {
    await request();
  } catch {
    return false;
  }
  return ready();
}
