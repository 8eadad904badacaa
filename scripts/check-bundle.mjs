// Prints the size of each part of the built extension, raw and gzipped, and exits non-zero when a
// part is over its gzipped budget or a script has no budget at all.
//   node scripts/check-bundle.mjs [chrome-mv3 | firefox-mv2]
// The content script's 40 kB is the project's budget: it runs on every page of the known hosts.
// The others are the gzipped sizes measured when the budgets were set (reader 25.2, Readability 11.4,
// pinyin 141.4, spin words 192.9 (194.6 with the spin repair itself, moved out of the content script), OpenCC t2s 54.2, background 7.4, popup 29.0, library 27.2,
// options 18.1 kB) with some headroom, so that an accidental import (the engine or a dictionary where it is not used) fails the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const parts = [
  { name: 'content script', files: ['content-scripts/content.js'], budget: 40 },
  // In the page's own world, and beside it in ours, from document_start on the sites that draw their text.
  { name: 'canvas recorder (page world)', files: ['content-scripts/canvas-capture.js'], budget: 5 },
  { name: 'canvas listener', files: ['content-scripts/canvas-listen.js'], budget: 8 },
  { name: 'reader view (on demand)', files: ['reader.js'], budget: 30 },
  { name: 'Readability (on demand)', files: ['readability.js'], budget: 13 },
  { name: 'outline, figures, text (on demand)', files: ['summary.js'], budget: 16 },
  { name: 'pinyin dictionary (on demand)', files: ['pinyin-dictionary.js'], budget: 150 },
  { name: 'spin repair + words (on demand)', files: ['spin-dictionary.js'], budget: 200 },
  { name: 'OpenCC t2s (on demand)', files: ['t2s.js'], budget: 60 },
  { name: 'background', files: ['background.js'], budget: 10 },
  // All the popup loads counts: its first script (popup-ask.js, which asks the page while the modules
  // load and carries its own copy of the extension API polyfill), its modules, and the figures list and
  // library code it loads after the first paint.
  { name: 'popup', page: 'popup.html', budget: 41 },
  { name: 'library', page: 'library.html', budget: 31 },
  { name: 'options', page: 'options.html', budget: 22 },
  // Read image pages: paddleocr, onnxruntime-web's JS and the page's own code, loaded only when a user starts it.
  { name: 'OCR page (on demand)', page: 'ocr.html', budget: 50 },
];
// What the OCR page loads besides its code, all in ocr/ (models, onnxruntime's wasm and its glue script): packaged,
// never downloaded; a budget on the raw size, as the extension's download carries it (wasm and onnx hardly compress).
const ocrData = { dirs: ['ocr'], ext: /\.(onnx|wasm|txt|mjs)$/, budget: 32_000 };

const target = process.argv[2] ?? 'chrome-mv3';
const dir = resolve('.output', target);
if (!existsSync(dir)) {
  console.error(`build output missing: ${dir}`);
  process.exit(1);
}

// A page weighs what its HTML loads: its module, the chunks it preloads, its stylesheet, and the chunks
// those import, statically or with import() (the popup loads its components that way).
function pageFiles(page) {
  const files = new Set([...readFileSync(join(dir, page), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  for (const f of files) {
    if (!f.startsWith('chunks/')) continue;
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/["'`](?:\.\/|chunks\/)([\w.-]+\.js)["'`]/g)) files.add(`chunks/${m[1]}`);
  }
  return [...files];
}

const allScripts = (sub = '') =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allScripts(join(sub, e.name)) : e.name.endsWith('.js') ? [join(sub, e.name)] : [],
  );

const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const measured = new Set();
let failed = false;
console.log(`\nBundle sizes (${relative(process.cwd(), dir)}), kB (1000 bytes):\n${'part'.padEnd(30)}    raw   gzip budget`);
for (const part of parts) {
  const files = part.files ?? pageFiles(part.page);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const path = join(dir, f);
    if (!existsSync(path)) {
      console.error(`missing: ${f} (${part.name})`);
      failed = true;
      continue;
    }
    const bytes = readFileSync(path);
    raw += bytes.length;
    gz += gzipSync(bytes).length;
    measured.add(f);
  }
  const over = gz > part.budget * 1000;
  failed ||= over;
  console.log(`${part.name.padEnd(30)}${kb(raw)}${kb(gz)}${String(part.budget).padStart(7)}${over ? '  OVER BUDGET' : ''}`);
}
{
  const files = ocrData.dirs
    .flatMap((d) => (existsSync(join(dir, d)) ? readdirSync(join(dir, d)).map((f) => join(d, f)) : []))
    .filter((f) => ocrData.ext.test(f));
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    console.log(`  ${f.padEnd(46)}${kb(bytes.length)}${kb(gzipSync(bytes, { level: 1 }).length)}`);
  }
  const over = raw > ocrData.budget * 1000;
  failed ||= over || files.length === 0;
  console.log(
    `${'OCR models + wasm (on demand)'.padEnd(30)}${kb(raw)}${''.padStart(7)}${String(ocrData.budget).padStart(7)} raw${over ? '  OVER BUDGET' : ''}${files.length ? '' : '  MISSING'}`,
  );
}
for (const f of allScripts().filter((f) => !measured.has(f))) {
  console.error(`no budget for ${f}: add it to scripts/check-bundle.mjs`);
  failed = true;
}
if (failed) process.exit(1);
