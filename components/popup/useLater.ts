import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component whose module is fetched once, the first time a popup part asks for it. */
export interface Later<P> {
  loaded: () => ComponentType<P> | null;
  load: () => Promise<ComponentType<P>>;
}

export function later<P>(load: () => Promise<ComponentType<P>>): Later<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return { loaded: () => component, load: () => (loading ??= load().then((c) => (component = c))) };
}

/**
 * A component loaded after the popup's first paint: null until its module has arrived, and at once
 * when a part mounts again (another tab and back). The popup opens with only what draws the status
 * and the outline; the parts that wait for the full result anyway (figures, text repairs) or show on
 * few pages (read image pages) come in chunks of their own.
 */
export function useLater<P>(part: Later<P>): ComponentType<P> | null {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(part.loaded);
  useEffect(() => {
    if (Loaded) return;
    let live = true;
    void part.load().then((c) => live && setLoaded(() => c));
    return () => {
      live = false;
    };
  }, []);
  return Loaded;
}
