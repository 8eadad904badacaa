import { useEffect, useRef } from 'preact/hooks';
import type { ReaderT } from './strings';

interface Props {
  t: ReaderT;
  headings: { level: number; text: string }[];
  active: number;
  onPick: (index: number) => void;
}

export function OutlineSidebar({ t, headings, active, onPick }: Props) {
  const nav = useRef<HTMLElement>(null);
  const top = Math.min(...headings.map((h) => h.level));

  // Scrolls the sidebar alone (it is positioned, so offsetTop is inside it): scrollIntoView would also move the page.
  useEffect(() => {
    const box = nav.current;
    if (!box) return;
    const item = box.querySelector<HTMLElement>('[aria-current="location"]');
    if (!item) {
      box.scrollTop = 0;
      return;
    }
    const y = item.offsetTop;
    if (y < box.scrollTop || y + item.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = y - box.clientHeight / 3;
    }
  }, [active]);

  return (
    <nav class="jd-outline" ref={nav} aria-label={t('outline')}>
      <p class="jd-outline-title">{t('outline')}</p>
      <ol>
        {headings.map((h, i) => (
          <li key={i} style={{ paddingInlineStart: `${(h.level - top) * 14}px` }}>
            <button
              type="button"
              class={`jd-outline-item jd-level-${h.level - top + 1}`}
              aria-current={i === active ? 'location' : undefined}
              onClick={() => onPick(i)}
            >
              {h.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
