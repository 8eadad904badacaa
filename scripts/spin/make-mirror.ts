/**
 * Makes a traditional-script mirror page the way such mirrors are made: seed 002 (a simplified report
 * with per-character pinyin) converted to traditional by OpenCC (cn → t), one paragraph per line, on a
 * reprint host without a rule. Writes fixtures/spin/mirror-002.html.
 * Run: npx tsx scripts/spin/make-mirror.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { repoRoot, seed } from '../../tests/pages';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = toTraditional(seed('002'))
  .split('\n')
  .filter((l) => l.trim());
const html = `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>${escape(lines[0]!)}</title></head>
<body><div class="article"><h1>${escape(lines[0]!)}</h1>
${lines
  .slice(1)
  .map((l) => `<p>${escape(l)}</p>`)
  .join('\n')}
</div></body></html>
`;
writeFileSync(join(repoRoot, 'fixtures/spin/mirror-002.html'), html);
console.log(`${lines.length} lines`);
