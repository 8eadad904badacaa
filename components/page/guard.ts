/** Events that sites cancel to stop copying; inside the reader they must not reach the page's listeners. */
export const guardedEvents = ['copy', 'cut', 'selectstart', 'contextmenu', 'keydown', 'mousedown', 'dragstart'] as const;

/**
 * Capture listeners on window run before the page's document and element listeners, and before
 * window listeners the page adds later. They stop events from inside the reader there, which leaves
 * the browser's default action (copy, select, menu) alone. Escape passes: the reader closes on it.
 */
export function guardEvents(win: Window, inside: (e: Event) => boolean): void {
  const stop = (e: Event) => {
    if (!inside(e)) return;
    if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Escape') return;
    e.stopImmediatePropagation();
  };
  for (const type of guardedEvents) win.addEventListener(type, stop, true);
}
