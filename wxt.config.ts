import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { allSitesOrigins } from './utils/all-sites';
import { contentMatches } from './utils/engine/hosts/matches';
import { spinWordsPlugin } from './utils/engine/text/spin-words-plugin';
import { OCR_FILES } from './utils/ocr/files';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact(), spinWordsPlugin()],
    // onnxruntime's build without its wasm and glue inlined: those are packaged files (utils/ocr/files.ts),
    // so that its threads can start as workers from the glue's own address.
    resolve: { alias: { 'onnxruntime-web/wasm': path.resolve('node_modules/onnxruntime-web/dist/ort.wasm.min.mjs') } },
  }),
  // OCR models and onnxruntime's wasm, shipped in the extension (utils/ocr/files.ts).
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const f of Object.values(OCR_FILES)) files.push({ absoluteSrc: path.resolve('node_modules', f.from), relativeDest: f.dest });
    },
  },
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // offscreen: the page OCR runs in (Chrome MV3; Firefox MV2 runs it in the background page).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', ...(manifestVersion === 3 ? ['offscreen'] : [])],
    // OCR runs onnxruntime's WebAssembly in an extension page; nothing else changes from the default policy.
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" }
        : "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    host_permissions: contentMatches,
    // Cross-origin isolated extension pages may share wasm memory between threads: the OCR page reads on
    // two. Extension pages load nothing from another origin, so nothing else changes. Chrome only: Firefox
    // does not isolate extension pages, and its OCR runs on one thread.
    ...(manifestVersion === 3
      ? { cross_origin_embedder_policy: { value: 'require-corp' }, cross_origin_opener_policy: { value: 'same-origin' } }
      : {}),
    // Asked for only when the user turns on "clean recognised pages on every site" (utils/all-sites.ts).
    // WXT drops optional_host_permissions from an MV2 build without moving it: there the origins are
    // optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: allSitesOrigins } : { optional_host_permissions: allSitesOrigins }),
    // A fixed add-on id, so that Firefox keeps the add-on's storage across reinstalls and the Firefox e2e
    // can pin its moz-extension:// address (extensions.webextensions.uuids) before the browser starts.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'jingdu@jingdu' } } } : {}),
    commands: {
      'open-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_cmdOpenReader__' },
    },
  }),
});
