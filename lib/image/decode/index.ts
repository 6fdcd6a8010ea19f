import type { Pixels } from '../types';
import { checkSize, ImageError } from './limits';
import { decodePng } from './png';
import { imageInfo, type ImageFormat } from './sniff';

export { ImageError, MAX_FILE_BYTES, MAX_PIXELS } from './limits';
export { imageInfo, sniffFormat, type ImageFormat, type ImageInfo } from './sniff';
export { decodePng } from './png';

/** Decodes one format to RGBA; called only after the header was checked (size, not animated). */
export type FormatDecoder = (bytes: Uint8Array) => Pixels | Promise<Pixels>;
export type Decoders = Partial<Record<ImageFormat, FormatDecoder>>;

/**
 * Bytes → RGBA pixels. PNG is decoded here in plain TypeScript; other formats need a decoder for the environment
 * (a canvas in the extension, a package in Node): pass them in `decoders`.
 */
export async function decodeImage(bytes: Uint8Array, decoders: Decoders = {}): Promise<Pixels> {
  const info = imageInfo(bytes);
  checkSize(info.width, info.height);
  if (info.animated) throw new ImageError(`animated ${info.format.toUpperCase()} is not supported (a single still image is expected)`);
  const decoder = decoders[info.format] ?? (info.format === 'png' ? decodePng : undefined);
  if (!decoder) throw new ImageError(`no ${info.format.toUpperCase()} decoder in this environment`);
  let pixels: Pixels;
  try {
    pixels = await decoder(bytes);
  } catch (error) {
    if (error instanceof ImageError) throw error;
    throw new ImageError(`cannot decode ${info.format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (pixels.width * pixels.height * 4 !== pixels.data.length) throw new ImageError('decoder returned a wrong pixel buffer');
  return pixels;
}
