/** A tiny PNG writer for the decoder tests: any colour type and depth, optional Adam7, extra chunks. */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'ascii'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export interface PngSpec {
  width: number;
  height: number;
  depth: 1 | 2 | 4 | 8 | 16;
  colour: 0 | 2 | 3 | 4 | 6;
  /** Samples per pixel, row-major (values in the depth's range). */
  samples: (x: number, y: number) => number[];
  palette?: number[][];
  trns?: number[];
  interlace?: boolean;
  extra?: Uint8Array[];
  /** Filter type used for every row (0–4). */
  filter?: number;
}

const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

function rowBytes(values: number[], depth: number): number[] {
  if (depth === 8) return values;
  if (depth === 16) return values.flatMap((v) => [v >> 8, v & 0xff]);
  const out: number[] = [];
  const perByte = 8 / depth;
  for (let i = 0; i < values.length; i += perByte) {
    let byte = 0;
    for (let k = 0; k < perByte; k++) byte |= (values[i + k] ?? 0) << (8 - depth * (k + 1));
    out.push(byte);
  }
  return out;
}

function filterRow(row: number[], prev: number[] | null, bpp: number, type: number): number[] {
  return row.map((value, i) => {
    const left = i >= bpp ? row[i - bpp]! : 0;
    const up = prev ? prev[i]! : 0;
    const upLeft = prev && i >= bpp ? prev[i - bpp]! : 0;
    let p = 0;
    if (type === 1) p = left;
    else if (type === 2) p = up;
    else if (type === 3) p = (left + up) >> 1;
    else if (type === 4) {
      const e = left + up - upLeft;
      const pa = Math.abs(e - left), pb = Math.abs(e - up), pc = Math.abs(e - upLeft);
      p = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    return (value - p) & 0xff;
  });
}

export function writePng(spec: PngSpec): Uint8Array {
  const { width, height, depth, colour } = spec;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colour];
  const bpp = Math.max(1, (channels * depth) >> 3);
  const passes = spec.interlace ? ADAM7 : [[0, 0, 1, 1] as const];
  const raw: number[] = [];
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx), h = Math.ceil((height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    let prev: number[] | null = null;
    for (let y = 0; y < h; y++) {
      const values: number[] = [];
      for (let x = 0; x < w; x++) values.push(...spec.samples(x0 + x * dx, y0 + y * dy));
      const row = rowBytes(values, depth);
      const type = spec.filter ?? 0;
      raw.push(type, ...filterRow(row, prev, bpp, type));
      prev = row;
    }
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([depth, colour, 0, 0, spec.interlace ? 1 : 0], 8);
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...(spec.extra ?? [])];
  if (spec.palette) parts.push(chunk('PLTE', Uint8Array.from(spec.palette.flat())));
  if (spec.trns) parts.push(chunk('tRNS', Uint8Array.from(spec.trns)));
  parts.push(chunk('IDAT', deflateSync(Uint8Array.from(raw))), chunk('IEND', new Uint8Array()));
  return Buffer.concat(parts);
}
