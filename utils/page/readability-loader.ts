import { findHostRule } from '../engine/hosts/find';
import { locate } from '../engine/stages/locate';
import { readabilitySource } from '../engine/stages/readability';

/** Whether locating this page's content gets past the host rules and the dominant container to Readability. */
export function needsReadability(doc: Document, url: string): boolean {
  if (!doc.body) return false;
  let reached = false;
  // The host's rule is all locate needs of recognition; reading the page's evidence here would be done twice.
  locate(doc, findHostRule(url), () => ((reached = true), null));
  return reached;
}

/**
 * Makes sure locate() has its last-resort finder on this page. Readability is injected only when the
 * fast finders do not settle the page, so most pages never pay for it.
 * @param request asks the background to inject the 'readability' part into this frame
 */
export async function ensureReadability(doc: Document, url: string, request: () => Promise<unknown>): Promise<boolean> {
  if (readabilitySource()) return true;
  if (!needsReadability(doc, url)) return false;
  try {
    await request();
  } catch {
    return false;
  }
  return readabilitySource() !== undefined;
}
