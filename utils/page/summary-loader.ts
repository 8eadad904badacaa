import { summarySource } from '../engine/summary';

/**
 * Makes sure the engine can sum up a reading (outline, figures, text) before a result is read.
 * @param request asks the background to inject the 'summary' part into this frame
 */
export async function ensureSummary(request: () => Promise<unknown>): Promise<boolean> {
  if (summarySource()) return true;
  try {
    await request();
  } catch {
    return false;
  }
  return summarySource() !== undefined;
}
