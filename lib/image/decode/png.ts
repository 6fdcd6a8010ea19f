import { unzlibSync } from 'fflate';
import type { Pixels } from '../types';
import { checkSize, ImageError } from './limits';

/**
 * A small PNG decoder (all colour types, bit depths 1–16, Adam7 interlacing, tRNS) to RGBA 8-bit, with fflate for
 * the zlib stream. Refuses animated and oversized images before allocating the pixel buffer.
 */
export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || view.getUint32(0) !== 0x89504e47) throw new ImageError('not a PNG');
  let width = 0, height = 0, depth = 0, colour = 0, interlace = 0;
  let palette: Uint8Array | null = null;
  let transparency: Uint8Array | null = null;
  const idat: Uint8Array[] = [];
  let ended = false;
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const start = at + 8;
    if (start + length > bytes.length) throw new ImageError(`truncated PNG (chunk ${type} cut short)`);
    const data = bytes.subarray(start, start + length);
    if (type === 'IHDR') {
      width = view.getUint32(start);
      height = view.getUint32(start + 4);
      depth = data[8]!;
      colour = data[9]!;
      interlace = data[12]!;
      checkSize(width, height);
      if (![1, 2, 4, 8, 16].includes(depth) || ![0, 2, 3, 4, 6].includes(colour)) throw new ImageError('corrupt PNG header');
    } else if (type === 'acTL') {
      throw new ImageError('animated PNG is not supported (a single still image is expected)');
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    at = start + length + 4;
  }
  if (!width) throw new ImageError('corrupt PNG (no header)');
  if (!idat.length) throw new ImageError('truncated PNG (no image data)');
  if (colour === 3 && !palette) throw new ImageError('corrupt PNG (palette missing)');
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colour]!;
  const bitsPerPixel = channels * depth;
  const passes = interlace ? ADAM7 : [[0, 0, 1, 1] as const];
  let expected = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx), h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) expected += h * (1 + Math.ceil((w * bitsPerPixel) / 8));
  }
  const joined = concat(idat);
  let raw: Uint8Array;
  try {
    raw = unzlibSync(joined, { out: new Uint8Array(expected) });
  } catch (error) {
    throw new ImageError(`corrupt PNG (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!ended && raw.length < expected) throw new ImageError('truncated PNG');
  const out = new Uint8ClampedArray(width * height * 4);
  let offset = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx), h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    const stride = Math.ceil((w * bitsPerPixel) / 8);
    const rows = unfilter(raw, offset, w, h, stride, Math.max(1, bitsPerPixel >> 3));
    offset += h * (1 + stride);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const target = ((y0 + y * dy) * width + x0 + x * dx) * 4;
        writePixel(out, target, rows, y * stride, x, depth, colour, palette, transparency);
      }
    }
  }
  return { data: out, width, height };
}

const ADAM7 = [
  [0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2],
] as const;

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Undoes the per-row filters; returns the rows without their filter bytes. */
function unfilter(raw: Uint8Array, offset: number, _w: number, h: number, stride: number, bpp: number): Uint8Array {
  const rows = new Uint8Array(h * stride);
  for (let y = 0; y < h; y++) {
    const from = offset + y * (stride + 1);
    if (from >= raw.length) break; // truncated data: the rest stays black
    const filter = raw[from]!;
    const row = y * stride;
    const prev = row - stride;
    for (let i = 0; i < stride; i++) {
      const value = raw[from + 1 + i] ?? 0;
      const left = i >= bpp ? rows[row + i - bpp]! : 0;
      const up = y > 0 ? rows[prev + i]! : 0;
      const upLeft = y > 0 && i >= bpp ? rows[prev + i - bpp]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new ImageError(`corrupt PNG (filter ${filter})`);
      rows[row + i] = (value + predicted) & 0xff;
    }
  }
  return rows;
}

function sample(rows: Uint8Array, rowStart: number, index: number, depth: number): number {
  if (depth === 8) return rows[rowStart + index]!;
  if (depth === 16) return rows[rowStart + index * 2]!; // the high byte
  const perByte = 8 / depth;
  const byte = rows[rowStart + Math.floor(index / perByte)]!;
  const shift = 8 - depth * ((index % perByte) + 1);
  return (byte >> shift) & ((1 << depth) - 1);
}

function writePixel(
  out: Uint8ClampedArray, target: number, rows: Uint8Array, rowStart: number, x: number,
  depth: number, colour: number, palette: Uint8Array | null, trns: Uint8Array | null,
): void {
  const scale = depth < 8 ? 255 / ((1 << depth) - 1) : 1;
  if (colour === 3) {
    const index = sample(rows, rowStart, x, depth);
    out[target] = palette![index * 3] ?? 0;
    out[target + 1] = palette![index * 3 + 1] ?? 0;
    out[target + 2] = palette![index * 3 + 2] ?? 0;
    out[target + 3] = trns && index < trns.length ? trns[index]! : 255;
    return;
  }
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour]!;
  const v = (c: number) => sample(rows, rowStart, x * channels + c, depth);
  if (colour === 0 || colour === 4) {
    const raw = v(0);
    const grey = raw * scale;
    out[target] = out[target + 1] = out[target + 2] = grey;
    let alpha = colour === 4 ? v(1) : 255;
    if (colour === 0 && trns && trns.length >= 2 && raw === (depth === 16 ? trns[0]! : (trns[0]! << 8 | trns[1]!))) alpha = 0;
    out[target + 3] = alpha;
  } else {
    out[target] = v(0);
    out[target + 1] = v(1);
    out[target + 2] = v(2);
    out[target + 3] = colour === 6 ? v(3) : 255;
  }
}
