import { describe, expect, test } from 'vitest';
import { ctcDecode, parseDictionary } from '@/lib/image/ocr/ctc';
import { dbPostprocess } from '@/lib/image/ocr/db-postprocess';
import { detSize } from '@/lib/image/ocr/preprocess';

describe('CTC greedy decoding', () => {
  const dictionary = parseDictionary('a\nb\nc\n');
  test('blank is class 0, repeats collapse unless a blank separates them, space is the last class', () => {
    expect(dictionary).toEqual(['a', 'b', 'c', ' ']);
    const classes = 5;
    const steps = [[0, 0.9], [1, 0.8], [1, 0.95], [0, 0.9], [1, 0.7], [4, 0.6], [3, 0.99], [0, 1]];
    const probs = new Float32Array(steps.length * classes);
    steps.forEach(([c, p], t) => {
      for (let k = 0; k < classes; k++) probs[t * classes + k] = (1 - p!) / (classes - 1);
      probs[t * classes + c!] = p!;
    });
    const decoded = ctcDecode(probs, steps.length, classes, dictionary);
    expect(decoded.text).toBe('aa c');
    expect(decoded.chars.map((p) => Math.round(p * 100) / 100)).toEqual([0.95, 0.7, 0.6, 0.99]);
    expect(decoded.steps).toEqual([1, 4, 5, 6]);
    expect(decoded.score).toBeCloseTo((0.95 + 0.7 + 0.6 + 0.99) / 4, 5);
    expect(ctcDecode(new Float32Array(10), 2, 5, dictionary)).toMatchObject({ text: '', score: 0 });
  });
});

describe('DB post-processing', () => {
  const map = (width: number, height: number, fill: (x: number, y: number) => number) => {
    const out = new Float32Array(width * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = fill(x, y);
    return out;
  };

  test('two text regions give two grown boxes; a faint one is weak; specks are dropped', () => {
    const m = map(100, 60, (x, y) => {
      if (x >= 10 && x < 50 && y >= 10 && y < 20) return 0.9;
      if (x >= 60 && x < 90 && y >= 40 && y < 50) return 0.45;
      if (x === 5 && y === 50) return 0.9;
      return 0.02;
    });
    const boxes = dbPostprocess(m, 100, 60);
    expect(boxes).toHaveLength(2);
    const [strong, faint] = boxes;
    expect(strong!.weak).toBe(false);
    expect(faint!.weak).toBe(true);
    // 39×9 kernel (pixel centres) grown by area·1.5/perimeter ≈ 5.5 px on each side
    const [tl, , br] = strong!.quad;
    expect(tl[0]).toBeCloseTo(4.5, 0);
    expect(br[0]).toBeCloseTo(54.5, 0);
    expect(tl[1]).toBeCloseTo(4.5, 0);
  });

  test('an arched band is followed by a centre curve', () => {
    const m = map(200, 120, (x, y) => {
      const centre = 90 - 0.008 * (x - 100) ** 2;
      return x > 20 && x < 180 && Math.abs(y - centre) < 6 ? 0.95 : 0;
    });
    const [box] = dbPostprocess(m, 200, 120);
    expect(box?.curve).toBeDefined();
    const points = box!.curve!.points;
    expect(points.length).toBeGreaterThan(170);
    const mid = points[Math.floor(points.length / 2)]!;
    expect(mid[1]).toBeCloseTo(90, -1);
    expect(points[0]![1]).toBeGreaterThan(mid[1] - 60);
    expect(points[0]![1]).toBeLessThan(mid[1] - 35);
  });

  test('the detector input keeps the shape, multiples of 32, longer side at most the limit', () => {
    expect(detSize(1024, 1024, 960)).toEqual({ width: 960, height: 960 });
    expect(detSize(1792, 1024, 960)).toEqual({ width: 960, height: 544 });
    expect(detSize(300, 100, 960)).toEqual({ width: 288, height: 96 });
  });
});
