// Security suite, last: what the monitor recorded over the whole suite (every surface above): no dialog or
// XSS console marker, no request to evil.test, extension pages and the service worker request only their own
// files, web pages only what the local server serves.
import { assert } from '../helpers.mjs';
import { EVIL_HOST, SERVED_HOSTS, SERVED_PATHS, short, sleep } from './payloads.mjs';

/** Everything the monitor saw during the suite: no dialog, marker, evil.test request or foreign request. */
export default async function networkChecks(s) {
  const { check, origin, files, log } = s;
  await sleep(500);
  const isControl = (r) => r.where === 'control' || /\/control-/.test(r.url);
  await check('security: no dialog and no XSS console marker in any page, the reader or the service worker', async () => {
    const dialogs = log.dialogs.filter((d) => d.where !== 'control');
    const signals = log.signals.filter((s) => s.where !== 'control');
    assert(!dialogs.length && !signals.length, JSON.stringify({ dialogs, signals }, null, 1));
    const errors = log.errors.filter((e) => e.where !== 'control');
    return (
      `${log.dialogs.length - dialogs.length} control dialogs, ${log.signals.length - signals.length} control markers` +
      (errors.length ? `; page errors: ${JSON.stringify(errors.slice(0, 3))}` : '')
    );
  });
  await check('security: no request to evil.test from any page, frame or worker', async () => {
    const evil = log.requests.filter(
      (r) =>
        !isControl(r) &&
        (() => {
          try {
            return new URL(r.url).hostname.endsWith(EVIL_HOST);
          } catch {
            return r.url.includes(EVIL_HOST);
          }
        })(),
    );
    assert(!evil.length, evil.map((r) => `${r.where} ${r.by}: ${r.url}`).join('\n'));
    return `${log.requests.length} requests recorded`;
  });
  await check('security: no network: extension pages and the service worker request only their own files', async () => {
    const own = log.requests.filter((r) => !isControl(r) && (r.where === 'extension page' || r.where === 'service worker'));
    const bad = own.filter((r) => {
      if (r.url.startsWith('data:')) return false;
      if (r.url.startsWith(`blob:${origin}/`)) return false;
      if (!r.url.startsWith(`${origin}/`)) return true;
      return !files.has(new URL(r.url).pathname);
    });
    assert(!bad.length, bad.map((r) => `${r.where} ${r.by}: ${r.url}`).join('\n'));
    return `${own.length} requests, all to built files of ${origin}`;
  });
  await check('security: web pages (and the content script and reader in them) requested only what the pages serve', async () => {
    const web = log.requests.filter((r) => !isControl(r) && (r.where === 'web page' || r.where === 'browser'));
    const bad = web.filter((r) => {
      if (r.url.startsWith(`${origin}/`)) return !files.has(new URL(r.url).pathname); // navigations to extension pages
      if (/^(data|blob|about|chrome):/.test(r.url)) return false;
      try {
        const u = new URL(r.url);
        return !SERVED_HOSTS.has(u.hostname) || !SERVED_PATHS.has(u.pathname);
      } catch {
        return true;
      }
    });
    assert(!bad.length, bad.map((r) => `${r.where} ${r.by}: ${r.url}`).join('\n'));
    return `${web.length} requests: ${[...new Set(web.map((r) => r.url.split('?')[0]))].map((u) => short(u, 60)).join(' ')}`;
  });
}
