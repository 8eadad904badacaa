// Prints where `wxt build` put the extension and how to load it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const target = process.argv[2] ?? 'chrome-mv3';
const dir = resolve('.output', target);
if (!existsSync(dir)) {
  console.error(`build output missing: ${dir}`);
  process.exit(1);
}
const how = target.startsWith('firefox')
  ? 'Firefox: about:debugging → This Firefox → Load Temporary Add-on → pick manifest.json in it'
  : 'Chrome/Edge: chrome://extensions → Developer mode → Load unpacked → pick this folder';
console.log(`\nJingDu built: ${dir}\n${how}`);
