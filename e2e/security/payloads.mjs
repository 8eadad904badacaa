// The XSS corpus page's payloads and the suite's constants, for e2e/security.e2e.mjs and e2e/security/*.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert } from '../helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const EXT = path.resolve(here, '..', '..', '.output', 'chrome-mv3');
export const EVIL_HOST = 'evil.test';
export const SIGNAL = /XSS-/; // every payload's console text and alert text carries it
export const SERVED_HOSTS = new Set(['www.31doc.com', 'www.huiwenwang.cn', 'www.ruiwen.com']);
// What a served page may load: the pages themselves, the XSS page's own missing image (its live onerror
// handler), a favicon. A payload that became markup in the reader would load e.g. /x from the page's host.
export const SERVED_PATHS = new Set([
  '/p-3061754.html',
  '/doc/12345678.html',
  '/post/2315.html',
  '/p-9000001.html',
  '/xss-own-missing.png',
  '/favicon.ico',
]);
export const DB_NAME = 'jingdu-extracts'; // utils/extracts/migrations.ts
export const DB_STORE = 'extracts';
export const TAG = 'xss-e2e';

// Payloads as the page shows them (its text), each of which must reach the extension's views verbatim.
export const P = {
  title: `<img src=x onerror=alert('XSS-TITLE')>社区治理工作总结"><svg onload=alert(1)>`,
  h1: `<img src=x onerror=console.log('XSS-FIRED')>强化党建引领`,
  h2: `<svg onload=alert('XSS-H2')>完善服务体系`,
  h4: `"><img src=http://evil.test/heading.png onerror=alert('XSS-ATTR')>加强队伍建设`,
  script: `<script>console.log('XSS-FIRED');alert('XSS-SCRIPT')</script>`,
  svgScript: `<svg onload=alert('XSS-SVG')></svg><svg><script>console.log('XSS-FIRED')</script></svg>`,
  mxss: `<math><mtext><table><mglyph><style><img src=x onerror=console.log('XSS-FIRED')></style></mglyph></table></mtext></math>`,
  css: `<style>@import url(http://evil.test/import.css);body{background:url(http://evil.test/style-bg.png)}</style>`,
  cssAttr: `<div style="background:url(http://evil.test/inline-bg.png);width:expression(alert('XSS-CSS'))">`,
  link: `<a href="javascript:alert('XSS-LINK')">查看调解案例</a>`,
  md: `详见[办事指南](javascript:alert('XSS-MD'))与![示意图](http://evil.test/md-image.png)，以及<http://evil.test/autolink>`,
  frames: `<iframe src="javascript:alert('XSS-IFRAME')"></iframe><object data="http://evil.test/object.swf"></object>`,
  url: `#:~:text=a"onmouseover="alert('XSS-URL')&b='><img src=x onerror=console.log('XSS-FIRED')>`,
  template: `{{constructor.constructor('alert(1)')()}}，\${alert('XSS-TEMPLATE')}`,
  li: `<svg/onload=alert('XSS-LI')>发放奖励资金15万元`,
  hash: `# <img src=x onerror=alert('XSS-MDHASH')>下一步`,
};
export const PARAGRAPH_PAYLOADS = ['script', 'svgScript', 'mxss', 'css', 'cssAttr', 'link', 'md', 'frames', 'url', 'template'];

export const short = (s, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s);
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** `text` must be visible in the rendered text of `scope` exactly as written. */
export const verbatim = (shown, text, where) =>
  assert(shown.includes(text), `${where}: ${JSON.stringify(short(text, 60))} is not visible verbatim`);
