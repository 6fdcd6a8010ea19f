import { describe, expect, test } from 'vitest';
import { cropCurve, cropQuad, homography, rotateCounterClockwise } from '@/lib/image/ocr/crop';
import { bounds, convexHull, minAreaRect, orderQuad, pointInQuad, polygonArea, rectCorners, unclipRect } from '@/lib/image/ocr/geometry';
import type { Point, Quad } from '@/lib/image/types';

const close = (a: number, b: number, eps = 1e-6) => expect(Math.abs(a - b)).toBeLessThan(eps);

describe('geometry', () => {
  test('convex hull drops inner points', () => {
    const hull = convexHull([[0, 0], [4, 0], [4, 4], [0, 4], [2, 2], [1, 3], [4, 2]]);
    expect(hull).toHaveLength(4);
    expect(polygonArea(hull)).toBe(16);
  });

  test('minimum-area rectangle of a rotated rectangle recovers its sides', () => {
    const angle = (25 * Math.PI) / 180;
    const points: Point[] = [];
    for (let u = 0; u <= 100; u += 5) for (let v = 0; v <= 20; v += 5) {
      points.push([50 + u * Math.cos(angle) - v * Math.sin(angle), 30 + u * Math.sin(angle) + v * Math.cos(angle)]);
    }
    const rect = minAreaRect(points);
    const [long, short] = [Math.max(rect.width, rect.height), Math.min(rect.width, rect.height)];
    close(long, 100, 1e-6);
    close(short, 20, 1e-6);
    const quad = rectCorners(rect);
    // clockwise from top-left: the top-left corner is the leftmost of the two upper corners
    expect(quad[0][0]).toBeLessThan(quad[1][0]);
    expect(quad[3][1]).toBeGreaterThan(quad[0][1]);
  });

  test('unclip grows a rectangle by area × ratio / perimeter on every side', () => {
    const grown = unclipRect({ center: [50, 50], width: 40, height: 10, angle: 0 }, 1.5);
    const d = (400 * 1.5) / 100;
    close(grown.width, 40 + 2 * d);
    close(grown.height, 10 + 2 * d);
  });

  test('orderQuad, pointInQuad, bounds', () => {
    const quad = orderQuad([[10, 10], [0, 0], [10, 0], [0, 10]]);
    expect(quad).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
    expect(pointInQuad(5, 5, quad)).toBe(true);
    expect(pointInQuad(11, 5, quad)).toBe(false);
    expect(bounds(quad)).toEqual([0, 0, 10, 10]);
  });
});

describe('crops', () => {
  /** A 3-channel image whose red is x and green is y. */
  const ramp = (width: number, height: number) => {
    const data = new Float32Array(width * height * 3);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([x, y, 0], (y * width + x) * 3);
    return { data, width, height };
  };

  test('homography maps the four corners', () => {
    const from: Point[] = [[0, 0], [10, 0], [10, 5], [0, 5]];
    const to: Point[] = [[3, 4], [20, 6], [18, 14], [2, 11]];
    const h = homography(from, to);
    from.forEach(([x, y], i) => {
      const w = h[6]! * x + h[7]! * y + h[8]!;
      close((h[0]! * x + h[1]! * y + h[2]!) / w, to[i]![0], 1e-6);
      close((h[3]! * x + h[4]! * y + h[5]!) / w, to[i]![1], 1e-6);
    });
  });

  test('an axis-aligned quad crops the same pixels', () => {
    const crop = cropQuad(ramp(50, 40), [[10, 5], [30, 5], [30, 15], [10, 15]]);
    expect([crop.width, crop.height]).toEqual([20, 10]);
    close(crop.data[0]!, 10, 1e-3);
    close(crop.data[1]!, 5, 1e-3);
    close(crop.data[(9 * 20 + 19) * 3]!, 29, 1e-3);
  });

  test('a tall quad is turned a quarter, counter-clockwise', () => {
    const crop = cropQuad(ramp(50, 60), [[10, 10], [20, 10], [20, 50], [10, 50]]);
    expect([crop.width, crop.height]).toEqual([40, 10]);
    // after the turn, the left column holds the original top row… read from the right: x' = y, y' = width-1-x
    close(crop.data[0 + 1]!, 10, 1e-3); // top-left pixel came from the top-right of the quad (y = 10)
    close(crop.data[0]!, 19, 1e-3);
    const turned = rotateCounterClockwise({ data: Float32Array.from([1, 0, 0, 2, 0, 0]), width: 2, height: 1 });
    expect([turned.width, turned.height, turned.data[0], turned.data[3]]).toEqual([1, 2, 2, 1]);
  });

  test('a curved crop follows its centre line', () => {
    const points: Point[] = Array.from({ length: 30 }, (_, i) => [10 + i, 20]);
    const crop = cropCurve(ramp(60, 40), points, 5);
    expect([crop.width, crop.height]).toEqual([30, 10]);
    close(crop.data[1]!, 15, 1e-3); // top row is 5 pixels above the line
    close(crop.data[(9 * 30) * 3 + 1]!, 24, 1e-3);
  });
});

export type { Quad };
