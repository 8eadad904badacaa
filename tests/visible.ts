const UNSHOWN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * The text a reader sees on a page without styles: text outside script and style, outside elements
 * the page or the cleaning hid with display:none, the hidden attribute or visibility:hidden.
 */
export function shownText(doc: Document): string {
  const out: string[] = [];
  const stack: Node[] = [doc.documentElement];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out.push((n as Text).data);
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (UNSHOWN.has(el.localName) || el.hasAttribute('hidden')) continue;
    if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) continue;
    if (/(?:^|\s)jammer(?:\s|$)/.test(el.getAttribute('class') ?? '')) continue;
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join('');
}
