// Writes the four small page images e2e/ocr.e2e.mjs serves (fixtures/ocr/page-*.jpg) and their text
// (fixtures/ocr/truth.json). Committed, so that the e2e needs no CJK fonts; run again after changing them:
//   npx tsx scripts/ocr/e2e-pages.ts
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const OUT = path.resolve(import.meta.dirname, '../../fixtures/ocr');
const PAGES = [
  [
    '<h2>一、总体情况</h2>',
    '<p>2023年，全市双拥工作在市委、市政府的领导下扎实推进，军政军民关系更加巩固。</p>',
    '<p>全年投入拥军资金1.2亿元，比上年增长25.0%，走访慰问驻地部队42次。</p>',
  ],
  [
    '<h2>二、主要做法</h2>',
    '<p>一是加强组织领导，健全军地联席会议制度，每季度研究一次双拥工作。</p>',
    '<p>二是落实优抚政策，解决随军家属就业135人，帮扶困难军人家庭27户。</p>',
  ],
  [
    '<h2>三、存在问题</h2>',
    '<p>部分单位对双拥工作重视不够，宣传教育的方式还比较单一，基层力量较为薄弱。</p>',
    '<p>有的优抚政策落实还不到位，全市仍有3个街道未建立退役军人服务站。</p>',
  ],
  [
    '<h2>四、下一步打算</h2>',
    '<p>坚持问题导向，完善工作机制，力争明年服务站覆盖率达到100%。</p>',
    '<p>深入开展军民共建活动，新建国防教育基地5个，培训基层骨干300人次。</p>',
  ],
];

fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const truth: string[] = [];
for (const [i, blocks] of PAGES.entries()) {
  const page = await browser.newPage({ viewport: { width: 800, height: 360 } });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
body{margin:0;padding:40px 56px;background:#fff;color:#111;font:20px/1.8 "WenQuanYi Zen Hei"}
h2{font-size:24px;margin:0 0 12px}p{margin:0 0 8px;text-indent:2em}</style><body>${blocks.join('')}</body>`);
  await page.evaluate(() => document.fonts.ready);
  truth.push(await page.evaluate(() => document.body.innerText));
  fs.writeFileSync(path.join(OUT, `page-${i + 1}.jpg`), await page.screenshot({ type: 'jpeg', quality: 60 }));
  await page.close();
}
fs.writeFileSync(path.join(OUT, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
await browser.close();
console.log(`wrote ${PAGES.length} pages to ${path.relative(process.cwd(), OUT)}`);
