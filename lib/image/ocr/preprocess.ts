import type { Pixels } from '../types';

/** RGBA → RGB floats 0..255, transparent pixels composited on white. */
export function toRgb(pixels: Pixels): Float32Array {
  const { data, width, height } = pixels;
  const out = new Float32Array(width * height * 3);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
    const a = data[i + 3]! / 255;
    const white = 255 * (1 - a);
    out[j] = data[i]! * a + white;
    out[j + 1] = data[i + 1]! * a + white;
    out[j + 2] = data[i + 2]! * a + white;
  }
  return out;
}

/**
 * RGBA → RGB floats, reduced (area average) so the longer side is at most `limit`, without first making a
 * full-size float copy (a 4096×4096 image would take 200 MB as floats).
 */
export function toRgbWithin(pixels: Pixels, limit: number): Rgb {
  const { width: sw, height: sh, data } = pixels;
  const scale = Math.min(1, limit / Math.max(sw, sh));
  if (scale === 1) return { data: toRgb(pixels), width: sw, height: sh };
  const width = Math.max(1, Math.round(sw * scale)), height = Math.max(1, Math.round(sh * scale));
  const out = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * sh) / height), y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sh) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * sw) / width), x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sw) / width));
      let r = 0, g = 0, b = 0;
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * sw + xx) * 4;
          const a = data[i + 3]! / 255, white = 255 * (1 - a);
          r += data[i]! * a + white;
          g += data[i + 1]! * a + white;
          b += data[i + 2]! * a + white;
        }
      }
      const n = (y1 - y0) * (x1 - x0), o = (y * width + x) * 3;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
    }
  }
  return { data: out, width, height };
}

export interface Rgb {
  data: Float32Array;
  width: number;
  height: number;
}

/**
 * The bilinear sample of an RGB float image at (x, y) in pixel-centre coordinates, clamped to the image (edges
 * replicated), written to out[o], out[o + 1], out[o + 2]. Shared by the resize and the crops.
 */
export function sampleBilinear(image: Rgb, x: number, y: number, out: Float32Array, o: number): void {
  const { data, width: sw, height: sh } = image;
  const sx = Math.max(0, Math.min(sw - 1, x));
  const sy = Math.max(0, Math.min(sh - 1, y));
  const x0 = Math.floor(sx), y0 = Math.floor(sy);
  const x1 = Math.min(sw - 1, x0 + 1), y1 = Math.min(sh - 1, y0 + 1);
  const wx = sx - x0, wy = sy - y0;
  const a = (y0 * sw + x0) * 3, b = (y0 * sw + x1) * 3, c = (y1 * sw + x0) * 3, d = (y1 * sw + x1) * 3;
  for (let k = 0; k < 3; k++) {
    const top = data[a + k]! + (data[b + k]! - data[a + k]!) * wx;
    const bottom = data[c + k]! + (data[d + k]! - data[c + k]!) * wx;
    out[o + k] = top + (bottom - top) * wy;
  }
}

/** Bilinear resize of an RGB float image (area-averaging when shrinking by more than 2×, to avoid aliasing). */
export function resizeRgb(image: Rgb, width: number, height: number): Rgb {
  let source = image;
  while (source.width >= width * 2 && source.height >= height * 2) source = halve(source);
  const out = new Float32Array(width * height * 3);
  const sx = source.width / width, sy = source.height / height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) sampleBilinear(source, (x + 0.5) * sx - 0.5, (y + 0.5) * sy - 0.5, out, (y * width + x) * 3);
  }
  return { data: out, width, height };
}

function halve(image: Rgb): Rgb {
  const width = image.width >> 1, height = image.height >> 1;
  const out = new Float32Array(width * height * 3);
  const { data, width: sw } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = ((2 * y) * sw + 2 * x) * 3, c = a + sw * 3;
      const o = (y * width + x) * 3;
      for (let k = 0; k < 3; k++) out[o + k] = (data[a + k]! + data[a + 3 + k]! + data[c + k]! + data[c + 3 + k]!) / 4;
    }
  }
  return { data: out, width, height };
}

/** The detector's input size: the longer side at most `limit`, both sides multiples of 32. */
export function detSize(width: number, height: number, limit: number): { width: number; height: number } {
  const ratio = Math.max(width, height) > limit ? limit / Math.max(width, height) : 1;
  return {
    width: Math.max(32, Math.round((width * ratio) / 32) * 32),
    height: Math.max(32, Math.round((height * ratio) / 32) * 32),
  };
}

const DET_MEAN = [0.485, 0.456, 0.406];
const DET_STD = [0.229, 0.224, 0.225];

/** NCHW tensor for the detector: BGR channel order (PaddleOCR reads with OpenCV), ImageNet mean and std. */
export function detTensor(image: Rgb): Float32Array {
  const { data, width, height } = image;
  const plane = width * height;
  const out = new Float32Array(plane * 3);
  for (let i = 0; i < plane; i++) {
    for (let c = 0; c < 3; c++) {
      const value = data[i * 3 + (2 - c)]! / 255; // c = 0 is blue
      out[c * plane + i] = (value - DET_MEAN[c]!) / DET_STD[c]!;
    }
  }
  return out;
}

export const REC_HEIGHT = 48;
export const REC_MIN_WIDTH = 320;

/** NCHW tensor for the recogniser: height 48, width kept in proportion, right-padded with 0 (mid grey). */
export function recTensor(crops: Rgb[], width: number): Float32Array {
  const plane = REC_HEIGHT * width;
  const out = new Float32Array(crops.length * 3 * plane);
  crops.forEach((crop, n) => {
    const w = Math.min(width, Math.max(1, Math.ceil((REC_HEIGHT * crop.width) / crop.height)));
    const resized = resizeRgb(crop, w, REC_HEIGHT);
    const base = n * 3 * plane;
    for (let y = 0; y < REC_HEIGHT; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 3;
        for (let c = 0; c < 3; c++) out[base + c * plane + y * width + x] = (resized.data[i + (2 - c)]! / 255 - 0.5) / 0.5;
      }
    }
  });
  return out;
}

/** The width a crop takes at height 48. */
export function recWidth(crop: { width: number; height: number }): number {
  return Math.max(1, Math.ceil((REC_HEIGHT * crop.width) / crop.height));
}
