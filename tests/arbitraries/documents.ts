/** Generated pages made into documents: HTML for a parser, or DOM calls; linkedom and happy-dom. */
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import type { GenPage } from './pages';
import { VOID_TAGS, type GenNode } from './trees';

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function nodeHtml(n: GenNode): string {
  if (n.t === 'text') return escText(n.text);
  const open = `<${n.tag}${n.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}>`;
  return VOID_TAGS.has(n.tag) ? open : `${open}${n.children.map(nodeHtml).join('')}</${n.tag}>`;
}

export function pageHtml(p: Pick<GenPage, 'title' | 'body'>): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escText(p.title)}</title></head><body>${p.body.map(nodeHtml).join('')}</body></html>`;
}

/** Builds the tree with DOM calls, which (unlike a parser) keeps empty, adjacent and misnested nodes. */
export function appendNodes(doc: Document, parent: Node, nodes: GenNode[]): void {
  for (const n of nodes) {
    if (n.t === 'text') {
      parent.appendChild(doc.createTextNode(n.text));
      continue;
    }
    const el = doc.createElement(n.tag);
    for (const [k, v] of n.attrs) el.setAttribute(k, v);
    appendNodes(doc, el, n.children);
    parent.appendChild(el);
  }
}

export function linkedomDoc(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  // linkedom's head/body getters insert the element when it is missing; touch them once now so
  // that a later read by the engine does not count as a change to the page.
  void doc.body;
  return doc;
}

let happyWindow: Window | null = null;
/** One shared happy-dom window; each page is its own document from the window's DOMParser. */
export function happyDoc(html: string): Document {
  happyWindow ??= new Window({
    url: 'https://example.com/',
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function builtDoc(p: Pick<GenPage, 'title' | 'body'>, make: (html: string) => Document = linkedomDoc): Document {
  const doc = make(pageHtml({ title: p.title, body: [] }));
  appendNodes(doc, doc.body, p.body);
  return doc;
}
