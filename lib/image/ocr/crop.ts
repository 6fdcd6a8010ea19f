import type { Point, Quad } from '../types';
import { quadSides } from './geometry';
import { sampleBilinear, type Rgb } from './preprocess';

/** The 3×3 homography (row-major, h33 = 1) that maps the four `from` points onto the four `to` points. */
export function homography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!, [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  return [...solve(a, b), 1];
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new Error('degenerate quad');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Cuts the quad out of the image and straightens it (perspective warp, bilinear, edges replicated), as PaddleOCR's
 * get_rotate_crop_image; a crop at least 1.5× taller than wide is turned a quarter (counter-clockwise), for vertical text.
 */
export function cropQuad(image: Rgb, quad: Quad): Rgb {
  const sides = quadSides(quad);
  const width = Math.max(1, Math.round(sides.width));
  const height = Math.max(1, Math.round(sides.height));
  // Map output pixel → source point (the inverse transform).
  const h = homography([[0, 0], [width, 0], [width, height], [0, height]], quad);
  const out = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const px = x + 0.5, py = y + 0.5;
      const w = h[6]! * px + h[7]! * py + h[8]!;
      sampleBilinear(image, (h[0]! * px + h[1]! * py + h[2]!) / w - 0.5, (h[3]! * px + h[4]! * py + h[5]!) / w - 0.5, out, (y * width + x) * 3);
    }
  }
  const crop = { data: out, width, height };
  return height / width >= 1.5 ? rotateCounterClockwise(crop) : crop;
}

export function rotateCounterClockwise(image: Rgb): Rgb {
  const { data, width, height } = image;
  const out = new Float32Array(data.length);
  // new (x', y') = (y, width - 1 - x); new width = height
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = ((width - 1 - x) * height + y) * 3, i = (y * width + x) * 3;
      out[o] = data[i]!;
      out[o + 1] = data[i + 1]!;
      out[o + 2] = data[i + 2]!;
    }
  }
  return { data: out, width: height, height: width };
}

/** Straightens a curved line of text: each output column samples along the normal at one point of its centre line. */
export function cropCurve(image: Rgb, points: Point[], halfHeight: number): Rgb {
  const width = Math.max(1, points.length), height = Math.max(1, Math.round(2 * halfHeight));
  const out = new Float32Array(width * height * 3);
  for (let x = 0; x < width; x++) {
    const p = points[x]!;
    const a = points[Math.max(0, x - 3)]!, b = points[Math.min(points.length - 1, x + 3)]!;
    const n = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const tx = (b[0] - a[0]) / n, ty = (b[1] - a[1]) / n;
    const nx = ty, ny = -tx; // the normal pointing to the top of the letters
    for (let y = 0; y < height; y++) {
      const offset = halfHeight - y - 0.5;
      sampleBilinear(image, p[0] + nx * offset - 0.5, p[1] + ny * offset - 0.5, out, (y * width + x) * 3);
    }
  }
  return { data: out, width, height };
}
