export const NOTICE_TAG = 'jingdu-notice';

// !important in :host beats the page's own rules for the host element (outer rules win otherwise).
const CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important; left: 50% !important;
  bottom: 28px !important; transform: translateX(-50%) !important; display: block !important; pointer-events: none !important; }
p { margin: 0; max-width: min(560px, 86vw); padding: 9px 16px; border-radius: 9px; box-sizing: border-box;
  font: 14px/1.5 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', system-ui, sans-serif;
  background: #1f2329; color: #ffffff; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
p[data-kind='error'] { background: #fbe9e7; color: #8c1d18; border: 1px solid #b3261e; }
`;

let current: { host: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;

function dismiss() {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

/**
 * A transient line at the bottom of the page when the reader is closed. It lives in a shadow root on
 * <html>, outside <body>: the cleaner neither mistakes it for site content nor finds it in what it
 * restores, and the page's styles cannot reach it. Errors stay longer, to be read.
 */
export function showPageNotice(doc: Document, text: string, kind: 'ok' | 'error'): void {
  dismiss();
  const host = doc.createElement(NOTICE_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const line = doc.createElement('p');
  line.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  line.dataset.kind = kind;
  line.textContent = text;
  root.append(style, line);
  doc.documentElement.append(host);
  current = { host, timer: setTimeout(dismiss, kind === 'error' ? 8_000 : 3_500) };
}
