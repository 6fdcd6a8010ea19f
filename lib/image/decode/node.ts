import { open } from 'node:fs/promises';
import type { Pixels } from '../types';
import { decodeImage, type Decoders, type FormatDecoder } from './index';
import { ImageError, MAX_FILE_BYTES } from './limits';

/**
 * Node's decoders for the formats that are not PNG, loaded only when such a file comes. They are optional
 * packages (devDependencies): `jpeg-js` for JPEG, `@jsquash/webp` for WebP. Without them those files get a clear error.
 */
async function optional<T>(name: string): Promise<T | null> {
  try {
    return (await import(/* @vite-ignore */ name)) as T;
  } catch {
    return null;
  }
}

const jpeg: FormatDecoder = async (bytes) => {
  const lib = await optional<{ decode: (b: Uint8Array, o: object) => { data: Uint8Array; width: number; height: number } }>('jpeg-js');
  const decode = lib?.decode ?? (lib as unknown as { default?: typeof lib })?.default?.decode;
  if (!decode) throw new ImageError('JPEG needs the optional package jpeg-js in Node (npm install --save-dev jpeg-js)');
  const image = decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256, tolerantDecoding: false });
  return { data: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), width: image.width, height: image.height };
};

type WebpModule = {
  default: (buffer: ArrayBuffer) => Promise<{ data: Uint8ClampedArray; width: number; height: number }>;
  init: (module: WebAssembly.Module) => Promise<void> | void;
};
let webpReady: Promise<WebpModule | null> | null = null;
/** @jsquash/webp fetches its WASM by URL, which Node cannot: compile it from the package folder instead. */
function loadWebp(): Promise<WebpModule | null> {
  return (webpReady ??= (async () => {
    const lib = await optional<WebpModule>('@jsquash/webp/decode.js');
    if (!lib) return null;
    const { createRequire } = await import('node:module');
    const { readFile } = await import('node:fs/promises');
    const require = createRequire(import.meta.url);
    const wasm = require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm');
    await lib.init(await WebAssembly.compile(await readFile(wasm)));
    return lib;
  })());
}

const webp: FormatDecoder = async (bytes) => {
  const lib = await loadWebp();
  if (!lib) throw new ImageError('WebP needs the optional package @jsquash/webp in Node (npm install --save-dev @jsquash/webp)');
  const image = await lib.default(bytes.slice().buffer);
  return { data: image.data, width: image.width, height: image.height };
};

export const nodeDecoders: Decoders = { jpeg, webp };

/** Reads and decodes an image file with a bounded read: the header is checked before the rest is read. */
export async function readImageFile(path: string, decoders: Decoders = nodeDecoders): Promise<Pixels> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ImageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const { size } = await handle.stat();
    if (!size) throw new ImageError(`empty file: ${path}`);
    if (size > MAX_FILE_BYTES) throw new ImageError(`file too large: ${(size / 1048576).toFixed(0)} MiB (at most ${MAX_FILE_BYTES / 1048576} MiB)`);
    const bytes = new Uint8Array(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return await decodeImage(bytes.subarray(0, bytesRead), decoders);
  } finally {
    await handle.close();
  }
}
