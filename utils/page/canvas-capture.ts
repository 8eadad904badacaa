import { CANVAS_ATTR, HELLO_EVENT, KEY_EVENT, recordsEvent, type DrawnBatch, type WireRun } from './canvas-wire';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Surface = HTMLCanvasElement | OffscreenCanvas;
type PageWindow = Window & typeof globalThis;

/** Runs kept while no key has come (or the extension stopped listening), so a page cannot fill memory. */
const MAX_PENDING = 200_000;
const RUNS_PER_MESSAGE = 20_000;
/** How often records are handed over: a page drawing a document calls fillText thousands of times. */
const FLUSH_MS = 50;

const ALIGN: Record<string, number> = { center: 0.5, right: 1, end: 1 };
/** Where the alphabetic baseline sits below y for each textBaseline, in font sizes (approximate). */
const BASELINE: Record<string, number> = { top: 0.8, hanging: 0.7, middle: 0.3, bottom: -0.2, ideographic: -0.2 };

const fonts = new Map<string, { size: number; bold: 0 | 1 }>();
/** Pixel size and weight from a CSS font shorthand ("bold 16px/1.5 SimSun"), cached per string. */
function fontOf(font: string): { size: number; bold: 0 | 1 } {
  let f = fonts.get(font);
  if (!f) {
    const m = /(\d+(?:\.\d+)?)(px|pt)/.exec(font);
    const size = m ? Number(m[1]) * (m[2] === 'pt' ? 4 / 3 : 1) : 10;
    f = { size, bold: /\b(?:bold|bolder|[6-9]00)\b/.test(font) ? 1 : 0 };
    fonts.set(font, f);
  }
  return f;
}

/**
 * Runs in the page's own world at document_start, before the page's scripts: wraps the 2D contexts'
 * text drawing and records what is drawn where, in each canvas's pixels. The records go to the
 * extension's isolated world as strings under an event name only it and this script know; nothing
 * in the page can call the extension through them. The wrappers keep the calls' behaviour and answer
 * toString as the originals do, so a page sees its canvas work as before.
 */
export function installCapture(win: PageWindow): void {
  const doc = win.document;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const listen = win.EventTarget.prototype.addEventListener;
  const unlisten = win.EventTarget.prototype.removeEventListener;
  const setAttr = win.Element.prototype.setAttribute;
  const Custom = win.CustomEvent;
  const stringify = win.JSON.stringify;
  const later = win.setTimeout.bind(win);

  let key: string | null = null;
  let pending: WireRun[] = [];
  const cleared = new Set<string>();
  let scheduled = false;
  const ids = new WeakMap<Surface, string>();
  let next = 0;
  /**
   * Every run drawn on a surface, kept for surfaces copied onto others: text drawn on an offscreen
   * canvas (or a hidden one) and then painted onto the page with drawImage, directly or as an ImageBitmap.
   */
  const drawnOn = new WeakMap<object, WireRun[]>();
  const keep = (surface: Surface, run: WireRun) => {
    const list = drawnOn.get(surface);
    if (list) list.push(run);
    else drawnOn.set(surface, [run]);
  };

  const flush = () => {
    scheduled = false;
    if (key === null || (!pending.length && !cleared.size)) return;
    const name = recordsEvent(key);
    const send = (batch: DrawnBatch) => dispatch.call(doc, new Custom(name, { detail: stringify(batch) }));
    send({ runs: pending.slice(0, RUNS_PER_MESSAGE), cleared: [...cleared] });
    for (let i = RUNS_PER_MESSAGE; i < pending.length; i += RUNS_PER_MESSAGE)
      send({ runs: pending.slice(i, i + RUNS_PER_MESSAGE), cleared: [] });
    pending = [];
    cleared.clear();
  };
  const soon = () => {
    if (scheduled) return;
    scheduled = true;
    later(flush, FLUSH_MS);
  };

  const onKey = (e: Event) => {
    const detail = (e as CustomEvent).detail;
    if (key !== null || typeof detail !== 'string') return;
    key = detail;
    e.preventDefault();
    unlisten.call(doc, KEY_EVENT, onKey, true);
    soon();
  };
  listen.call(doc, KEY_EVENT, onKey, true);
  dispatch.call(doc, new Custom(HELLO_EVENT));

  const idOf = (surface: Surface): string => {
    let id = ids.get(surface);
    if (!id) {
      const onPage = 'setAttribute' in surface;
      id = `${onPage ? 'c' : 'o'}${next++}`;
      ids.set(surface, id);
      if (onPage) setAttr.call(surface, CANVAS_ATTR, id);
    }
    return id;
  };

  const record = (ctx: Ctx, measure: (text: string) => TextMetrics, text: unknown, x: unknown, y: unknown, maxWidth: unknown) => {
    if (pending.length >= MAX_PENDING || typeof x !== 'number' || typeof y !== 'number') return;
    const t = String(text);
    const { size, bold } = fontOf(ctx.font);
    let w = measure.call(ctx, t).width;
    if (typeof maxWidth === 'number' && maxWidth < w) w = maxWidth;
    const m = ctx.getTransform();
    const ux = x - w * (ALIGN[ctx.textAlign] ?? 0);
    const uy = y + size * (BASELINE[ctx.textBaseline] ?? 0);
    const sx = Math.hypot(m.a, m.b);
    const sy = Math.hypot(m.c, m.d);
    const run: WireRun = [idOf(ctx.canvas), t, m.a * ux + m.c * uy + m.e, m.b * ux + m.d * uy + m.f, w * sx, size * sy, bold];
    keep(ctx.canvas, run);
    pending.push(run);
    soon();
  };

  /** drawImage of a surface that holds text: its runs, mapped to where they land on this canvas. */
  const copied = (ctx: Ctx, args: unknown[]) => {
    const from = args[0] as object;
    const runs = drawnOn.get(from);
    if (!runs?.length || pending.length >= MAX_PENDING) return;
    const src = from as { width: number; height: number };
    const n = args.map(Number);
    const [sx, sy, sw, sh, dx, dy, dw, dh] =
      args.length >= 9
        ? n.slice(1, 9)
        : args.length >= 5
          ? [0, 0, src.width, src.height, n[1]!, n[2]!, n[3]!, n[4]!]
          : [0, 0, src.width, src.height, n[1]!, n[2]!, src.width, src.height];
    if (![sx, sy, sw, sh, dx, dy, dw, dh].every(Number.isFinite) || !sw || !sh) return;
    const kx = dw! / sw!;
    const ky = dh! / sh!;
    const m = ctx.getTransform();
    const id = idOf(ctx.canvas);
    for (const [, t, x, y, w, size, bold] of runs) {
      const ux = dx! + (x - sx!) * kx;
      const uy = dy! + (y - sy!) * ky;
      const run: WireRun = [
        id,
        t,
        m.a * ux + m.c * uy + m.e,
        m.b * ux + m.d * uy + m.f,
        w * kx * Math.hypot(m.a, m.b),
        size * ky * Math.hypot(m.c, m.d),
        bold,
      ];
      keep(ctx.canvas, run);
      pending.push(run);
    }
    soon();
  };

  const originals = new WeakMap<object, object>();
  const wrapContext = (proto: Ctx | undefined) => {
    if (!proto) return;
    const measure = proto.measureText;
    for (const name of ['fillText', 'strokeText'] as const) {
      const original = proto[name] as (this: Ctx, ...args: unknown[]) => void;
      if (typeof original !== 'function') continue;
      const wrapper = {
        [name](this: Ctx, ...args: unknown[]) {
          try {
            record(this, measure, args[0], args[1], args[2], args[3]);
          } catch {
            // A recording failure never changes what the page draws.
          }
          return original.apply(this, args);
        },
      }[name]!;
      originals.set(wrapper, original);
      Object.defineProperty(proto, name, { value: wrapper, writable: true, configurable: true, enumerable: true });
    }
    const drawImage = proto.drawImage as (this: Ctx, ...args: unknown[]) => void;
    const copier = {
      drawImage(this: Ctx, ...args: unknown[]) {
        try {
          copied(this, args);
        } catch {
          // as above
        }
        return drawImage.apply(this, args);
      },
    }.drawImage;
    originals.set(copier, drawImage);
    Object.defineProperty(proto, 'drawImage', { value: copier, writable: true, configurable: true, enumerable: true });
    // A rectangle over the whole canvas (a clear, or a background painted before a redraw) wipes its text.
    for (const name of ['clearRect', 'fillRect'] as const) {
      const original = proto[name] as (this: Ctx, x: number, y: number, w: number, h: number) => void;
      const wrapper = {
        [name](this: Ctx, x: number, y: number, w: number, h: number) {
          try {
            const id = ids.get(this.canvas);
            const m = this.getTransform();
            if (
              id &&
              m.b === 0 &&
              m.c === 0 &&
              m.e + x * m.a <= 0 &&
              m.f + y * m.d <= 0 &&
              m.e + (x + w) * m.a >= this.canvas.width &&
              m.f + (y + h) * m.d >= this.canvas.height
            )
              wipe(id, this.canvas);
          } catch {
            // as above
          }
          return original.call(this, x, y, w, h);
        },
      }[name]!;
      originals.set(wrapper, original);
      Object.defineProperty(proto, name, { value: wrapper, writable: true, configurable: true, enumerable: true });
    }
  };

  const wipe = (id: string, surface?: Surface) => {
    if (surface) drawnOn.delete(surface);
    pending = pending.filter((r) => r[0] !== id);
    cleared.add(id);
    soon();
  };

  // Setting a canvas's width or height clears it too.
  for (const prop of ['width', 'height'] as const) {
    const desc = Object.getOwnPropertyDescriptor(win.HTMLCanvasElement.prototype, prop);
    const set = desc?.set;
    if (!desc || !set) continue;
    const setter = function (this: HTMLCanvasElement, v: number) {
      const id = ids.get(this);
      if (id) wipe(id, this);
      set.call(this, v);
    };
    originals.set(setter, set);
    Object.defineProperty(win.HTMLCanvasElement.prototype, prop, { ...desc, set: setter });
  }

  wrapContext(win.CanvasRenderingContext2D?.prototype);
  wrapContext(win.OffscreenCanvasRenderingContext2D?.prototype);
  // An offscreen canvas handed over as a bitmap carries its text along.
  const offscreen = win.OffscreenCanvas?.prototype;
  const transfer = offscreen?.transferToImageBitmap;
  if (offscreen && transfer) {
    const transferrer = {
      transferToImageBitmap(this: OffscreenCanvas) {
        const bitmap = transfer.call(this);
        const runs = drawnOn.get(this);
        if (runs) {
          drawnOn.set(bitmap, runs);
          drawnOn.delete(this);
        }
        return bitmap;
      },
    }.transferToImageBitmap;
    originals.set(transferrer, transfer);
    Object.defineProperty(offscreen, 'transferToImageBitmap', { value: transferrer, writable: true, configurable: true, enumerable: true });
  }

  const toString = win.Function.prototype.toString;
  const masked = {
    toString(this: object) {
      return toString.call(originals.get(this) ?? this);
    },
  }.toString;
  originals.set(masked, toString);
  Object.defineProperty(win.Function.prototype, 'toString', { value: masked, writable: true, configurable: true });
}
