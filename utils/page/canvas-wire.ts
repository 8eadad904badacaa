/**
 * What the page-world canvas recorder (canvas-capture.ts) sends the extension (canvas-listen.ts), and the
 * checks every message passes. The page can forge any of it; all it could change is the text shown as
 * that page's own text, so a message is data to validate, never a command.
 */

/** Isolated → page world, once, before page scripts run: the name records travel under. Cancelable: the recorder cancels it to say "received". */
export const KEY_EVENT = 'jingdu:canvas-key';
/** Page world → isolated: "I started and have no key yet". */
export const HELLO_EVENT = 'jingdu:canvas-hello';
export const recordsEvent = (key: string) => `jingdu:canvas:${key}`;
/** The attribute that names a canvas to the extension. */
export const CANVAS_ATTR = 'data-jingdu-canvas';

/** One fillText/strokeText call, in the canvas's own pixels: [canvas, text, x, y, width, size, bold]. */
export type WireRun = [canvas: string, text: string, x: number, y: number, width: number, size: number, bold: 0 | 1];
/** A message: runs drawn, or canvases whose drawing was cleared since. */
export interface DrawnBatch {
  runs: WireRun[];
  cleared: string[];
}

const MAX_MESSAGE = 4_000_000;
const MAX_TEXT = 2_000;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[co]\d{1,6}$/.test(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e6;

function isRun(v: unknown): v is WireRun {
  return (
    Array.isArray(v) &&
    v.length === 7 &&
    isId(v[0]) &&
    typeof v[1] === 'string' &&
    v[1].length <= MAX_TEXT &&
    isNum(v[2]) &&
    isNum(v[3]) &&
    isNum(v[4]) &&
    v[4] >= 0 &&
    isNum(v[5]) &&
    v[5] > 0 &&
    (v[6] === 0 || v[6] === 1)
  );
}

/** The batch a message carries, or null when it is not one: whole batches only, nothing half-read. */
export function readBatch(detail: unknown): DrawnBatch | null {
  if (typeof detail !== 'string' || detail.length > MAX_MESSAGE) return null;
  let v: unknown;
  try {
    v = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { runs, cleared } = v as Record<string, unknown>;
  if (!Array.isArray(runs) || !Array.isArray(cleared) || !runs.every(isRun) || !cleared.every(isId)) return null;
  return { runs, cleared };
}
