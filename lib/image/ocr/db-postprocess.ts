import type { Point, Quad } from '../types';
import { minAreaRect, pointInQuad, rectCorners, unclipRect, type RotatedRect } from './geometry';

export interface DbOptions {
  /** Pixels above this probability are text. */
  threshold: number;
  /** Boxes whose mean probability is below this are weak. */
  boxThreshold: number;
  /** Boxes below this are dropped. */
  weakThreshold: number;
  unclipRatio: number;
  /** Shorter side below this (in map pixels) is dropped. */
  minSize: number;
  maxCandidates: number;
  /** A region filling less than this share of its rectangle is taken as a curved line (an arc) and followed. */
  curvedFill: number;
}

export const DB_DEFAULTS: DbOptions = {
  threshold: 0.3, boxThreshold: 0.6, weakThreshold: 0.4, unclipRatio: 1.5, minSize: 3, maxCandidates: 1000, curvedFill: 0.9,
};

export interface DetectedBox {
  /** Corners in probability-map pixels. */
  quad: Quad;
  score: number;
  weak: boolean;
  /** For a curved line: its centre line, which the crop follows (the quad is then only its bounds). */
  curve?: Curve;
}

/**
 * DB post-processing (as PaddleOCR's DBPostProcess): threshold the probability map, find the connected regions,
 * take each one's minimum-area rectangle, score it by the mean probability inside, and grow it back ("unclip").
 */
export function dbPostprocess(map: Float32Array, width: number, height: number, options: Partial<DbOptions> = {}): DetectedBox[] {
  const o = { ...DB_DEFAULTS, ...options };
  const labels = new Int32Array(width * height);
  const stack = new Int32Array(width * height);
  const components: Point[][] = [];
  const pixels: Point[][] = [];
  const sizes: number[] = [];
  for (let start = 0; start < map.length; start++) {
    if (labels[start] !== 0 || !(map[start]! > o.threshold)) continue;
    const label = components.length + 1;
    const boundary: Point[] = [];
    const all: Point[] = [];
    let top = 0, size = 0;
    stack[top++] = start;
    labels[start] = label;
    while (top > 0) {
      const index = stack[--top]!;
      size++;
      const x = index % width, y = (index - x) / width;
      let edge = false;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) {
          edge = true;
          continue;
        }
        for (let dx = -1; dx <= 1; dx++) {
          if (!dx && !dy) continue;
          const nx = x + dx;
          if (nx < 0 || nx >= width) {
            edge = true;
            continue;
          }
          const n = ny * width + nx;
          if (!(map[n]! > o.threshold)) {
            edge = true;
            continue;
          }
          if (labels[n] === 0) {
            labels[n] = label;
            stack[top++] = n;
          }
        }
      }
      if (edge) boundary.push([x, y]);
      all.push([x, y]);
    }
    components.push(boundary);
    pixels.push(all);
    sizes.push(size);
  }
  const order = components.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!).slice(0, o.maxCandidates);
  const boxes: DetectedBox[] = [];
  const add = (points: Point[]) => {
    if (points.length < 3) return;
    const rect = minAreaRect(points);
    if (Math.min(rect.width, rect.height) < o.minSize) return;
    const score = meanInside(map, width, height, rectCorners(rect));
    if (score < o.weakThreshold) return;
    const grown = unclipRect(rect, o.unclipRatio);
    if (Math.min(grown.width, grown.height) < o.minSize + 2) return;
    boxes.push({ quad: clampQuad(rectCorners(grown), width, height), score, weak: score < o.boxThreshold });
  };
  for (const i of order) {
    const rect = minAreaRect(components[i]!);
    const fill = sizes[i]! / Math.max(1, rect.width * rect.height);
    const curve = fill < o.curvedFill ? centreCurve(pixels[i]!, rect, o.unclipRatio) : null;
    if (curve) {
      const score = pixels[i]!.reduce((sum, [x, y]) => sum + map[y * width + x]!, 0) / pixels[i]!.length;
      if (score < o.weakThreshold) continue;
      boxes.push({ quad: clampQuad(rectCorners(unclipRect(rect, o.unclipRatio)), width, height), score, weak: score < o.boxThreshold, curve });
    } else add(components[i]!);
  }
  return boxes;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function clampQuad(quad: Quad, width: number, height: number): Quad {
  return quad.map(([x, y]) => [clamp(x, 0, width), clamp(y, 0, height)] as Point) as Quad;
}

/** A line of text along a curve: points along its centre (about 1 pixel apart) and the half-height of the band. */
export interface Curve {
  points: Point[];
  halfHeight: number;
}

/**
 * A curved line of text (an arc) fills little of its rectangle. Fit its centre line with a parabola across the
 * rectangle's long axis, measure the band's thickness, and grow it as DB's unclip would; the crop then follows the
 * curve. Returns null when the region is not a band along a smooth curve (then it is boxed as usual).
 */
export function centreCurve(points: Point[], rect: RotatedRect, unclipRatio: number): Curve | null {
  const along = rect.width >= rect.height ? rect.angle : rect.angle + Math.PI / 2;
  let ux = Math.cos(along), uy = Math.sin(along);
  if (ux < 0) [ux, uy] = [-ux, -uy];
  const vx = -uy, vy = ux;
  const t = points.map(([x, y]) => x * ux + y * uy);
  const v = points.map(([x, y]) => x * vx + y * vy);
  const t0 = Math.min(...t), t1 = Math.max(...t);
  const length = t1 - t0 + 1;
  const bins = Math.max(3, Math.min(200, Math.round(length / 3)));
  const sum = new Array<number>(bins).fill(0), count = new Array<number>(bins).fill(0);
  const low = new Array<number>(bins).fill(Infinity), high = new Array<number>(bins).fill(-Infinity);
  t.forEach((value, i) => {
    const b = Math.min(bins - 1, Math.floor(((value - t0) / length) * bins));
    sum[b]! += v[i]!;
    count[b]!++;
    low[b] = Math.min(low[b]!, v[i]!);
    high[b] = Math.max(high[b]!, v[i]!);
  });
  // Weighted least squares for v = a·s² + b·s + c, s centred and scaled for conditioning.
  const centre = (t0 + t1) / 2, scale = length / 2;
  const rows: [number, number, number][] = [];
  for (let b = 0; b < bins; b++) {
    if (!count[b]) continue;
    const s = (t0 + ((b + 0.5) / bins) * length - centre) / scale;
    for (let k = 0; k < count[b]!; k += Math.max(1, Math.floor(count[b]! / 8))) rows.push([s, sum[b]! / count[b]!, 1]);
  }
  const fit = quadraticFit(rows);
  if (!fit) return null;
  const at = (s: number) => fit[0] * s * s + fit[1] * s + fit[2];
  const slope = (s: number) => (2 * fit[0] * s + fit[1]) / scale;
  const thick: number[] = [];
  for (let b = 0; b < bins; b++) {
    if (!count[b]) continue;
    const s = (t0 + ((b + 0.5) / bins) * length - centre) / scale;
    thick.push((high[b]! - low[b]! + 1) * Math.cos(Math.atan(slope(s))));
  }
  thick.sort((a, b) => a - b);
  const h = thick[Math.floor(thick.length / 2)]!;
  const shortSide = Math.min(rect.width, rect.height);
  if (!(h > 2) || h > 0.85 * shortSide) return null; // not a thin band: a blob, not a curved line
  if (Math.abs(fit[0]) < 0.25 * h) return null; // nearly straight: the rectangle is as good
  const centreLine: Point[] = [];
  for (let x = t0; x <= t1; x += 0.5) {
    const s = (x - centre) / scale, w = at(s);
    centreLine.push([x * ux + w * vx, x * uy + w * vy]);
  }
  const arc = centreLine.reduce((n, p, i) => (i ? n + Math.hypot(p[0] - centreLine[i - 1]![0], p[1] - centreLine[i - 1]![1]) : 0), 0);
  const d = (arc * h * unclipRatio) / (2 * (arc + h));
  return { points: resample(extend(centreLine, d)), halfHeight: h / 2 + d };
}

function quadraticFit(rows: [number, number, number][]): [number, number, number] | null {
  // Normal equations for [a, b, c] with basis s², s, 1.
  const m = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
  for (const [s, v] of rows) {
    const basis = [s * s, s, 1];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) m[i]![j]! += basis[i]! * basis[j]!;
      m[i]![3]! += basis[i]! * v;
    }
  }
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    if (Math.abs(m[col]![col]!) < 1e-9) return null;
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c < 4; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return [m[0]![3]! / m[0]![0]!, m[1]![3]! / m[1]![1]!, m[2]![3]! / m[2]![2]!];
}

/** Extends a polyline by `d` along its end tangents. */
function extend(line: Point[], d: number): Point[] {
  if (line.length < 2) return line;
  const dir = (a: Point, b: Point): Point => {
    const n = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [(b[0] - a[0]) / n, (b[1] - a[1]) / n];
  };
  const k = Math.min(line.length - 1, 4);
  const head = dir(line[k]!, line[0]!), tail = dir(line[line.length - 1 - k]!, line[line.length - 1]!);
  const first = line[0]!, last = line[line.length - 1]!;
  return [[first[0] + head[0] * d, first[1] + head[1] * d], ...line, [last[0] + tail[0] * d, last[1] + tail[1] * d]];
}

/** Points 1 pixel apart along a polyline. */
function resample(line: Point[]): Point[] {
  const out: Point[] = [line[0]!];
  let carry = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!, b = line[i]!;
    const segment = Math.hypot(b[0] - a[0], b[1] - a[1]);
    let at = 1 - carry;
    while (at <= segment) {
      out.push([a[0] + ((b[0] - a[0]) * at) / segment, a[1] + ((b[1] - a[1]) * at) / segment]);
      at += 1;
    }
    carry = segment - (at - 1);
  }
  return out;
}

/** Mean probability over the pixels inside the quad (PaddleOCR's box_score_fast). */
function meanInside(map: Float32Array, width: number, height: number, quad: Quad): number {
  const xs = quad.map((p) => p[0]), ys = quad.map((p) => p[1]);
  const x0 = clamp(Math.floor(Math.min(...xs)), 0, width - 1), x1 = clamp(Math.ceil(Math.max(...xs)), 0, width - 1);
  const y0 = clamp(Math.floor(Math.min(...ys)), 0, height - 1), y1 = clamp(Math.ceil(Math.max(...ys)), 0, height - 1);
  let sum = 0, count = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (!pointInQuad(x, y, quad) && !onCorner(x, y, quad)) continue;
      sum += map[y * width + x]!;
      count++;
    }
  }
  return count ? sum / count : 0;
}

function onCorner(x: number, y: number, quad: Quad): boolean {
  return quad.some(([qx, qy]) => Math.abs(qx - x) < 0.5 && Math.abs(qy - y) < 0.5);
}
