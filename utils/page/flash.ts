/**
 * Scrolls an element into view and outlines it briefly. Web Animations leave the element's
 * attributes alone, so a flash can never leak into the page that "show original" restores.
 */
export function flash(el: Element, ms = 1600): void {
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.animate?.(
    [
      { outline: '3px solid rgba(232, 162, 58, 1)', outlineOffset: '4px', backgroundColor: 'rgba(255, 236, 179, 0.6)' },
      { outline: '3px solid rgba(232, 162, 58, 0)', outlineOffset: '4px', backgroundColor: 'rgba(255, 236, 179, 0)' },
    ],
    { duration: ms, easing: 'ease-in' },
  );
}
