import * as ort from 'onnxruntime-web/wasm';
import { createOcr, ocrThreads, type Ocr, type OrtModule, type Pixels } from './engine';
import { OCR_FILES } from './files';

/** Larger page images are read at this long side: past it the detector scales them down anyway. */
const MAX_SIDE = 4000;

/**
 * The engine as the OCR page loads it: onnxruntime's wasm and the models, from the extension's own files.
 * @param url the extension URL of a packaged file
 */
export async function loadOcr(url: (path: string) => string): Promise<Ocr> {
  ort.env.wasm.numThreads = ocrThreads(globalThis.crossOriginIsolated === true, navigator.hardwareConcurrency || 1);
  ort.env.wasm.wasmPaths = { mjs: url(OCR_FILES.glue.dest), wasm: url(OCR_FILES.wasm.dest) };
  const file = (p: string) => fetch(url(p)).then((r) => (r.ok ? r : Promise.reject(new Error(`${p}: ${r.status}`))));
  const [det, rec, keys] = await Promise.all([
    file(OCR_FILES.det.dest).then((r) => r.arrayBuffer()),
    file(OCR_FILES.rec.dest).then((r) => r.arrayBuffer()),
    file(OCR_FILES.keys.dest).then((r) => r.text()),
  ]);
  return createOcr(ort as unknown as OrtModule, { det, rec, keys });
}

/** The image's pixels as the browser decodes it; rejects for what is not an image. */
export async function decodeImage(src: string): Promise<Pixels> {
  const res = await fetch(src, { credentials: 'include' });
  if (!res.ok) throw new Error(`image: ${res.status}`);
  const blob = await res.blob();
  const probe = await createImageBitmap(blob);
  const scale = Math.min(1, MAX_SIDE / Math.max(probe.width, probe.height));
  let bitmap = probe;
  if (scale < 1) {
    bitmap = await createImageBitmap(blob, { resizeWidth: Math.round(probe.width * scale), resizeQuality: 'high' });
    probe.close();
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) throw new Error('no 2d context');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, bitmap.width, bitmap.height);
  g.drawImage(bitmap, 0, 0);
  // A closed bitmap's size reads 0: the pixels are read by the canvas's size.
  bitmap.close();
  return g.getImageData(0, 0, canvas.width, canvas.height);
}
