// The security suite's detectors: the built extension's files, a monitor of dialogs, console markers,
// downloads and requests, and the DOM check of an extension view (hygiene).
import fs from 'node:fs';
import path from 'node:path';
import { EXT, SIGNAL } from './payloads.mjs';

/** Every file of the built extension: an extension page may request these and nothing else. */
export function extensionFiles() {
  const out = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.add('/' + path.relative(EXT, p).split(path.sep).join('/'));
    }
  };
  walk(EXT);
  return out;
}

/**
 * Records, for the whole suite, every dialog, console line with an XSS signal, page error, download and
 * network request in the browser context, with where it came from. Pages registered as controls (the
 * detectors' self-test) are kept apart.
 */
export function monitor(context, sw, origin) {
  const log = { dialogs: [], signals: [], errors: [], downloads: [], requests: [] };
  const controls = new Set();
  const kind = (p) => (controls.has(p) ? 'control' : p?.url().startsWith(origin) ? 'extension page' : 'web page');
  const watch = (p) => {
    p.on('dialog', (d) => {
      log.dialogs.push({ where: kind(p), url: p.url(), text: d.message(), t: Date.now() });
      d.dismiss().catch(() => {});
    });
    p.on('console', (m) => {
      if (SIGNAL.test(m.text())) log.signals.push({ where: kind(p), url: p.url(), text: m.text(), t: Date.now() });
    });
    p.on('pageerror', (e) => log.errors.push({ where: kind(p), url: p.url(), text: String(e?.message ?? e) }));
    p.on('download', (d) => log.downloads.push({ where: kind(p), url: p.url(), name: d.suggestedFilename(), t: Date.now() }));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const watchWorker = (w) =>
    w.on('console', (m) => {
      if (SIGNAL.test(m.text())) log.signals.push({ where: 'service worker', url: w.url(), text: m.text(), t: Date.now() });
    });
  watchWorker(sw);
  context.on('serviceworker', watchWorker);
  context.on('request', (r) => {
    const entry = { url: r.url(), t: Date.now() };
    const worker = r.serviceWorker();
    if (worker) Object.assign(entry, { where: worker.url().startsWith(origin) ? 'service worker' : 'web worker', by: worker.url() });
    else {
      let frame = null;
      try {
        frame = r.frame();
      } catch {
        // A request with neither frame nor worker: the browser's own.
      }
      const p = frame?.page() ?? null;
      const frameUrl = frame?.url() ?? '';
      entry.where =
        p && controls.has(p)
          ? 'control'
          : frameUrl.startsWith(origin) || p?.url().startsWith(origin)
            ? 'extension page'
            : p
              ? 'web page'
              : 'browser';
      entry.by = p?.url() ?? frameUrl;
    }
    log.requests.push(entry);
  });
  return { log, control: (p) => controls.add(p) };
}

/**
 * The DOM of an extension view, checked for page-derived markup: no element that fetches, frames or
 * scripts (iframe, object, img, math, base, template…), no on* attribute, no URL attribute that is
 * javascript:, data: or points off the extension, no style with url()/@import/expression, no script
 * or foreignObject inside an SVG. Runs in the browser; `root` is a Document, element or ShadowRoot.
 */
export function hygiene(root, origin) {
  const problems = [];
  const FORBIDDEN = new Set([
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'img',
    'image',
    'picture',
    'video',
    'audio',
    'source',
    'track',
    'portal',
    'math',
    'mglyph',
    'mtext',
    'maction',
    'template',
    'noscript',
    'foreignobject',
    'animate',
    'set',
    'animatetransform',
    'animatemotion',
    'handler',
    'listener',
    'xmp',
    'plaintext',
    'marquee',
  ]);
  const URL_ATTRS = new Set([
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'xlink:href',
    'ping',
    'codebase',
    'cite',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'manifest',
  ]);
  const describe = (el) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class').split(/\s+/).join('.')}` : ''}>`;
  const badUrl = (value) => {
    const v = value
      .trim()
      .replace(/[\u0000-\u0020]/g, '')
      .toLowerCase();
    if (/^(javascript|vbscript|data|blob|file|filesystem):/.test(v)) return true;
    if (/^(https?:)?\/\//.test(v) && !/^https?:\/\/(www\.31doc\.com|www\.huiwenwang\.cn|www\.ruiwen\.com)(\/|$)/.test(v)) return true;
    if (v.includes('evil.test')) return true;
    return false;
  };
  const all = [...root.querySelectorAll('*')];
  for (const el of all) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) problems.push(`${describe(el)} element`);
    // The page's own <meta charset> and viewport are fine; a refresh or CSP from page text is not.
    if (tag === 'meta' && (el.hasAttribute('http-equiv') || el.closest('body') || el.getRootNode() instanceof ShadowRoot))
      problems.push(`<meta ${el.getAttribute('http-equiv') ?? ''}>`);
    if (tag === 'script') {
      const src = el.getAttribute('src');
      if (!src || !new URL(src, document.baseURI).href.startsWith(origin))
        problems.push(`<script> ${src ? `src=${src}` : `inline: ${el.textContent.slice(0, 60)}`}`);
    }
    if (tag === 'link' && !new URL(el.getAttribute('href') ?? '', document.baseURI).href.startsWith(origin))
      problems.push(`<link href=${el.getAttribute('href')}>`);
    if (tag === 'style' && /@import|url\s*\(|expression\s*\(|evil\.test/i.test(el.textContent))
      problems.push(`<style> with ${el.textContent.match(/@import|url\s*\(|expression\s*\(|evil\.test/i)[0]}`);
    if (tag === 'svg' && el.querySelector('script, foreignObject, a, image, use:not([href^="#"])'))
      problems.push(`${describe(el)} with active content`);
    for (const { name, value } of [...el.attributes]) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) problems.push(`${describe(el)} ${n}=${JSON.stringify(value.slice(0, 60))}`);
      if (URL_ATTRS.has(n) && badUrl(value) && !(n === 'href' && tag === 'a' && /^https?:\/\/(www\.31doc\.com)\//.test(value)))
        problems.push(`${describe(el)} ${n}=${JSON.stringify(value.slice(0, 80))}`);
      if (n === 'style' && /url\s*\(|expression\s*\(|@import|evil\.test|javascript:/i.test(value))
        problems.push(`${describe(el)} style=${JSON.stringify(value.slice(0, 80))}`);
    }
  }
  return { elements: all.length, problems };
}

export const hygieneIn = async (handle, origin) => handle.evaluate(hygiene, origin);
