import { ImageError } from './limits';

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp' | 'avif';

/** The format from the first bytes, or null when it is not an image this project knows. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  const b = (i: number) => bytes[i] ?? -1;
  const ascii = (start: number, text: string) => [...text].every((ch, k) => b(start + k) === ch.charCodeAt(0));
  if (b(0) === 0x89 && ascii(1, 'PNG\r\n\x1a\n')) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'GIF8')) return 'gif';
  if (ascii(0, 'BM')) return 'bmp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'avif';
  return null;
}

export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
  animated: boolean;
}

/** Reads the size (and whether it is animated) from the header alone, so huge images are refused before decoding. */
export function imageInfo(bytes: Uint8Array): ImageInfo {
  const format = sniffFormat(bytes);
  if (!format) throw new ImageError('not an image (PNG, JPEG or WebP expected)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (n: number) => {
    if (bytes.length < n) throw new ImageError(`truncated ${format.toUpperCase()} header`);
  };
  switch (format) {
    case 'png': {
      need(33);
      return { format, width: view.getUint32(16), height: view.getUint32(20), animated: pngIsAnimated(bytes) };
    }
    case 'jpeg':
      return { format, ...jpegSize(bytes, view), animated: false };
    case 'webp':
      return webpInfo(bytes, view);
    case 'gif': {
      need(10);
      return { format, width: view.getUint16(6, true), height: view.getUint16(8, true), animated: false };
    }
    default:
      throw new ImageError(`${format.toUpperCase()} images are not supported (PNG, JPEG or WebP expected)`);
  }
}

function pngIsAnimated(bytes: Uint8Array): boolean {
  // acTL must come before the first IDAT.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'acTL') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    at += 12 + length;
  }
  return false;
}

function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new ImageError('corrupt JPEG (bad marker)');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (at + 9 > bytes.length) break;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  throw new ImageError('truncated JPEG (no frame header)');
}

function webpInfo(bytes: Uint8Array, view: DataView): ImageInfo {
  if (bytes.length < 30) throw new ImageError('truncated WebP header');
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8X') {
    const flags = bytes[20]!;
    const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return { format: 'webp', width, height, animated: (flags & 0x02) !== 0 };
  }
  if (chunk === 'VP8 ') {
    return { format: 'webp', width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff, animated: false };
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, animated: false };
  }
  throw new ImageError('corrupt WebP (unknown chunk)');
}
