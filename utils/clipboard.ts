/** What a copy did: the UI shows "copied" or why the browser refused. */
export type CopyResult = { ok: true; rich: boolean } | { ok: false; reason: string };

type Clip = Pick<Clipboard, 'writeText' | 'write'>;

const clipboard = (): Clip | undefined => (typeof navigator === 'undefined' ? undefined : navigator.clipboard);

function refused(err: unknown): CopyResult {
  const reason = err instanceof Error ? err.message || err.name : String(err);
  return { ok: false, reason };
}

export async function copyText(text: string, clip: Clip | undefined = clipboard()): Promise<CopyResult> {
  if (!clip) return { ok: false, reason: 'navigator.clipboard is not available' };
  try {
    await clip.writeText(text);
    return { ok: true, rich: false };
  } catch (err) {
    return refused(err);
  }
}

/**
 * HTML and plain text as one clipboard item: Word and WPS paste the headings, a plain editor the
 * text. Where the browser has no ClipboardItem the plain text is still copied, and `rich` says so.
 */
export async function copyRich(html: string, text: string, clip: Clip | undefined = clipboard()): Promise<CopyResult> {
  if (!clip) return { ok: false, reason: 'navigator.clipboard is not available' };
  if (typeof ClipboardItem === 'undefined' || typeof clip.write !== 'function') return copyText(text, clip);
  try {
    await clip.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return { ok: true, rich: true };
  } catch (err) {
    return refused(err);
  }
}
