import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Headings above this fraction of the reading area count as read. */
const LINE = 0.3;

/**
 * Index of the heading the reader is in: the last one above the reading line, or -1 before the
 * first. IntersectionObserver says when a heading crosses the line's band, so the position is
 * measured then instead of on every scroll event; a jump that carries headings across the whole band
 * at once crosses nothing, hence also 'scrollend'.
 *
 * Returns the index and `pin(i)`, for a scroll the reader starts towards heading i: the headings it
 * passes on the way do not light up in turn.
 */
export function useActiveHeading(scroller: RefObject<HTMLElement | null>, headings: RefObject<HTMLElement[]>, count: number) {
  const [active, setActive] = useState(-1);
  const pinned = useRef(false);
  useEffect(() => {
    const root = scroller.current;
    const els = headings.current;
    if (!root || !els.length || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      if (pinned.current) return;
      const line = root.getBoundingClientRect().top + root.clientHeight * LINE;
      let at = -1;
      els.forEach((el, i) => {
        if (el.getBoundingClientRect().top <= line + 1) at = i;
      });
      setActive(at);
    };
    const settle = () => {
      pinned.current = false;
      update();
    };
    const io = new IntersectionObserver(update, { root, rootMargin: `0px 0px -${100 - LINE * 100}% 0px` });
    for (const el of els) io.observe(el);
    root.addEventListener('scrollend', settle);
    return () => {
      io.disconnect();
      root.removeEventListener('scrollend', settle);
    };
  }, [count]);

  const pin = (i: number, scrolls: boolean) => {
    pinned.current = scrolls;
    setActive(i);
  };
  return [active, pin] as const;
}
